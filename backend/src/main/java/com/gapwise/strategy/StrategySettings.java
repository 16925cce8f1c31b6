package com.gapwise.strategy;

import java.util.List;

/**
 * The inputs that are not models: goals, the scoring model, the roadmap frame and the application portfolio.
 *
 * @param applications applications and what they support; requirements they support bundle by application
 */
public record StrategySettings(List<Goal> goals, ScoringModel scoring, RoadmapSettings roadmap,
                               List<Application> applications) {

    /** Settings without an application portfolio. */
    public StrategySettings(List<Goal> goals, ScoringModel scoring, RoadmapSettings roadmap) {
        this(goals, scoring, roadmap, List.of());
    }

    public StrategySettings {
        goals = Copies.list(goals);
        applications = Copies.list(applications);
        scoring = scoring == null ? ScoringModel.defaults() : scoring;
        roadmap = roadmap == null ? RoadmapSettings.defaults() : roadmap;
    }

    public static StrategySettings defaults() {
        return new StrategySettings(List.of(), ScoringModel.defaults(), RoadmapSettings.defaults());
    }
}
