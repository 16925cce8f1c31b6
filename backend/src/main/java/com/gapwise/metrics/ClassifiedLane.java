package com.gapwise.metrics;

/**
 * The class given to one lane or pool, with the rule that decided it.
 *
 * @param id        the lane or pool id
 * @param name      its label
 * @param pool      true for a pool (participant), false for a lane
 * @param laneClass the class
 * @param rule      the rule that fired, in words an analyst can check
 */
public record ClassifiedLane(String id, String name, boolean pool, LaneClass laneClass, String rule) {
}
