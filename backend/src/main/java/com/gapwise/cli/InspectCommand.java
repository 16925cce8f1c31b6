package com.gapwise.cli;

import com.gapwise.diff.DiffReport;
import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.model.ProcessModel;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code inspect PATH...}: imports every {@code .bpmn} file under the given files and folders and
 * prints one JSON object per file and line. Exit 0 when all imported, 1 when any failed, 2 on usage errors.
 * A file named on the command line is read whatever its name, a Petri net (PNML) or EPC (EPML) too; folders are
 * searched for {@code .bpmn} files only, as the CLI contract says.
 */
final class InspectCommand implements Cli.Command {

    private final BpmnImporter importer;

    InspectCommand(BpmnImporter importer) {
        this.importer = importer;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("usage: gapwise inspect PATH...  (files or folders; folders are searched for *.bpmn)");
            return 2;
        }
        List<Path> files;
        try {
            files = collect(args, err);
        } catch (UncheckedIOException e) {
            err.println("inspect: cannot list files: " + e.getCause().getMessage());
            return 2;
        }
        if (files == null) {
            return 2;
        }
        // Files are independent: import them on all cores, print in the sorted order.
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "inspect");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Line>> results = new ArrayList<>(files.size());
            for (Path file : files) {
                results.add(pool.submit(() -> inspect(file)));
            }
            boolean allImported = true;
            for (Future<Line> result : results) {
                Line line = result.get();
                allImported &= line.ok();
                out.println(line.json());
            }
            return allImported ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("inspect: interrupted");
            return 1;
        } catch (ExecutionException e) {
            throw new IllegalStateException("inspect failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One file's line of output; streamed JSON, so that a one-shot run sets up no data binding. */
    private record Line(boolean ok, String json) {
    }

    private Line inspect(Path file) {
        ProcessModel model;
        try {
            model = importer.read(file);
        } catch (BpmnImportException e) {
            return new Line(false, DiffReport.toJson(json -> {
                json.writeStartObject();
                json.writeStringField("file", file.toString());
                json.writeBooleanField("ok", false);
                json.writeStringField("error", e.getMessage());
                json.writeStringField("code", e.code().name());
                if (e.line() > 0) {
                    json.writeNumberField("line", e.line());
                    json.writeNumberField("column", e.column());
                }
                json.writeEndObject();
            }));
        }
        return new Line(true, DiffReport.toJson(json -> {
            json.writeStartObject();
            json.writeStringField("file", file.toString());
            json.writeBooleanField("ok", true);
            json.writeNumberField("processes", model.processes().size());
            json.writeNumberField("lanes", model.lanes().size());
            json.writeNumberField("tasks", model.taskCount());
            json.writeNumberField("flowNodes", model.nodes().size());
            json.writeNumberField("sequenceFlows", model.sequenceFlows().size());
            json.writeNumberField("messageFlows", model.messageFlows().size());
            json.writeFieldName("warnings");
            DiffReport.writeStrings(json, model.warnings());
            json.writeEndObject();
        }));
    }

    /** Files to import in a stable order, or null (after a message) when a path does not exist. */
    private static List<Path> collect(String[] args, PrintStream err) {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (!Files.exists(path)) {
                err.println("inspect: no such file or folder: " + arg);
                return null;
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".bpmn"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
