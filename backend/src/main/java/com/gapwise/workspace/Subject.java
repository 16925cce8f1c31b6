package com.gapwise.workspace;

import java.util.Locale;
import java.util.Optional;

/** The kinds of derived item (and of analyst decision on them). */
public enum Subject {
    GAP, REQUIREMENT, INITIATIVE, PLACEMENT,
    /** A manual match of two elements of one process, or a rejected automatic one. */
    MATCH,
    /** The diff of one process (derived only, keyed by process id). */
    DIFF,
    /** The application portfolio's assessment (derived only, one item keyed "portfolio"). */
    PORTFOLIO;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Subject> parse(String word) {
        for (Subject s : values()) {
            if (s.word().equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
