package com.gapwise.strategy;

/**
 * Where an initiative sits on the roadmap.
 *
 * @param pinned whether an analyst placed it there (the scheduler never moves it)
 * @param reason why it landed in this period
 */
public record Placement(String initiativeKey, String period, int periodIndex, boolean pinned, String reason) {
}
