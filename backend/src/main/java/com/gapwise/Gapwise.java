package com.gapwise;

import com.gapwise.cli.Cli;

/**
 * Entry point of the jar. A first argument naming a CLI command runs that command on the plain-Java
 * engine and exits without starting Spring; anything else starts the web application.
 */
public final class Gapwise {

    private Gapwise() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        // A separate class so that the CLI path never loads Spring.
        GapwiseApplication.start(args);
    }
}
