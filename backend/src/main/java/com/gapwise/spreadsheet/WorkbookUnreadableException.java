package com.gapwise.spreadsheet;

/** The upload is not a workbook Gapwise reads (not XLSX, a zip bomb, external links, ...); says why. */
public class WorkbookUnreadableException extends RuntimeException {

    public WorkbookUnreadableException(String message) {
        super(message);
    }
}
