package com.gapwise.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Period labels to indices and back. A period's ordinal is counted in units from year 0. */
final class Periods {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");

    private Periods() {
    }

    /** The ordinal of a label, or throws IllegalArgumentException for a label not of the unit's format. */
    static int parse(String label, PeriodUnit unit) {
        Pattern pattern = switch (unit) {
            case QUARTER -> QUARTER;
            case MONTH -> MONTH;
            case HALF_YEAR -> HALF;
        };
        Matcher m = pattern.matcher(label == null ? "" : label.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + label + "' is not a " + unit.name().toLowerCase().replace('_', ' ')
                    + " label like " + label(0, unit).replace("0000", "2027"));
        }
        return Integer.parseInt(m.group(1)) * perYear(unit) + Integer.parseInt(m.group(2)) - 1;
    }

    static String label(int ordinal, PeriodUnit unit) {
        int year = ordinal / perYear(unit);
        int within = ordinal % perYear(unit) + 1;
        return switch (unit) {
            case QUARTER -> String.format("%04d-Q%d", year, within);
            case MONTH -> String.format("%04d-%02d", year, within);
            case HALF_YEAR -> String.format("%04d-H%d", year, within);
        };
    }

    static List<String> labels(RoadmapSettings settings) {
        int start = parse(settings.startPeriod(), settings.unit());
        List<String> labels = new ArrayList<>(settings.periods());
        for (int i = 0; i < settings.periods(); i++) {
            labels.add(label(start + i, settings.unit()));
        }
        return labels;
    }

    private static int perYear(PeriodUnit unit) {
        return switch (unit) {
            case QUARTER -> 4;
            case MONTH -> 12;
            case HALF_YEAR -> 2;
        };
    }
}
