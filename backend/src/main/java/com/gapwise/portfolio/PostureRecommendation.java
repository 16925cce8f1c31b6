package com.gapwise.portfolio;

/**
 * The posture of one application: what the rules recommend and why, the figures they read, and the analyst's
 * override shown next to it.
 *
 * @param recommended     the posture of the rule that fired
 * @param rule            the first rule whose condition held
 * @param rationale       the rule's rationale with the figures it read
 * @param currentTasks    current-state tasks it supports
 * @param futureTasks     future-state tasks it supports
 * @param postureOverride the analyst's posture, or null
 * @param posture         the posture in force: the override when given, else the recommendation
 */
public record PostureRecommendation(String applicationKey, String name, Posture recommended, PostureRule rule,
                                    String condition, String rationale, int currentTasks, int futureTasks,
                                    Integer functionalFit, Integer integration, Integer technicalHealth,
                                    Posture postureOverride, String overrideReason, Posture posture) {

    static PostureRecommendation of(Application a, int currentTasks, int futureTasks) {
        PostureRule rule = PostureRule.firstApplying(a, futureTasks);
        String figures = "supports " + currentTasks + " current-state and " + futureTasks + " future-state task"
                + (futureTasks == 1 ? "" : "s") + (a.assessed() ? "; fit " + a.functionalFit() + ", integration "
                + a.integration() + ", health " + a.technicalHealth() : "");
        return new PostureRecommendation(a.key(), a.name(), rule.posture(), rule, rule.condition(),
                rule.rationale() + " (" + figures + ")", currentTasks, futureTasks, a.functionalFit(), a.integration(),
                a.technicalHealth(), a.postureOverride(), a.overrideReason(),
                a.postureOverride() != null ? a.postureOverride() : rule.posture());
    }

    /** Whether the analyst's posture differs from the recommendation. */
    public boolean overridden() {
        return postureOverride != null;
    }
}
