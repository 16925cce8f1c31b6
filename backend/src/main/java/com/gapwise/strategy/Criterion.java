package com.gapwise.strategy;

/** The scoring criteria: three value criteria and five risk criteria, each rated 0..5. */
public enum Criterion {
    GOAL_ALIGNMENT(Dimension.VALUE, "goal alignment"),
    CUSTOMER_IMPACT(Dimension.VALUE, "customer impact"),
    GAPS_CLOSED(Dimension.VALUE, "gaps closed"),
    COMPLEXITY(Dimension.RISK, "complexity"),
    INTEGRATIONS(Dimension.RISK, "integrations"),
    ORGANISATIONAL_CHANGE(Dimension.RISK, "organisational change"),
    NEW_SYSTEMS(Dimension.RISK, "new systems"),
    DEPENDENCIES(Dimension.RISK, "dependencies");

    /** Value criteria raise the value score; risk criteria raise the risk score. */
    public enum Dimension { VALUE, RISK }

    private final Dimension dimension;
    private final String label;

    Criterion(Dimension dimension, String label) {
        this.dimension = dimension;
        this.label = label;
    }

    public Dimension dimension() {
        return dimension;
    }

    public String label() {
        return label;
    }
}
