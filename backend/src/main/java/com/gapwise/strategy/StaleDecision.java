package com.gapwise.strategy;

/**
 * An analyst decision that no longer applies after re-analysis, reported rather than dropped.
 *
 * @param key    the key the decision was made on (gap, requirement, initiative key; for manual matches
 *               "processKey:currentId->futureId")
 * @param value  what the analyst decided, in words (the text typed, the status, the target)
 * @param reason why it no longer applies
 */
public record StaleDecision(DecisionKind kind, String key, String value, String reason) {
}
