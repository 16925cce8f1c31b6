package com.gapwise.gaps;

/** How much a gap matters, lowest first. */
public enum Severity {
    LOW, MEDIUM, HIGH;

    /** One level up, capped at HIGH. */
    Severity raised() {
        return this == LOW ? MEDIUM : HIGH;
    }
}
