package com.gapwise.strategy;

/**
 * Where an initiative sits on the roadmap: one period, or a run of periods when it is larger than one.
 *
 * @param period    the first period
 * @param endPeriod the last period (the same as {@code period} unless it is larger than a period)
 * @param pinned whether an analyst placed it there (the scheduler never moves it)
 * @param reason why it landed in this period
 */
public record Placement(String initiativeKey, String period, int periodIndex, String endPeriod, int endPeriodIndex,
                        boolean pinned, String reason) {
}
