package com.gapwise.strategy;

/**
 * The roadmap's frame.
 *
 * @param startPeriod       label of the first period, e.g. "2027-Q1" (format by {@link PeriodUnit})
 * @param periods           how many periods the roadmap shows
 * @param capacityPerPeriod effort points deliverable in one period
 */
public record RoadmapSettings(String startPeriod, int periods, int capacityPerPeriod, PeriodUnit unit) {

    public RoadmapSettings {
        unit = unit == null ? PeriodUnit.QUARTER : unit;
        startPeriod = startPeriod == null || startPeriod.isBlank() ? "2027-Q1" : startPeriod.strip();
        if (periods <= 0) {
            periods = 8;
        }
        if (capacityPerPeriod <= 0) {
            capacityPerPeriod = 30;
        }
        Periods.parse(startPeriod, unit); // fails early on a malformed label
    }

    /** Eight quarters from 2027-Q1, 30 effort points each. */
    public static RoadmapSettings defaults() {
        return new RoadmapSettings("2027-Q1", 8, 30, PeriodUnit.QUARTER);
    }
}
