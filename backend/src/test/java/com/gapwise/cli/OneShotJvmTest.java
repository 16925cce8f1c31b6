package com.gapwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a one-shot command moves to a second JVM, and with what command line. */
class OneShotJvmTest {

    private static final String JAVA_HOME = System.getProperty("java.home");
    private static final String[] DIFF = {"diff", "a.bpmn", "b.bpmn", "--format", "markdown"};

    @Test
    void aPlainJarLaunchHasNoJvmOptions() {
        assertThat(OneShotJvm.hasJvmOptions(List.of("-jar", "gapwise.jar", "diff", "-x"))).isFalse();
        assertThat(OneShotJvm.hasJvmOptions(List.of("-cp", "a.jar:b.jar", "com.gapwise.Gapwise", "-Xmx1g"))).isFalse();
        assertThat(OneShotJvm.hasJvmOptions(List.of("--class-path", "a.jar", "-jar", "gapwise.jar"))).isFalse();
    }

    @Test
    void anyOtherOptionBeforeTheJarIsTheUsersChoice() {
        assertThat(OneShotJvm.hasJvmOptions(List.of("-Xmx256m", "-jar", "gapwise.jar", "diff"))).isTrue();
        assertThat(OneShotJvm.hasJvmOptions(List.of("-ea", "-jar", "g.jar"))).isTrue();
        assertThat(OneShotJvm.hasJvmOptions(List.of("-cp", "g.jar", "-Dx=y", "com.gapwise.Gapwise"))).isTrue();
        assertThat(OneShotJvm.hasJvmOptions(List.of("-XX:+UseG1GC", "-cp", "g.jar", "com.gapwise.Gapwise"))).isTrue();
    }

    @Test
    void theChildRunsTheSameCommandWithShortLifeFlagsAndTheArchiveBesideTheJar(@TempDir Path dir) throws IOException {
        Path jar = Files.createFile(dir.resolve("gapwise.jar"));
        Path archive = Files.createFile(dir.resolve(OneShotJvm.ARCHIVE));
        Files.writeString(dir.resolve(OneShotJvm.ARCHIVE_KEY), OneShotJvm.archiveKey(jar, JAVA_HOME));

        List<String> command = OneShotJvm.childCommand(List.of("-jar", jar.toString(), "diff"), Map.of(), JAVA_HOME,
                jar.toString(), DIFF).orElseThrow();

        assertThat(command.get(0)).isEqualTo(Path.of(JAVA_HOME, "bin", "java").toString());
        assertThat(command).containsSubsequence(OneShotJvm.FLAGS);
        assertThat(command).contains("-XX:SharedArchiveFile=" + archive, "-D" + OneShotJvm.CHILD_PROPERTY + "=child");
        assertThat(command.subList(command.size() - 8, command.size()))
                .containsExactly("-cp", jar.toString(), "com.gapwise.Gapwise", "diff", "a.bpmn", "b.bpmn", "--format",
                        "markdown");
    }

    @Test
    void withoutAnArchiveTheChildStillStartsAndARelativeJarBecomesAbsolute(@TempDir Path dir) throws IOException {
        Path jar = Files.createFile(dir.resolve("gapwise.jar"));
        Path relative = Path.of("").toAbsolutePath().relativize(jar);

        List<String> command = OneShotJvm.childCommand(List.of("-jar", relative.toString()), Map.of(), JAVA_HOME,
                relative.toString(), DIFF).orElseThrow();

        assertThat(command).noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile"));
        assertThat(command).containsSubsequence("-cp", jar.toString(), "com.gapwise.Gapwise");
    }

    @Test
    void anArchiveWrittenForTheJarElsewhereIsNotUsedAndTheRunWritesOneForTheNext(@TempDir Path dir) throws IOException {
        // a jar moved or copied: the archive beside it names another path (or another time, or another JDK)
        Path jar = Files.createFile(dir.resolve("gapwise.jar"));
        Path archive = Files.createFile(dir.resolve(OneShotJvm.ARCHIVE));
        Files.writeString(dir.resolve(OneShotJvm.ARCHIVE_KEY), OneShotJvm.archiveKey(Path.of("/elsewhere/gapwise.jar"), JAVA_HOME));

        List<String> command = OneShotJvm.childCommand(List.of("-jar", jar.toString()), Map.of(), JAVA_HOME,
                jar.toString(), DIFF).orElseThrow();

        assertThat(command).noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile"));
        Path written = OneShotJvm.archiveWritten(command).orElseThrow();
        assertThat(written.getParent()).isEqualTo(dir);
        assertThat(written.getFileName().toString()).startsWith(OneShotJvm.ARCHIVE + ".").endsWith(".tmp");

        // the run succeeded: its archive replaces the refused one, with a key for this jar, and the next run uses it
        Files.writeString(written, "archive of this run");
        OneShotJvm.keepArchive(written, jar, true);
        assertThat(written).doesNotExist();
        assertThat(archive).hasContent("archive of this run");
        List<String> next = OneShotJvm.childCommand(List.of("-jar", jar.toString()), Map.of(), JAVA_HOME,
                jar.toString(), DIFF).orElseThrow();
        assertThat(next).contains("-XX:SharedArchiveFile=" + archive);
        assertThat(OneShotJvm.archiveWritten(next)).isEmpty();

        // a failed run's archive is dropped, the one in place kept
        Path failed = dir.resolve(OneShotJvm.ARCHIVE + ".7.tmp");
        Files.writeString(failed, "archive of a failed run");
        OneShotJvm.keepArchive(failed, jar, false);
        assertThat(failed).doesNotExist();
        assertThat(archive).hasContent("archive of this run");
    }

