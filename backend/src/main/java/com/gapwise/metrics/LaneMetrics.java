package com.gapwise.metrics;

import java.util.List;

/**
 * The figures of one lane (or of a pool without lanes).
 *
 * @param laneClass     its class, and {@code rule} why
 * @param handoffsIn    sequence flows arriving from another lane plus message flows arriving
 * @param handoffsOut   sequence flows leaving to another lane plus message flows leaving
 * @param systems       for a human role: the distinct systems its work touches; else empty
 */
public record LaneMetrics(
        String id,
        String name,
        boolean pool,
        LaneClass laneClass,
        String rule,
        int tasks,
        int manualTasks,
        int automatedTasks,
        int handoffsIn,
        int handoffsOut,
        List<String> systems) {

    public LaneMetrics {
        systems = List.copyOf(systems);
    }
}
