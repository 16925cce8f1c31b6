package com.gapwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The commands help lists and the commands that run are the same. */
class CliTest {

    @Test
    void everyListedCommandRuns() {
        for (String name : Cli.COMMANDS) {
            assertThat(Cli.command(name)).as(name).isNotNull();
            assertThat(Cli.isCommand(name)).as(name).isTrue();
        }
        assertThat(Cli.command("no-such-command")).isNull();
        assertThat(Cli.isCommand("no-such-command")).isFalse();
    }
}