    @Test
    void aJarInAFolderThatCannotBeWrittenStartsWithoutAnArchive(@TempDir Path dir) {
        // a folder this user cannot write to (here one that is not there: root may write anywhere that is)
        Path jar = dir.resolve("read-only").resolve("gapwise.jar");
        List<String> command = OneShotJvm.childCommand(List.of("-jar", jar.toString()), Map.of(), JAVA_HOME,
                jar.toString(), DIFF).orElseThrow();
        assertThat(command).noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile")
                || argument.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(command).containsSubsequence("-cp", jar.toString(), "com.gapwise.Gapwise");
    }

    @Test
    void aClassPathOfSeveralEntriesIsPassedOnAsItIs() {
        String classPath = "target/classes" + java.io.File.pathSeparator + "lib/x.jar";
        List<String> command = OneShotJvm.childCommand(List.of("-cp", classPath, "com.gapwise.Gapwise"), Map.of(),
                JAVA_HOME, classPath, DIFF).orElseThrow();
        assertThat(command).containsSubsequence("-cp", classPath, "com.gapwise.Gapwise", "diff");
        assertThat(command).noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void staysInThisJvmWhenTheUserChoseOptionsOrAskedForIt() {
        List<String> plain = List.of("-jar", "gapwise.jar");
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "GAPWISE_IN_PROCESS")) {
            assertThat(OneShotJvm.childCommand(plain, Map.of(variable, "-Xmx1g"), JAVA_HOME, "gapwise.jar", DIFF))
                    .as(variable).isEmpty();
        }
        assertThat(OneShotJvm.childCommand(plain, Map.of("JAVA_TOOL_OPTIONS", " "), JAVA_HOME, "gapwise.jar", DIFF))
                .as("a blank variable sets nothing").isPresent();
        assertThat(OneShotJvm.childCommand(List.of("-Xmx256m", "-jar", "gapwise.jar"), Map.of(), JAVA_HOME,
                "gapwise.jar", DIFF)).isEmpty();
        assertThat(OneShotJvm.childCommand(null, Map.of(), JAVA_HOME, "gapwise.jar", DIFF))
                .as("the OS does not tell the launch arguments").isEmpty();
    }

    @Test
    void theLaunchArgumentsAreTheOnesTheOperatingSystemReports() {
        // on Linux read from /proc/self/cmdline; the portable answer must agree where the OS gives one
        Optional<String[]> reported = ProcessHandle.current().info().arguments();
        List<String> read = OneShotJvm.launchArguments();
        if (reported.isPresent()) {
            assertThat(read).containsExactly(reported.get());
        } else {
            assertThat(read).isNull();
        }
    }

    @Test
    void aCommandLineSplitsAtItsTerminatingNuls() {
        byte[] cmdline = "java\0-jar\0my dir/gapwise.jar\0diff\0\0x.bpmn\0".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(OneShotJvm.commandLineWords(cmdline))
                .containsExactly("java", "-jar", "my dir/gapwise.jar", "diff", "", "x.bpmn");
        assertThat(OneShotJvm.commandLineWords("java\0-jar".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .as("a last word without its NUL").containsExactly("java", "-jar");
        assertThat(OneShotJvm.commandLineWords(new byte[0])).isEmpty();
    }

    @Test
    void onlyHotSpotGetsHotSpotsFlags() {
        assertThat(OneShotJvm.isHotSpot("OpenJDK 64-Bit Server VM")).isTrue();
        assertThat(OneShotJvm.isHotSpot("Java HotSpot(TM) 64-Bit Server VM")).isTrue();
        assertThat(OneShotJvm.isHotSpot("Eclipse OpenJ9 VM")).isFalse();
        assertThat(OneShotJvm.isHotSpot(null)).isFalse();
    }

    @Test
    void staysInThisJvmWithoutAJavaToStart(@TempDir Path notAJdk) {
        assertThat(OneShotJvm.childCommand(List.of("-jar", "gapwise.jar"), Map.of(), notAJdk.toString(), "gapwise.jar",
                DIFF)).isEqualTo(Optional.empty());
    }

    @Test
    void onlyOneShotCommandsMoveAndNeverFromTheSecondJvm() {
        // benchmarks measure warm code and the web application runs for days: they keep the default JIT
        assertThat(OneShotJvm.runInChild(new String[] {"bench-diff", "x"})).isEmpty();
        assertThat(OneShotJvm.runInChild(new String[0])).isEmpty();
        System.setProperty(OneShotJvm.CHILD_PROPERTY, "child");
        try {
            assertThat(OneShotJvm.runInChild(new String[] {"diff", "missing-a.bpmn", "missing-b.bpmn"})).isEmpty();
        } finally {
            System.clearProperty(OneShotJvm.CHILD_PROPERTY);
        }
    }
}
