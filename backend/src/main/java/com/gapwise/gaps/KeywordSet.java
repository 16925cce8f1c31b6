package com.gapwise.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fixed list of keywords matched against labels as whole words, case-insensitively. A keyword may be
 * several words ("front office"), matched as a phrase; a keyword ending in '*' matches any word starting
 * with it ("automat*" matches "automated"). Punctuation and hyphens separate words.
 */
public final class KeywordSet {

    private final List<String> keywords;

    private KeywordSet(List<String> keywords) {
        this.keywords = List.copyOf(keywords);
    }

    public static KeywordSet of(String... keywords) {
        List<String> normalised = new ArrayList<>();
        for (String keyword : keywords) {
            normalised.add(normalise(keyword));
        }
        return new KeywordSet(normalised);
    }

    public List<String> keywords() {
        return keywords;
    }

    /** Whether any keyword occurs in the text. */
    public boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String padded = " " + normalise(text) + " ";
        for (String keyword : keywords) {
            if (occurs(keyword, padded)) {
                return true;
            }
        }
        return false;
    }

    /** A text normalised once, to be matched against several keyword sets. */
    public record Text(String padded) {
        public static Text of(String text) {
            return new Text(text == null ? " " : " " + normalise(text) + " ");
        }
    }

    /** The keywords that occur in the text, in keyword order. */
    public List<String> hits(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return hits(Text.of(text));
    }

    /** The keywords that occur in a prepared text, in keyword order. */
    public List<String> hits(Text text) {
        String padded = text.padded();
        List<String> found = null;
        for (String keyword : keywords) {
            if (occurs(keyword, padded)) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(keyword);
            }
        }
        return found == null ? List.of() : found;
    }

    private static boolean occurs(String keyword, String padded) {
        if (keyword.endsWith("*")) {
            return padded.contains(" " + keyword.substring(0, keyword.length() - 1));
        }
        return padded.contains(" " + keyword + " ");
    }

    /** Lower case, words separated by single spaces. */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '*') {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }
}
