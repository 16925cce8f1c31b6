package com.gapwise.gaps;

/** The kinds of gaps of the method (PRODUCT.md gap table). */
public enum GapType {
    NEW_CAPABILITY("new capability"),
    RETIRED_ACTIVITY("retired activity"),
    ROLE_CHANGE("role change"),
    AUTOMATION("automation"),
    NEW_CHANNEL("new channel / integration"),
    DECISION_CHANGE("decision change"),
    SERVICE_LEVEL("service level"),
    NEW_ROLE_OR_SYSTEM("new role or system"),
    RETIRED_ROLE_OR_SYSTEM("retired role or system"),
    UNSUPPORTED_TASK("unsupported task");

    private final String label;

    GapType(String label) {
        this.label = label;
    }

    /** Human-readable name, e.g. "new capability". */
    public String label() {
        return label;
    }
}
