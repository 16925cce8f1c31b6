package com.gapwise.strategy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The weights of the scoring criteria and where "high" starts. Value and risk are each the weighted mean of
 * their criteria's ratings (0..5), so only the ratio of weights within a dimension matters.
 *
 * @param weights       weight per criterion; a missing criterion takes its default weight, 0 switches it off
 * @param highValueFrom value at or above this is high value (quadrants)
 * @param highRiskFrom  risk at or above this is high risk (quadrants)
 */
public record ScoringModel(SortedMap<Criterion, Double> weights, double highValueFrom, double highRiskFrom) {

    private static final Map<Criterion, Double> DEFAULT_WEIGHTS = new EnumMap<>(Map.of(
            Criterion.GOAL_ALIGNMENT, 0.40,
            Criterion.CUSTOMER_IMPACT, 0.35,
            Criterion.GAPS_CLOSED, 0.25,
            Criterion.COMPLEXITY, 0.30,
            Criterion.INTEGRATIONS, 0.20,
            Criterion.ORGANISATIONAL_CHANGE, 0.20,
            Criterion.NEW_SYSTEMS, 0.15,
            Criterion.DEPENDENCIES, 0.15));

    public ScoringModel {
        TreeMap<Criterion, Double> complete = new TreeMap<>(DEFAULT_WEIGHTS);
        if (weights != null) {
            weights.forEach((criterion, weight) -> {
                if (weight == null || weight < 0 || weight.isNaN()) {
                    throw new IllegalArgumentException("weight of " + criterion + " must be a number >= 0");
                }
                complete.put(criterion, weight);
            });
        }
        weights = Collections.unmodifiableSortedMap(complete);
        if (highValueFrom <= 0) {
            highValueFrom = 2.5;
        }
        if (highRiskFrom <= 0) {
            highRiskFrom = 2.5;
        }
    }

    /** Default weights (value: goals 0.40, customer 0.35, gaps 0.25; risk: complexity 0.30, integrations 0.20,
     * organisational change 0.20, new systems 0.15, dependencies 0.15) and thresholds at the middle, 2.5. */
    public static ScoringModel defaults() {
        return new ScoringModel(null, 2.5, 2.5);
    }

    public double weight(Criterion criterion) {
        return weights.get(criterion);
    }
}
