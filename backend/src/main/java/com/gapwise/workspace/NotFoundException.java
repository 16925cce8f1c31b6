package com.gapwise.workspace;

/** A workspace, process, model version, goal or derived item that does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what);
    }
}
