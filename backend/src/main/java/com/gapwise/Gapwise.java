package com.gapwise;

import com.gapwise.cli.Cli;
import com.gapwise.cli.OneShotJvm;
import com.gapwise.matching.ProcessMatcher;
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
            Cli.quietLibraryLogging();
            exit(Cli.run(args, System.out, System.err));
        }
        if (args.length > 0 && "bench-api".equals(args[0])) {
            // Needs the web application, so it is not an engine CLI command.
            runApiBenchmark(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        // A separate class so that the CLI path never loads Spring.
        GapwiseApplication.start(args);
    }

    /** Ends a command's JVM once the matcher's background work has ended (see ProcessMatcher). */
    static void exit(int code) {
        ProcessMatcher.awaitBackgroundWork();
        System.exit(code);
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
