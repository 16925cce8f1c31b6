package com.gapwise;

import com.gapwise.cli.Cli;
import com.gapwise.cli.OneShotJvm;
import com.gapwise.matching.ProcessMatcher;
import java.util.List;
import java.util.OptionalInt;
import sun.misc.Signal;

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
            Cli.quietLibraryLogging();
            exit(Cli.run(args, System.out, System.err));
        }
        if (args.length > 0 && "bench-api".equals(args[0])) {
            // Needs the web application, so it is not an engine CLI command.
            runApiBenchmark(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        exitAfterBackgroundWorkWhenStopped();
        // A separate class so that the CLI path never loads Spring.
        GapwiseApplication.start(args);
    }

    /** Ends a command's JVM once the matcher's background work has ended (see ProcessMatcher). */
    static void exit(int code) {
        ProcessMatcher.awaitBackgroundWork();
        System.exit(code);
    }

    /**
     * A server stopped (SIGTERM, Ctrl-C, a closed terminal) ends as a command does: once the matcher's background
     * work has ended. The JVM's own handling runs every shutdown hook at once, and ONNX Runtime's closes its
     * environment under a sentence model being loaded: the JVM crashed (code 134, a crash report in the working
     * directory) instead of shutting down.
     */
    static void exitAfterBackgroundWorkWhenStopped() {
        for (String name : List.of("TERM", "INT", "HUP")) {
            try {
                Signal.handle(new Signal(name), signal -> exit(128 + signal.getNumber()));
            } catch (IllegalArgumentException e) {
                // the signal is ignored or reserved on this JVM (-Xrs): its own handling stands
            }
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
