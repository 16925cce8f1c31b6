package com.gapwise.cli;

import com.gapwise.diff.AlignmentReport;
import com.gapwise.diff.DiffEngine;
import com.gapwise.diff.DiffReport;
import com.gapwise.diff.DiffResult;
import com.gapwise.diff.MarkdownReport;
import com.gapwise.gaps.Gap;
import com.gapwise.gaps.GapFinder;
import com.gapwise.gaps.GapJson;
import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.importer.ImportLimits;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.metrics.LaneClassifier;
import com.gapwise.metrics.MetricsComparison;
import com.gapwise.metrics.MetricsJson;
import com.gapwise.model.ProcessModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.stream.XMLStreamException;

/**
 * {@code diff CURRENT FUTURE [--format json|markdown|alignment]}: the diff of two BPMN files on standard output;
 * {@code alignment} gives the activity pairs alone, as the Alignment API's RDF that process-matching benchmarks take.
 */
final class DiffCommand implements Cli.Command {

    static final String USAGE = "usage: gapwise diff CURRENT FUTURE [--format json|markdown|alignment]"
            + "  (BPMN 2.0 files; Petri nets as PNML and EPCs as EPML are read as the processes they draw)";

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        String format = "json";
        for (int i = 0; i < args.length; i++) {
            if ("--format".equals(args[i]) && i + 1 < args.length) {
                format = args[++i];
            } else if (args[i].startsWith("--format=")) {
                format = args[i].substring("--format=".length());
            } else if (args[i].startsWith("-")) {
                err.println("gapwise diff: unknown option " + args[i]);
                err.println(USAGE);
                return 2;
            } else {
                files.add(args[i]);
            }
        }
        if (files.size() != 2 || !(format.equals("json") || format.equals("markdown") || format.equals("md")
                || format.equals("alignment"))) {
            err.println(USAGE);
            return 2;
        }
        // A one-shot run in a fresh JVM, where most of the time is class loading and code running
        // interpreted: the two files are parsed on two threads, and the metrics run beside the matching.
        // The JSON is streamed without data binding, whose set-up alone would cost more CPU than the gaps.
        ExecutorService background = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "diff");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return diff(files, format, out, err, background);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("gapwise diff: interrupted");
            return 1;
        } finally {
            background.shutdownNow();
        }
    }

    private int diff(List<String> files, String format, PrintStream out, PrintStream err, ExecutorService background)
            throws InterruptedException {
        // the diff prints no import warnings: no schema check (on hand-drawn files it cost as much as the import)
        BpmnImporter importer = new BpmnImporter(ImportLimits.defaults().withoutSchemaCheck()).alsoPetriNetsAndEpcs();
        Future<ProcessModel> futureModel = background.submit(() -> importer.read(Path.of(files.get(1))));
        ProcessModel current;
        ProcessModel future;
        try {
            // the current file's error is reported first, as when the files are read one after the other
            current = importer.read(Path.of(files.get(0)));
            future = importOf(futureModel);
        } catch (BpmnImportException e) {
            err.println("gapwise diff: " + e.getMessage());
            return 1;
        }
        if (format.equals("alignment")) {
            return alignment(files, current, future, out, err);
        }
        Future<MetricsComparison> comparison = background.submit(
                () -> MetricsComparison.of(current, future, LaneClassifier.withoutOverrides()));
        DiffResult diff = DiffEngine.using(ProcessMatcher.withDefaults()).diff(current, future);
        // The CLI has no workspace: the process key in gap keys is the file pair, lanes use the default rules.
        // The gaps are found beside the writing of the diff's own sections, which come first.
        Future<List<Gap>> gapSearch = background.submit(
                () -> GapFinder.find(files.get(0) + "|" + files.get(1), current, future, diff));
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            if (format.equals("json")) {
                DiffReport.of(diff)
                        .with("gaps", generator -> GapJson.write(generator, awaited(gapSearch)))
                        .with("metrics", generator -> MetricsJson.write(generator, awaited(comparison)))
                        .writeJson(writer, true);
                writer.write(System.lineSeparator());
            } else {
                writer.write(MarkdownReport.render(diff, current, future, files.get(0), files.get(1)));
                writer.write(markdown(result(comparison), result(gapSearch)));
            }
            writer.flush();
        } catch (IOException e) {
            err.println("gapwise diff: cannot write the result: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** The activity pairs alone, as an alignment whose models are the two files (their URIs). */
    private static int alignment(List<String> files, ProcessModel current, ProcessModel future, PrintStream out,
            PrintStream err) {
        DiffResult diff = DiffEngine.using(ProcessMatcher.withDefaults()).diff(current, future);
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            AlignmentReport.write(diff, current, future, Path.of(files.get(0)).toAbsolutePath().toUri().toString(),
                    Path.of(files.get(1)).toAbsolutePath().toUri().toString(), writer);
            writer.flush();
            return 0;
        } catch (IOException | XMLStreamException e) {
            err.println("gapwise diff: cannot write the result: " + e.getMessage());
            return 1;
        }
    }

    private static ProcessModel importOf(Future<ProcessModel> task) throws BpmnImportException, InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BpmnImportException importError) {
                throw importError;
            }
            throw unexpected(e);
        }
    }

    private static <T> T result(Future<T> task) throws InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw unexpected(e);
        }
    }

    /** {@link #result} for a section of the document being written, where only I/O exceptions may pass. */
    private static <T> T awaited(Future<T> task) throws InterruptedIOException {
        try {
            return result(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the diff was written");
        }
    }

    /** A failure of a background task, rethrown as it was (a bug, not bad input). */
    private static RuntimeException unexpected(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e.getCause());
    }

    /** The sections after the diff: the before/after service metrics, then the gaps the rules found. */
    private static String markdown(MetricsComparison metrics, List<Gap> gaps) {
        StringBuilder md = new StringBuilder("\n## Service metrics (current → future)\n\n").append(metrics.toMarkdown());
        md.append("\n## Gaps\n\n");
        if (gaps.isEmpty()) {
            return md.append("No gaps.\n").toString();
        }
        md.append("| Gap | Type | Severity |\n|---|---|---|\n");
        for (Gap gap : gaps) {
            // a gap read off a pair the diff lists among its pairs to check says so
            String check = gap.fact("pairToCheck").isEmpty() ? "" : " *(check pair)*";
            md.append("| ").append(MarkdownReport.cell(gap.title())).append(check).append(" | ").append(gap.type().label())
                    .append(" | ").append(gap.severity().name().toLowerCase(Locale.ROOT)).append(" |\n");
        }
        return md.toString();
    }
}
