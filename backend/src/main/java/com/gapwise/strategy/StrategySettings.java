package com.gapwise.strategy;

import com.gapwise.gaps.LaneRoles;
import com.gapwise.metrics.LaneClass;
import com.gapwise.metrics.LaneClassifier;
import com.gapwise.portfolio.Application;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inputs that are not models: goals, the scoring model, the roadmap frame, the application portfolio
 * and the analyst's lane classes.
 *
 * @param applications applications and what they support; requirements they support bundle by application
 * @param laneClasses  the analyst's class for lane or pool names, overriding the classification rules
 *                     everywhere: gaps, requirements, scores and service metrics (names compare ignoring
 *                     case and spacing)
 */
public record StrategySettings(List<Goal> goals, ScoringModel scoring, RoadmapSettings roadmap,
                               List<Application> applications, Map<String, LaneClass> laneClasses) {

    /** Settings without an application portfolio. */
    public StrategySettings(List<Goal> goals, ScoringModel scoring, RoadmapSettings roadmap) {
        this(goals, scoring, roadmap, List.of());
    }

    /** Settings without lane overrides. */
    public StrategySettings(List<Goal> goals, ScoringModel scoring, RoadmapSettings roadmap,
                            List<Application> applications) {
        this(goals, scoring, roadmap, applications, Map.of());
    }

    public StrategySettings {
        goals = Copies.list(goals);
        applications = Copies.list(applications);
        scoring = scoring == null ? ScoringModel.defaults() : scoring;
        roadmap = roadmap == null ? RoadmapSettings.defaults() : roadmap;
        laneClasses = laneClasses == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(laneClasses));
    }

    public static StrategySettings defaults() {
        return new StrategySettings(List.of(), ScoringModel.defaults(), RoadmapSettings.defaults());
    }

    /** The lane classification with the analyst's overrides; build each {@link ProcessAnalysis}'s metrics with it. */
    public LaneClassifier laneClassifier() {
        return new LaneClassifier(laneClasses);
    }

    LaneRoles laneRoles() {
        return new LaneRoles(laneClassifier());
    }
}
