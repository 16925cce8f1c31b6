package com.gapwise.workspace;

/** The importer refused an uploaded model; nothing was stored. Line and column are -1 when unknown. */
public class ModelRejectedException extends RuntimeException {
    private final String code;
    private final int line;
    private final int column;

    public ModelRejectedException(String code, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.line = line;
        this.column = column;
    }

    public String code() {
        return code;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
