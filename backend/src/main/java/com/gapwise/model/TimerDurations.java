package com.gapwise.model;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a timer stands for. Timer definitions are ISO-8601: durations (PT4H, P2D, P1DT12H, P1W, P1M),
 * cycles (R3/PT10M: the interval) and dates (no duration). Months and years count as 30 and 365
 * days: an SLA figure, not calendar arithmetic. Labels such as "Wait 48 hours" or "SLA 2 business
 * days" are read when the definition is missing or not a duration. One place for this, because gap
 * rules (requirement texts) and service metrics (SLA tables) must agree on what a timer means.
 */
public final class TimerDurations {

    private static final Pattern LABEL = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(?:(?:business|working|calendar)\\s+)?"
                    + "(minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?)\\b",
            Pattern.CASE_INSENSITIVE);

    private TimerDurations() {
    }


    /** The duration of a timer expression (ISO-8601 duration or cycle), if it states one. */
    public static Optional<Duration> ofExpression(String expression) {
        if (expression == null || expression.isBlank()) {
            return Optional.empty();
        }
        String text = expression.trim().toUpperCase(Locale.ROOT);
        if (text.startsWith("R")) {
            // a cycle R[n]/[start/]interval[/end]: the interval is the part that is a duration
            for (String part : text.split("/")) {
                if (part.startsWith("P")) {
                    return ofIso(part);
                }
            }
            return Optional.empty();
        }
        return text.startsWith("P") ? ofIso(text) : Optional.empty();
    }

    /** P[nY][nM][nW][nD][T[nH][nM][nS]], date and time parts combined. */
    public static Optional<Duration> ofIso(String iso) {
        try {
            int t = iso.indexOf('T');
            String datePart = t < 0 ? iso : iso.substring(0, t);
            Duration duration = Duration.ZERO;
            if (datePart.length() > 1) {
                Period period = Period.parse(datePart);
                duration = Duration.ofDays(period.getYears() * 365L + period.getMonths() * 30L + period.getDays());
            }
            if (t >= 0) {
                duration = duration.plus(Duration.parse("P" + iso.substring(t)));
            }
            return t < 0 && datePart.length() <= 1 ? Optional.empty() : Optional.of(duration);
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The first duration written out in a label ("within 4 hours", "48h", "5 business days"). */
    public static Optional<Duration> ofLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher m = LABEL.matcher(label);
        if (!m.find()) {
            return Optional.empty();
        }
        double amount = Double.parseDouble(m.group(1).replace(',', '.'));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        long minutes = switch (unit.charAt(0)) {
            case 'h' -> 60;
            case 'd' -> 24 * 60;
            case 'w' -> 7 * 24 * 60;
            default -> unit.startsWith("mo") ? 30 * 24 * 60 : 1;
        };
        return Optional.of(Duration.ofSeconds(Math.round(amount * minutes * 60)));
    }

    /** Short human form for tables: "4 h", "2 d", "1 d 12 h", "30 min". */
    public static String human(long seconds) {
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(" d");
        }
        if (hours > 0) {
            text.append(text.isEmpty() ? "" : " ").append(hours).append(" h");
        }
        if (minutes > 0 || text.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(minutes).append(" min");
        }
        return text.toString();
    }


    /** "PT4H" -> "4 hours", "R3/PT10M" -> "every 10 minutes (3 times)"; anything else is returned as written. */
    public static String inWords(String expression) {
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
