package com.gapwise.workspace;

/** The client edited an outdated version (its If-Match no longer matches). */
public class StaleVersionException extends RuntimeException {
    private final String currentTag;

    public StaleVersionException(String what, String currentTag) {
        super(what + " was changed meanwhile; its current version is " + currentTag);
        this.currentTag = currentTag;
    }

    public String currentTag() {
        return currentTag;
    }
}
