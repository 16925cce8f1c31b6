package com.gapwise.diff;

import java.util.List;

/**
 * A correspondence between a current-state and a future-state element. A task split in the future
 * state appears as several matches sharing the same {@code current} id (and a merge as several
 * sharing {@code future}).
 *
 * @param score   confidence in [0, 1]
 * @param reasons why they were paired, in words an analyst understands
 * @param manual  true when an analyst made (or confirmed) this match by hand
 */
public record Match(String current, String future, String type, double score, List<String> reasons, boolean manual) {

    public Match {
        reasons = List.copyOf(reasons);
    }
}
