package com.gapwise.web;

/** A request body over the limit; raised before the excess is read. */
class PayloadTooLargeException extends RuntimeException {
    PayloadTooLargeException(long limit) {
        super("the body exceeds the limit of " + limit + " bytes");
    }
}
