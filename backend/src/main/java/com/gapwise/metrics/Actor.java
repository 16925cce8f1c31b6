package com.gapwise.metrics;

/**
 * Who does the work of a lane: the organisation's people, its software, or the customer. Work that moves from one
 * to another changes hands (a role automated, a task made self-service); a lane renamed keeps its actor.
 */
public enum Actor {
    PEOPLE,
    SOFTWARE,
    CUSTOMER
}
