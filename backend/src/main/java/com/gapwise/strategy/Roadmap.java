package com.gapwise.strategy;

import java.util.List;

/**
 * Initiatives placed into periods.
 *
 * @param placements  in period order, then priority order
 * @param unscheduled keys of initiatives that fit no period of the horizon (see {@code issues} for why)
 */
public record Roadmap(List<String> periods, List<Placement> placements, List<String> unscheduled,
                      List<PeriodLoad> load, List<RoadmapIssue> issues) {

    public Roadmap {
        periods = Copies.list(periods);
        placements = Copies.list(placements);
        unscheduled = Copies.list(unscheduled);
        load = Copies.list(load);
        issues = Copies.list(issues);
    }
}
