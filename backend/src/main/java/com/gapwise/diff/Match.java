package com.gapwise.diff;

import java.util.Comparator;
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

    /** The order every result lists its matches in: by current id, then future id, then element type. */
    public static final Comparator<Match> LISTING_ORDER =
            Comparator.comparing(Match::current).thenComparing(Match::future).thenComparing(Match::type);

    public Match {
        reasons = List.copyOf(reasons);
    }
}
