package com.gapwise.cli;

import com.gapwise.diff.DiffEngine;
import com.gapwise.diff.DiffReport;
import com.gapwise.diff.DiffResult;
import com.gapwise.diff.MarkdownReport;
import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.ProcessModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            if (format.equals("json")) {
                DiffReport.of(diff).writeJson(writer, true);
                writer.write(System.lineSeparator());
            } else {
                writer.write(MarkdownReport.render(diff, files.get(0), files.get(1)));
            }
            writer.flush();
        } catch (IOException e) {
            err.println("gapwise diff: cannot write the result: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
