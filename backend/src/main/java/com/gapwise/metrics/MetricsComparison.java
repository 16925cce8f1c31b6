package com.gapwise.metrics;

import com.gapwise.model.TimerDurations;
import com.gapwise.model.ProcessModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Current against future state: what the future state buys. Serialises as
 * {@code {"current": {...}, "future": {...}}}; the deltas and the table are derived.
 */
public record MetricsComparison(ServiceMetrics current, ServiceMetrics future) {

    /** A compared figure: how to read it from the metrics and how to show it. */
    private record Figure(String key, String label, ToDoubleFunction<ServiceMetrics> value, boolean share) {
    }

    private static final String CHANNELS = "channels";

    private static final List<Figure> FIGURES = List.of(
            new Figure("tasks", "Tasks", m -> m.tasks(), false),
            new Figure("manualTasks", "Manual / user tasks", m -> m.manualTasks(), false),
            new Figure("automatedTasks", "Automated tasks", m -> m.automatedTasks(), false),
            new Figure("handoffs", "Hand-offs (lanes + pools)", m -> m.handoffs(), false),
            new Figure("maxHandoffsPerPath", "Most hand-offs on one path", m -> m.maxHandoffsPerPath(), false),
            new Figure("maxSystemsPerRole", "Most systems per role (swivel chair)", m -> m.maxSystemsPerRole(), false),
            new Figure(CHANNELS, "Customer channels", m -> m.channels().size(), false),
            new Figure("selfServiceShare", "Self-service share", m -> m.selfServiceShare(), true),
            new Figure("waitingPoints", "Waiting points", m -> m.waitingPoints(), false),
            new Figure("slaTimers", "SLA timers", m -> m.slaTimers(), false),
            new Figure("shortestPath", "Shortest path (tasks)", m -> m.shortestPath(), false),
            new Figure("longestPath", "Longest path (tasks)", m -> m.longestPath(), false),
            new Figure("loops", "Loops", m -> m.loops(), false));

    /** Compares two models, both classified by the same classifier (and so the same analyst overrides). */
    public static MetricsComparison of(ProcessModel current, ProcessModel future, LaneClassifier classifier) {
        return new MetricsComparison(ServiceMetrics.of(current, classifier), ServiceMetrics.of(future, classifier));
    }

    /**
     * Future minus current for each compared figure, keyed by the {@link ServiceMetrics} component name; for
     * channels, those gained minus those lost (a state open to any channel loses none it names).
     */
    public Map<String, Double> deltas() {
        Map<String, Double> deltas = new LinkedHashMap<>();
        for (Figure f : FIGURES) {
            deltas.put(f.key(), f.key().equals(CHANNELS) ? channelsAdded().size() - channelsRemoved().size()
                    : f.value().applyAsDouble(future) - f.value().applyAsDouble(current));
        }
        return deltas;
    }

    /** Channels the future state names that the current one does not (none if the current one takes any channel). */
    public List<String> channelsAdded() {
        return newChannels(current, future);
    }

    /** Channels the current state names that the future one does not (none if the future one takes any channel). */
    public List<String> channelsRemoved() {
        return newChannels(future, current);
    }

    private static List<String> newChannels(ServiceMetrics from, ServiceMetrics to) {
        if (from.anyChannel()) {
            return List.of();
        }
        return to.channels().stream().filter(c -> !from.channels().contains(c)).toList();
    }

    /** One line of the before/after table, as shown: figures already in words ("4 h", "35 %", "+2"). */
    public record Row(String key, String label, String current, String future, String change) {
    }

    /** The before/after table, one row per compared figure: the single source of the Markdown and the report. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Figure f : FIGURES) {
            double before = f.value().applyAsDouble(current);
            double after = f.value().applyAsDouble(future);
            String change;
            if (f.key().equals(CHANNELS)) {
                change = channelChange();
            } else if (f.share()) {
                change = signed(Math.round((after - before) * 100)) + " pp";
            } else {
                change = signed(Math.round(after - before));
            }
            rows.add(new Row(f.key(), f.label(), show(f, current), show(f, future), change));
        }
        return rows;
    }

    /** The before/after table (metric | current | future | change) for the diff's Markdown. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("| metric | current | future | change |\n");
        md.append("|---|---:|---:|---:|\n");
        for (Row r : rows()) {
            md.append("| ").append(r.label()).append(" | ").append(cell(r.current())).append(" | ")
                    .append(cell(r.future())).append(" | ").append(cell(r.change())).append(" |\n");
        }
        return md.toString();
    }

    private static String show(Figure f, ServiceMetrics m) {
        if (f.share()) {
            return Math.round(f.value().applyAsDouble(m) * 100) + " %";
        }
        String number = String.valueOf(Math.round(f.value().applyAsDouble(m)));
        if (f.key().equals(CHANNELS) && !m.channels().isEmpty()) {
            List<String> named = m.channels().stream().filter(c -> !c.equals(ServiceMetrics.ANY_CHANNEL)).toList();
            String names = String.join(", ", named).toLowerCase(Locale.ROOT);
            if (m.anyChannel()) {
                return named.isEmpty() ? "any" : "any (" + names + ")";
            }
            return number + " (" + names + ")";
        }
        if (f.key().equals("slaTimers")) {
            List<String> durations = new ArrayList<>();
            m.waitingPointDetails().stream().filter(w -> w.sla() && w.durationSeconds() != null)
                    .forEach(w -> durations.add(TimerDurations.human(w.durationSeconds())));
            return durations.isEmpty() ? number : number + " (" + String.join(", ", durations) + ")";
        }
        return number;
    }

    private String channelChange() {
        List<String> parts = new ArrayList<>();
        channelsAdded().forEach(c -> parts.add("+" + c.toLowerCase(Locale.ROOT)));
        channelsRemoved().forEach(c -> parts.add("−" + c.toLowerCase(Locale.ROOT)));
        return parts.isEmpty() ? signed(0) : String.join(", ", parts);
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : n < 0 ? "−" + (-n) : "±0";
    }

    /** Channel names may come from lane names: keep them from breaking the table. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
