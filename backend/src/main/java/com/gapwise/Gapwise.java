package com.gapwise;

import com.gapwise.cli.Cli;
import com.gapwise.cli.OneShotJvm;
import java.util.OptionalInt;

/**
 * Entry point of the jar. A first argument naming a CLI command runs that command on the plain-Java
 * engine and exits without starting Spring; anything else starts the web application.
 */
public final class Gapwise {

    private Gapwise() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            OptionalInt childExit = OneShotJvm.runInChild(args);
            if (childExit.isPresent()) {
                System.exit(childExit.getAsInt());
            }
            quietLibraryLogging();
            System.exit(Cli.run(args, System.out, System.err));
        }
        if (args.length > 0 && "bench-api".equals(args[0])) {
            // Needs the web application, so it is not an engine CLI command.
            runApiBenchmark(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        // A separate class so that the CLI path never loads Spring.
        GapwiseApplication.start(args);
    }

    /**
     * The CLI's result is its standard output and the engine logs nothing: slf4j gets its no-op provider,
     * so that a library's log line (WordNet's) cannot land in the JSON, where logback's default console
     * appender would put it. Naming the provider also spares slf4j and logback their searches of the ~150
     * jars on the class path for service files and logback its configuration: 80-100 ms of every cold
     * diff that opens WordNet.
     */
    private static void quietLibraryLogging() {
        setIfAbsent("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        setIfAbsent("slf4j.internal.verbosity", "WARN");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private static void runApiBenchmark(String[] args) {
        try {
            com.gapwise.web.ApiBenchmark.main(args);
            System.exit(0);
        } catch (Exception e) {
            System.err.println("bench-api failed: " + e);
            System.exit(1);
        }
    }
}
