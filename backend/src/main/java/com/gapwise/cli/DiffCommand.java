package com.gapwise.cli;

import com.gapwise.diff.DiffEngine;
import com.gapwise.diff.DiffReport;
import com.gapwise.diff.DiffResult;
import com.gapwise.diff.MarkdownReport;
import com.gapwise.gaps.Gap;
import com.gapwise.gaps.GapFinder;
import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.metrics.LaneClassifier;
import com.gapwise.metrics.MetricsComparison;
import com.gapwise.model.ProcessModel;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code diff CURRENT FUTURE [--format json|markdown]}: the diff of two BPMN files on standard output. */
final class DiffCommand implements Cli.Command {

    static final String USAGE = "usage: gapwise diff CURRENT.bpmn FUTURE.bpmn [--format json|markdown]";

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
        if (files.size() != 2 || !(format.equals("json") || format.equals("markdown") || format.equals("md"))) {
            err.println(USAGE);
            return 2;
        }
        BpmnImporter importer = BpmnImporter.withDefaults();
        ProcessModel current;
        ProcessModel future;
        try {
            current = importer.read(Path.of(files.get(0)));
            future = importer.read(Path.of(files.get(1)));
        } catch (BpmnImportException e) {
            err.println("gapwise diff: " + e.getMessage());
            return 1;
        }
        DiffResult diff = DiffEngine.using(ProcessMatcher.withDefaults()).diff(current, future);
        // The CLI has no workspace: the process key in gap keys is the file pair, lanes use the default rules.
        List<Gap> gaps = GapFinder.find(files.get(0) + "|" + files.get(1), current, future, diff);
        MetricsComparison metrics = MetricsComparison.of(current, future, LaneClassifier.withoutOverrides());
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            if (format.equals("json")) {
                ObjectMapper mapper = new ObjectMapper();
                DiffReport.of(diff)
                        .with("gaps", json -> mapper.writeValue(json, gaps))
                        .with("metrics", json -> mapper.writeValue(json, metrics))
                        .writeJson(writer, true);
                writer.write(System.lineSeparator());
            } else {
                writer.write(MarkdownReport.render(diff, files.get(0), files.get(1)));
                writer.write(markdown(metrics, gaps));
            }
            writer.flush();
        } catch (IOException e) {
            err.println("gapwise diff: cannot write the result: " + e.getMessage());
            return 1;
        }
        return 0;
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
            md.append("| ").append(MarkdownReport.cell(gap.title())).append(" | ").append(gap.type().label())
                    .append(" | ").append(gap.severity().name().toLowerCase(Locale.ROOT)).append(" |\n");
        }
        return md.toString();
    }
}
