package com.gapwise.workspace;

/** A well-formed request that breaks a rule of the domain (e.g. a parent at a deeper level). */
public class InvalidRequestException extends RuntimeException {
    public InvalidRequestException(String detail) {
        super(detail);
    }
}
