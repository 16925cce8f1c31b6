package com.gapwise.method;

import java.util.List;

/** The three phases of the engagement (PRODUCT.md, "The method it automates") and their steps. */
public enum MethodPhase {
    DEFINE("Define project and future state",
            List.of("Charter", "RACI", "Goals", "Process catalogue", "Process scoring", "Future-state models")),
    EVALUATE("Evaluate current state",
            List.of("Current-state models", "Application inventory", "Requirements review")),
    ROADMAP("Build the roadmap",
            List.of("Architectural posture", "Initiatives", "Initiative scoring", "Roadmap", "Strategy document"));

    private final String title;
    private final List<String> steps;

    MethodPhase(String title, List<String> steps) {
        this.title = title;
        this.steps = steps;
    }

    public String title() {
        return title;
    }

    public List<String> steps() {
        return steps;
    }
}
