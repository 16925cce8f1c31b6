package com.gapwise.workspace;

/**
 * A change the user's role does not allow, found only once the request was read (e.g. a workbook whose
 * Applications sheet differs, uploaded by an analyst): nothing was changed.
 */
public class ForbiddenChangeException extends RuntimeException {
    public ForbiddenChangeException(String why) {
        super(why);
    }
}
