package com.gapwise.cli;

import com.gapwise.importer.BpmnImporter;
import com.gapwise.metrics.MetricsBenchmark;
import com.gapwise.report.ReportBenchmark;
import com.gapwise.strategy.StrategyBenchmark;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The command-line interface: {@code gapwise.jar COMMAND ARGS...}, no Spring, no web server. */
public final class Cli {

    /** One CLI command. Returns the process exit code. */
    @FunctionalInterface
    public interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("help", Cli::help);
        // commands are created when run: start-up loads only what the chosen command needs
        COMMANDS.put("inspect", (args, out, err) -> new InspectCommand(BpmnImporter.withDefaults()).run(args, out, err));
        COMMANDS.put("bench-import", (args, out, err) -> new BenchImportCommand(BpmnImporter.withDefaults()).run(args, out, err));
        COMMANDS.put("diff", (args, out, err) -> new DiffCommand().run(args, out, err));
        COMMANDS.put("bench-diff", (args, out, err) -> new BenchDiffCommand().run(args, out, err));
        COMMANDS.put("eval-matching", (args, out, err) -> new EvalMatchingCommand().run(args, out, err));
        COMMANDS.put("bench-metrics", MetricsBenchmark::run);
        COMMANDS.put("bench-strategy", StrategyBenchmark::run);
        COMMANDS.put("bench-report", ReportBenchmark::run);
        // load benchmarks: the server runs as a child process and is measured over HTTP from outside
        COMMANDS.put("bench-reads", com.gapwise.bench.ReadLatencyBenchmark::run);
        COMMANDS.put("bench-load", com.gapwise.bench.UploadLoadBenchmark::run);
        COMMANDS.put("bench-workbook", com.gapwise.spreadsheet.WorkbookBenchmark::run);
    }

    private Cli() {
    }

    public static boolean isCommand(String name) {
        return COMMANDS.containsKey(name) || "--help".equals(name) || "-h".equals(name);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String name = "--help".equals(args[0]) || "-h".equals(args[0]) ? "help" : args[0];
        Command command = COMMANDS.get(name);
        if (command == null) {
            err.println("gapwise: unknown command '" + name + "'");
            help(args, err, err);
            return 2;
        }
        return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }

    private static int help(String[] args, PrintStream out, PrintStream err) {
        out.println("usage: java -jar gapwise.jar [COMMAND ARGS...]");
        out.println("  (no command)   start the web application on port 8080");
        out.println("  commands: " + String.join(", ", COMMANDS.keySet()));
        return 0;
    }
}
