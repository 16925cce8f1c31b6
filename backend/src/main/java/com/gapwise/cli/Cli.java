package com.gapwise.cli;

import com.gapwise.importer.BpmnImporter;
import com.gapwise.metrics.MetricsBenchmark;
import com.gapwise.report.ReportBenchmark;
import com.gapwise.strategy.StrategyBenchmark;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The command-line interface: {@code gapwise.jar COMMAND ARGS...}, no Spring, no web server. */
public final class Cli {

    /** One CLI command. Returns the process exit code. */
    @FunctionalInterface
    public interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    /** The commands, in the order help lists them. */
    static final List<String> COMMANDS = List.of("help", "inspect", "bench-import", "diff", "bench-diff",
            "eval-matching", "bench-metrics", "bench-strategy", "bench-report",
            // load benchmarks: the server runs as a child process and is measured over HTTP from outside
            "bench-reads", "bench-load", "bench-workbook");

    /**
     * The command of that name. A switch rather than a table of method references: creating a reference
     * loads its class, and start-up should load only what the chosen command needs.
     */
    static Command command(String name) {
        return switch (name) {
            case "help" -> Cli::help;
            case "inspect" -> (args, out, err) -> new InspectCommand(BpmnImporter.withDefaults().alsoPetriNetsAndEpcs()).run(args, out, err);
            case "bench-import" -> (args, out, err) -> new BenchImportCommand(BpmnImporter.withDefaults()).run(args, out, err);
            case "diff" -> new DiffCommand();
            case "bench-diff" -> new BenchDiffCommand();
            case "eval-matching" -> new EvalMatchingCommand();
            case "bench-metrics" -> (args, out, err) -> MetricsBenchmark.run(args, out, err);
            case "bench-strategy" -> (args, out, err) -> StrategyBenchmark.run(args, out, err);
            case "bench-report" -> (args, out, err) -> ReportBenchmark.run(args, out, err);
            case "bench-reads" -> (args, out, err) -> com.gapwise.bench.ReadLatencyBenchmark.run(args, out, err);
            case "bench-load" -> (args, out, err) -> com.gapwise.bench.UploadLoadBenchmark.run(args, out, err);
            case "bench-workbook" -> (args, out, err) -> com.gapwise.spreadsheet.WorkbookBenchmark.run(args, out, err);
            default -> null;
        };
    }

    private Cli() {
    }

    /**
     * The CLI's result is its standard output and the engine logs nothing: slf4j gets its no-op provider,
     * so that a library's log line (WordNet's) cannot land in the JSON, where logback's default console
     * appender would put it. Naming the provider also spares slf4j and logback their searches of the ~150
     * jars on the class path for service files and logback its configuration: 80-100 ms of every cold
     * diff that opens WordNet.
     */
    public static void quietLibraryLogging() {
        setIfAbsent("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        setIfAbsent("slf4j.internal.verbosity", "WARN");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    public static boolean isCommand(String name) {
        return COMMANDS.contains(name) || "--help".equals(name) || "-h".equals(name);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String name = "--help".equals(args[0]) || "-h".equals(args[0]) ? "help" : args[0];
        Command command = command(name);
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
        out.println("  commands: " + String.join(", ", COMMANDS));
        return 0;
    }
}
