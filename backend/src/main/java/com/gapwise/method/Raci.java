package com.gapwise.method;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Responsible, Accountable, Consulted, Informed: what a role does in one activity. */
public enum Raci {
    R, A, C, I;

    /**
     * The letters of one cell, e.g. "A", "AR" or "R, C"; blank means no involvement.
     *
     * @throws IllegalArgumentException naming the letter that is not one of R, A, C, I
     */
    public static Set<Raci> parse(String cell) {
        Set<Raci> letters = EnumSet.noneOf(Raci.class);
        if (cell == null) {
            return letters;
        }
        for (char c : cell.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ',' || c == '/' || Character.isWhitespace(c)) {
                continue;
            }
            try {
                letters.add(valueOf(String.valueOf(c)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + c + "' is not a RACI letter (R, A, C or I) in '" + cell + "'");
            }
        }
        return letters;
    }

    /** The cell text in R, A, C, I order, e.g. "RA". */
    public static String format(Set<Raci> letters) {
        return letters.stream().sorted().map(Enum::name).collect(Collectors.joining());
    }
}
