package com.gapwise.strategy;

/** The kinds of requirement of the method. */
public enum RequirementType {
    BUSINESS, FUNCTIONAL, NON_FUNCTIONAL
}
