package com.gapwise.model;

import java.util.Locale;
import java.util.Set;

/**
 * Rules for label text: what counts as the same label, whoever compares or stores it, and how a BPMN
 * element name reads as words.
 */
public final class Labels {

    private Labels() {
    }

    /**
     * Runs of whitespace (tools put line breaks and no-break spaces into labels) collapsed into single
     * spaces, without leading or trailing space, and invisible format characters left out (a soft hyphen from a
     * word processor, "regis\u00ADtration", shows as "registration"; zero-width spaces and joiners, direction
     * marks, a byte-order mark); "" for null.
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
            } else if (Character.getType(c) != Character.FORMAT) {
                if (space) {
                    result.append(' ');
                    space = false;
                }
                result.append(c);
            }
        }
        return result.toString();
    }

    /** What converters write on a silent transition instead of leaving it unnamed. */
    private static final Set<String> SILENT_WORDS = Set.of("tau", "\u03c4", "t", "silent", "invisible", "inv", "skip");
    /** Prefixes of the numbered ids that tools give elements ("t12", "Task_3", "n7", "Activity_0x1y2z3"). */
    private static final Set<String> ID_PREFIXES = Set.of("t", "tr", "n", "p", "task", "activity", "transition", "node");

    /**
     * Whether a label only stands where a name would be: a silent transition of a Petri net ("tau", "τ",
     * "silent") or an element's technical id written as its name ("t12", "Task_3"; not "Task 3"). Such an element does no
     * nameable work and is read as unnamed: the matcher never pairs two of them by their words, and a Petri net's transition so
     * named is a silent one.
     */
    public static boolean isPlaceholder(String label) {
        if (label.length() > 24) {
            return false;
        }
        String lower = label.toLowerCase(Locale.ROOT);
        if (SILENT_WORDS.contains(lower)) {
            return true;
        }
        int end = lower.length();
        while (end > 0 && Character.isDigit(lower.charAt(end - 1))) {
            end--;
        }
        if (end < lower.length()) {
            int prefixEnd = end;
            while (prefixEnd > 0 && " _-".indexOf(lower.charAt(prefixEnd - 1)) >= 0) {
                prefixEnd--;
            }
            String prefix = lower.substring(0, prefixEnd);
            // a word and a number written apart is how people name steps in small models ("Task 1", "Activity 2":
            // every MIWG reference model); converters and ids write "t12", "T 3", "Task_3", "task3"
            boolean writtenAsWords = prefix.length() > 2 && lower.substring(prefixEnd, end).equals(" ");
            if (SILENT_WORDS.contains(prefix) || ID_PREFIXES.contains(prefix) && !writtenAsWords) {
                return true;
            }
        }
        // modelling tools' generated ids: "Activity_0x1y2z3", "Task_1gk2a9p"
        int underscore = lower.indexOf('_');
        if (underscore > 0 && ID_PREFIXES.contains(lower.substring(0, underscore)) && underscore + 1 < lower.length()) {
            String rest = lower.substring(underscore + 1);
            return rest.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'z') && rest.chars().anyMatch(Character::isDigit);
        }
        return false;
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
