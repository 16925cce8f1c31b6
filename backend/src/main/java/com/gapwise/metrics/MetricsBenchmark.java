package com.gapwise.metrics;

import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.model.ProcessModel;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code bench-metrics CURRENT FUTURE [RUNS]} (or a folder holding current.bpmn and future.bpmn, as
 * gen_bpmn.py writes them): imports both once, then times the metrics of each model and the whole
 * comparison (both models, deltas, Markdown table) warm, and prints the figures.
 */
public final class MetricsBenchmark {

    private static final int WARM_UP = 300;

    private MetricsBenchmark() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1) {
            err.println("usage: bench-metrics CURRENT.bpmn FUTURE.bpmn [RUNS] | bench-metrics FOLDER [RUNS]");
            return 2;
        }
        Path current;
        Path future;
        int next;
        if (Files.isDirectory(Path.of(args[0]))) {
            current = Path.of(args[0], "current.bpmn");
            future = Path.of(args[0], "future.bpmn");
            next = 1;
        } else if (args.length >= 2) {
            current = Path.of(args[0]);
            future = Path.of(args[1]);
            next = 2;
        } else {
            err.println("bench-metrics: give two files or a folder with current.bpmn and future.bpmn");
            return 2;
        }
        int runs;
        try {
            runs = args.length > next ? Integer.parseInt(args[next]) : 500;
        } catch (NumberFormatException e) {
            err.println("bench-metrics: RUNS must be a number: " + args[next]);
            return 2;
        }
        ProcessModel before;
        ProcessModel after;
        try {
            long start = System.nanoTime();
            before = BpmnImporter.withDefaults().read(current);
            after = BpmnImporter.withDefaults().read(future);
            out.printf(Locale.ROOT, "import (both, cold, for scale): %.1f ms%n", (System.nanoTime() - start) / 1e6);
        } catch (BpmnImportException e) {
            err.println("bench-metrics: " + e.getMessage());
            return 1;
        }
        // the figures are only as quiet as the machine: say how busy it was
        out.printf(Locale.ROOT, "machine: %d cores, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        time(out, "metrics current (" + before.taskCount() + " tasks, " + before.nodes().size() + " flow nodes)", runs,
                () -> ServiceMetrics.of(before));
        time(out, "metrics future  (" + after.taskCount() + " tasks, " + after.nodes().size() + " flow nodes)", runs,
                () -> ServiceMetrics.of(after));
        LaneClassifier classifier = LaneClassifier.withoutOverrides();
        time(out, "comparison (both models, deltas, Markdown)", runs,
                () -> MetricsComparison.of(before, after, classifier).toMarkdown());
        out.println();
        out.print(MetricsComparison.of(before, after, classifier).toMarkdown());
        return 0;
    }

    private static void time(PrintStream out, String what, int runs, Supplier<Object> work) {
        Object sink = null;
        for (int i = 0; i < WARM_UP; i++) {
            sink = work.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink = work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "%s: median %.2f ms, p90 %.2f ms, min %.2f ms over %d warm runs%s%n", what,
                nanos[runs / 2] / 1e6, nanos[Math.min(runs - 1, runs * 9 / 10)] / 1e6, nanos[0] / 1e6, runs,
                sink == null ? " (no result)" : "");
    }
}
