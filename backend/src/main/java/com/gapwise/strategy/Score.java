package com.gapwise.strategy;

import java.util.List;

/**
 * An initiative's value and risk, 0..5 each, with every part that made them and the resulting quadrant.
 *
 * @param rank position in priority order, 1 first (quadrant order, then value minus risk, value, key)
 */
public record Score(double value, double risk, Quadrant quadrant, String quadrantReason, List<ScorePart> parts, int rank) {

    public Score {
        parts = Copies.list(parts);
    }

    Score withRank(int newRank) {
        return new Score(value, risk, quadrant, quadrantReason, parts, newRank);
    }
}
