package com.gapwise.report;

import com.gapwise.diff.DiffEngine;
import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.ProcessModel;
import com.gapwise.strategy.Decisions;
import com.gapwise.strategy.ProcessAnalysis;
import com.gapwise.strategy.Strategy;
import com.gapwise.strategy.StrategyEngine;
import com.gapwise.strategy.StrategySettings;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code bench-report [--runs N] [--html FILE] [--pdf FILE] [DIR...]}: the strategy document of process
 * folders (each with current.bpmn and future.bpmn; default: every folder of sample-models), timed. Prints
 * the first (cold) render and the median of the following (warm) renders of the HTML and the PDF, wall
 * clock and CPU, and optionally writes the documents.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        int runs = 5;
        Path html = null;
        Path pdf = null;
        List<Path> dirs = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--html" -> html = Path.of(args[++i]);
                    case "--pdf" -> pdf = Path.of(args[++i]);
                    default -> dirs.add(Path.of(args[i]));
                }
            }
            if (dirs.isEmpty()) {
                try (Stream<Path> samples = Files.list(Path.of("sample-models"))) {
                    dirs.addAll(samples.filter(d -> Files.exists(d.resolve("future.bpmn"))).sorted().toList());
                }
            }
        } catch (RuntimeException | IOException e) {
            err.println("usage: gapwise bench-report [--runs N] [--html FILE] [--pdf FILE] [DIR...] (" + e.getMessage() + ")");
            return 2;
        }
        try {
            ReportInput input = input(dirs);
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long[][] htmlTimes = new long[runs + 1][];
            long[][] pdfTimes = new long[runs + 1][];
            String document = null;
            byte[] printed = null;
            for (int r = 0; r <= runs; r++) {
                long w0 = System.nanoTime();
                long c0 = cpu.getCurrentThreadCpuTime();
                document = StrategyReport.html(input);
                long w1 = System.nanoTime();
                long c1 = cpu.getCurrentThreadCpuTime();
                printed = PdfReport.pdf(document, input.workspaceName());
                long w2 = System.nanoTime();
                long c2 = cpu.getCurrentThreadCpuTime();
                htmlTimes[r] = new long[] {(w1 - w0) / 1_000_000, (c1 - c0) / 1_000_000};
                pdfTimes[r] = new long[] {(w2 - w0) / 1_000_000, (c2 - c0) / 1_000_000};
            }
            out.printf(Locale.ROOT, "%d processes, %d gaps, %d requirements, %d initiatives; html %d KB, pdf %d KB%n",
                    input.processes().size(), input.strategy().gaps().size(), input.strategy().requirements().size(),
                    input.strategy().initiatives().size(), document.length() / 1024, printed.length / 1024);
            out.printf(Locale.ROOT, "%-22s %10s %10s %16s %16s%n", "", "cold ms", "cold cpu", "warm median ms",
                    "warm median cpu");
            line(out, "report.html", htmlTimes);
            line(out, "report.pdf (html+pdf)", pdfTimes);
            if (html != null) {
                Files.writeString(html, document, StandardCharsets.UTF_8);
            }
            if (pdf != null) {
                Files.write(pdf, printed);
            }
            return 0;
        } catch (IOException | BpmnImportException e) {
            err.println("gapwise bench-report: " + e.getMessage());
            return 1;
        }
    }

    private static void line(PrintStream out, String what, long[][] times) {
        long[] wall = Arrays.stream(times).skip(1).mapToLong(t -> t[0]).sorted().toArray();
        long[] cpu = Arrays.stream(times).skip(1).mapToLong(t -> t[1]).sorted().toArray();
        out.printf(Locale.ROOT, "%-22s %10d %10d %16s %16s%n", what, times[0][0], times[0][1],
                wall.length == 0 ? "-" : String.valueOf(wall[wall.length / 2]),
                cpu.length == 0 ? "-" : String.valueOf(cpu[cpu.length / 2]));
    }

    private static ReportInput input(List<Path> dirs) throws IOException, BpmnImportException {
        BpmnImporter importer = BpmnImporter.withDefaults();
        DiffEngine differ = DiffEngine.using(ProcessMatcher.withDefaults());
        List<ProcessAnalysis> analyses = new ArrayList<>();
        for (Path dir : dirs) {
            ProcessModel current = importer.read(dir.resolve("current.bpmn"));
            ProcessModel future = importer.read(dir.resolve("future.bpmn"));
            String name = dir.getFileName().toString().replace('-', ' ');
            analyses.add(new ProcessAnalysis(dir.getFileName().toString(), name, current, future,
                    differ.diff(current, future)));
        }
        Strategy strategy = StrategyEngine.derive(analyses, StrategySettings.defaults(), Decisions.none());
        return new ReportInput("Sample processes", LocalDate.now(), analyses, strategy, StrategySettings.defaults(),
                List.of());
    }
}
