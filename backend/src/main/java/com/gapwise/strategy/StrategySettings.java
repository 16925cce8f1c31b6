package com.gapwise.strategy;

import java.util.List;

/** The inputs that are not models: goals, the scoring model and the roadmap frame. */
public record StrategySettings(List<Goal> goals, ScoringModel scoring, RoadmapSettings roadmap) {

    public StrategySettings {
        goals = Copies.list(goals);
        scoring = scoring == null ? ScoringModel.defaults() : scoring;
        roadmap = roadmap == null ? RoadmapSettings.defaults() : roadmap;
    }

    public static StrategySettings defaults() {
        return new StrategySettings(List.of(), ScoringModel.defaults(), RoadmapSettings.defaults());
    }
}
