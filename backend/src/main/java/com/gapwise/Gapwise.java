package com.gapwise;

import com.gapwise.cli.Cli;
import com.gapwise.cli.OneShotJvm;
import com.gapwise.matching.ProcessMatcher;
import java.util.List;
import java.util.OptionalInt;
import sun.misc.Signal;
import sun.misc.SignalHandler;

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
            handleStopsDuringBackgroundWork();
            Cli.quietLibraryLogging();
            exit(Cli.run(args, System.out, System.err));
        }
        if (args.length > 0 && "bench-api".equals(args[0])) {
            // Needs the web application, so it is not an engine CLI command.
            runApiBenchmark(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        handleStopsDuringBackgroundWork();
        // A separate class so that the CLI path never loads Spring.
        GapwiseApplication.start(args);
    }

    /** The exit status a stop signal asked for (128 + its number), or 0 while none came. */
    private static volatile int stoppedWith;

    /** Ends a command's JVM once the matcher's background work has ended (see ProcessMatcher). */
    static void exit(int code) {
        ProcessMatcher.awaitBackgroundWork();
        // a command stopped while it waited ends as stopped, whichever thread gets here first
        int stopped = stoppedWith;
        System.exit(stopped != 0 ? stopped : code);
    }

    /**
     * A server or a command stopped (SIGTERM, Ctrl-C, a closed terminal) while the matcher works in the background
     * ends as a command does: once that work has ended. The JVM's own handling runs every shutdown hook at once, and
     * ONNX Runtime's closes its environment under a sentence model being loaded: the JVM crashed (code 134, a crash
     * report in the working directory) instead of shutting down. The handlers are installed when that work starts:
     * runs that never start it (a revision's diff) pay nothing.
     */
    static void handleStopsDuringBackgroundWork() {
        ProcessMatcher.beforeBackgroundWork(new HandleStops());
    }

    private static void exitAfterBackgroundWorkWhenStopped() {
        SignalHandler stop = new StopAfterBackgroundWork();
        for (String name : List.of("TERM", "INT", "HUP")) {
            try {
                Signal.handle(new Signal(name), stop);
            } catch (IllegalArgumentException e) {
                // the signal is ignored or reserved on this JVM (-Xrs): its own handling stands
            }
        }
    }

    /** A class, not a lambda: a command's JVM lives a few dozen milliseconds, and linking a lambda costs one. */
    private static final class HandleStops implements Runnable {
        @Override
        public void run() {
            exitAfterBackgroundWorkWhenStopped();
        }
    }

    /** A class, not a lambda, as {@link HandleStops}. */
    private static final class StopAfterBackgroundWork implements SignalHandler {
        @Override
        public void handle(Signal signal) {
            stoppedWith = 128 + signal.getNumber();
            exit(stoppedWith);
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
