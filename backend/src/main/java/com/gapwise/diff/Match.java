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

    /**
     * Pairs scored below this were made on weak evidence: the matcher's acceptance line for a pair on its labels
     * between models drawn apart (MatchRun.ACCEPT_LOW) is 0.4; what scores under it was paired on loosely related
     * words or by the flow's passes (the one step between corresponding neighbours, leftovers that are each other's
     * closest, the parts of a split).
     */
    public static final double CHECK_BELOW = 0.4;

    public Match {
        reasons = List.copyOf(reasons);
    }

    /**
     * Whether the matcher made this pair on weak evidence ({@link #CHECK_BELOW}), so a reviewer should check it before
     * relying on what the diff and the gaps say of it; an analyst's pair is no guess. Between elements of one name
     * the name is the evidence: callers that know the names leave those out.
     */
    public boolean madeOnWeakEvidence() {
        return !manual && score < CHECK_BELOW;
    }
}
