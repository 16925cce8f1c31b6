package com.gapwise.strategy;

/** The kinds of analyst decision, as named in {@link StaleDecision}. */
public enum DecisionKind {
    GAP_STATUS, REQUIREMENT_EDIT, MANUAL_MATCH, REQUIREMENT_MEMBERSHIP, INITIATIVE_NAME, INITIATIVE_MERGE,
    INITIATIVE_CREATED, DEPENDENCY, EFFORT, PLACEMENT
}
