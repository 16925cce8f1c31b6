package com.gapwise.strategy;

import java.util.List;

/**
 * Something the scheduler could not reconcile, reported rather than hidden.
 *
 * @param initiativeKeys the initiatives involved (for a cycle: in cycle order)
 */
public record RoadmapIssue(Kind kind, List<String> initiativeKeys, String message) {

    public enum Kind {
        /** Initiatives depend on each other in a circle; their mutual dependencies are ignored for scheduling. */
        DEPENDENCY_CYCLE,
        /** A pinned initiative sits before (or without) an initiative it depends on. */
        PINNED_BEFORE_DEPENDENCY,
        /** Pinned initiatives load a period beyond its capacity. */
        OVER_CAPACITY,
        /** An initiative needs more effort than one period holds; it runs over several periods. */
        LARGER_THAN_A_PERIOD,
        /** No period in the horizon could take it. */
        UNSCHEDULED
    }

    public RoadmapIssue {
        initiativeKeys = Copies.list(initiativeKeys);
    }
}
