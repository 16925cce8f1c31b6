package com.gapwise.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A tiny XML/XHTML writer that escapes by default: text and attribute values always go through
 * {@link #escape}, so model labels such as {@code <script>} end up as text. Only output of another
 * {@code Markup} can be spliced in unescaped ({@link #append(Markup)}). Well-formed by construction
 * (XHTML is what the PDF renderer parses).
 */
final class Markup {

    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; {@code attributes} are name/value pairs, null values are skipped. */
    Markup open(String name, Object... attributes) {
        start(name, attributes);
        out.append('>');
        open.push(name);
        return this;
    }

    /** An element without content. */
    Markup empty(String name, Object... attributes) {
        start(name, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    Markup element(String name, Object text, Object... attributes) {
        return open(name, attributes).text(text).close();
    }

    Markup text(Object text) {
        out.append(escape(text == null ? "" : String.valueOf(text)));
        return this;
    }

    Markup close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    Markup append(Markup other) {
        if (!other.open.isEmpty()) {
            throw new IllegalStateException("unclosed element " + other.open.peek());
        }
        out.append(other.out);
        return this;
    }

    /** Markup written by this package (a doctype, a style sheet): never model text. */
    Markup trusted(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed element " + open.peek());
        }
        return out.toString();
    }

    private void start(String name, Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(value(attributes[i + 1]))).append('"');
            }
        }
    }

    private static String value(Object v) {
        return v instanceof Double d ? number(d) : String.valueOf(v);
    }

    /** Coordinates with at most one decimal: smaller documents, same drawing. */
    static String number(double d) {
        long whole = Math.round(d);
        return Math.abs(d - whole) < 0.05 ? Long.toString(whole) : String.format(Locale.ROOT, "%.1f", d);
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids would make the document unparsable
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
