package com.gapwise.workspace;

import java.util.Locale;
import java.util.Optional;

/** Which side of the gap a model describes. */
public enum ModelState {
    CURRENT, FUTURE;

    /** The lower-case word used in URLs and in the database. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ModelState> parse(String word) {
        for (ModelState s : values()) {
            if (s.word().equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
