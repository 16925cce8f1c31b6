package com.gapwise.importer;

/**
 * A file that cannot be imported, with a stable machine-readable {@link #code()} and, where the XML
 * parser knows it, the line and column of the problem. The message always includes the location.
 */
public final class BpmnImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the file was refused. Names are stable: clients may switch on them. */
    public enum Code {
        /** The file has no content (zero bytes or only whitespace). */
        EMPTY,
        /** The file is larger than {@link ImportLimits#maxBytes()}. */
        TOO_LARGE,
        /** Elements are nested deeper than {@link ImportLimits#maxDepth()}. */
        TOO_DEEP,
        /** The content is binary data (an archive, an image, random bytes), not XML text. */
        BINARY_CONTENT,
        /** An attribute value is longer than any BPMN attribute needs (see the importer's limit). */
        VALUE_TOO_LONG,
        /** The bytes do not match the declared (or default UTF-8) encoding, or the encoding is unknown. */
        ENCODING,
        /** The XML is not well-formed. */
        MALFORMED_XML,
        /** The file declares a DOCTYPE or entities, which BPMN never needs and which are refused unexpanded. */
        DOCTYPE_FORBIDDEN,
        /** Well-formed XML, but the root is not a BPMN 2.0 {@code definitions} element. */
        NOT_BPMN,
        /** The file could not be read (missing, unreadable). */
        READ_FAILED
    }

    private final Code code;
    private final String sourceName;
    private final int line;
    private final int column;
    private final String detail;

    BpmnImportException(Code code, String sourceName, int line, int column, String detail) {
        super(format(sourceName, line, column, detail));
        this.code = code;
        this.sourceName = sourceName;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    BpmnImportException(Code code, String sourceName, String detail) {
        this(code, sourceName, -1, -1, detail);
    }

    private static String format(String sourceName, int line, int column, String detail) {
        StringBuilder text = new StringBuilder(sourceName == null ? "" : sourceName);
        if (line > 0) {
            text.append(text.isEmpty() ? "" : ":").append("line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
        }
        return text.isEmpty() ? detail : text + ": " + detail;
    }

    public Code code() {
        return code;
    }

    /** The file name or label the caller gave. */
    public String sourceName() {
        return sourceName;
    }

    /** The 1-based line of the problem, or -1 when it has no position (e.g. file too large). */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or -1 when unknown. */
    public int column() {
        return column;
    }

    /** The message without the file name and location prefix. */
    public String detail() {
        return detail;
    }
}
