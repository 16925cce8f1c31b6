package com.gapwise.gaps;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Turns BPMN timer expressions (ISO 8601 durations, repetitions) into words for requirement texts. */
final class Durations {

    private Durations() {
    }

    /** "PT4H" -> "4 hours", "R3/PT10M" -> "every 10 minutes (3 times)"; anything else is returned as written. */
    static String inWords(String expression) {
        if (expression == null || expression.isBlank()) {
            return "";
        }
        String text = expression.strip();
        if (text.startsWith("R") && text.contains("/")) {
            String[] parts = text.split("/");
            String every = inWords(parts[parts.length - 1]);
            String times = parts[0].length() > 1 ? " (" + parts[0].substring(1) + " times)" : "";
            return "every " + every + times;
        }
        try {
            return words(Duration.parse(text));
        } catch (DateTimeParseException notADuration) {
            // years, months and weeks are only valid in a Period
        }
        try {
            return words(Period.parse(text));
        } catch (DateTimeParseException notAPeriod) {
            return text;
        }
    }

    private static String words(Duration duration) {
        List<String> parts = new ArrayList<>();
        add(parts, duration.toDaysPart(), "day");
        add(parts, duration.toHoursPart(), "hour");
        add(parts, duration.toMinutesPart(), "minute");
        add(parts, duration.toSecondsPart(), "second");
        return parts.isEmpty() ? "0 seconds" : String.join(" ", parts);
    }

    private static String words(Period period) {
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), "year");
        add(parts, period.getMonths(), "month");
        int days = period.getDays();
        if (days % 7 == 0 && days > 0) {
            add(parts, days / 7, "week");
        } else {
            add(parts, days, "day");
        }
        return parts.isEmpty() ? "0 days" : String.join(" ", parts);
    }

    private static void add(List<String> parts, long amount, String unit) {
        if (amount != 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }
}
