package com.gapwise.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 */
final class InspectCommand implements Cli.Command {

    private static final ObjectMapper JSON = new ObjectMapper();

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
            List<Future<ObjectNode>> results = new ArrayList<>(files.size());
            for (Path file : files) {
                results.add(pool.submit(() -> inspect(file)));
            }
            boolean allImported = true;
            for (Future<ObjectNode> result : results) {
                ObjectNode line = result.get();
                allImported &= line.get("ok").asBoolean();
                out.println(line);
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

    private ObjectNode inspect(Path file) {
        ObjectNode line = JSON.createObjectNode();
        line.put("file", file.toString());
        try {
            describe(importer.read(file), line);
        } catch (BpmnImportException e) {
            line.put("ok", false);
            line.put("error", e.getMessage());
            line.put("code", e.code().name());
            if (e.line() > 0) {
                line.put("line", e.line());
                line.put("column", e.column());
            }
        }
        return line;
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

    private static void describe(ProcessModel model, ObjectNode line) {
        line.put("ok", true);
        line.put("processes", model.processes().size());
        line.put("lanes", model.lanes().size());
        line.put("tasks", model.taskCount());
        line.put("flowNodes", model.nodes().size());
        line.put("sequenceFlows", model.sequenceFlows().size());
        line.put("messageFlows", model.messageFlows().size());
        ArrayNode warnings = line.putArray("warnings");
        model.warnings().forEach(warnings::add);
    }
}
