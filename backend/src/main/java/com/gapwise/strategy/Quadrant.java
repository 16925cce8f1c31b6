package com.gapwise.strategy;

/** Priority quadrants of value against risk. */
public enum Quadrant {
    /** High value, low risk: do first. */
    QUICK_WIN,
    /** High value, high risk: plan carefully. */
    STRATEGIC,
    /** Low value, low risk: when capacity allows. */
    FILL_IN,
    /** Low value, high risk: question it. */
    RECONSIDER
}
