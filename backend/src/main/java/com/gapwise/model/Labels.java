package com.gapwise.model;

/**
 * Rules for label text: what counts as the same label, whoever compares or stores it, and how a BPMN
 * element name reads as words.
 */
public final class Labels {

    private Labels() {
    }

    /**
     * Runs of whitespace (tools put line breaks and no-break spaces into labels) collapsed into single
     * spaces, without leading or trailing space; "" for null.
     */
    public static String collapse(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder result = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !result.isEmpty();
            } else {
                if (space) {
                    result.append(' ');
                    space = false;
                }
                result.append(c);
            }
        }
        return result.toString();
    }

    /** A BPMN element name in words: "businessRuleTask" becomes "business rule task". */
    public static String camelCaseWords(String xmlName) {
        StringBuilder words = new StringBuilder(xmlName.length() + 4);
        for (int i = 0; i < xmlName.length(); i++) {
            char c = xmlName.charAt(i);
            if (Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }
}
