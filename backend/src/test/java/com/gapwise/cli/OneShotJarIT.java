package com.gapwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as users start it ({@code java -jar backend/target/gapwise.jar diff ...}): the one-shot
 * command moves to a second JVM and answers exactly as in one JVM, exit codes and errors included, and
 * the class-data archive the build wrote is one that JVM can map.
 */
class OneShotJarIT {

    private static final Path ROOT = Path.of(System.getProperty("gapwise.repo.root", ".."));
    private static final Path JAR = ROOT.resolve("backend/target/gapwise.jar").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String CURRENT = ROOT.resolve("sample-models/return-refund/current.bpmn").toString();
    private static final String FUTURE = ROOT.resolve("sample-models/return-refund/future.bpmn").toString();

    /**
     * A finished run; {@code childSeen} tells whether a second JVM marked as the child was seen running as a child
     * process, {@code replaced} whether the process started became it.
     */
    record Run(int exit, String out, String err, boolean childSeen, boolean replaced) {

        boolean ranInSecondJvm() {
            return childSeen || replaced;
        }
    }

    @Test
    void theSecondJvmAnswersByteForByteAsOneJvmDoes() throws Exception {
        for (String format : List.of("json", "markdown")) {
            Run child = java(Map.of(), "-jar", JAR.toString(), "diff", CURRENT, FUTURE, "--format", format);
            Run inProcess = java(Map.of("GAPWISE_IN_PROCESS", "1"), "-jar", JAR.toString(), "diff", CURRENT, FUTURE,
                    "--format", format);
            assertThat(child.exit()).as(child.err()).isZero();
            assertThat(child.ranInSecondJvm()).as("ran in a second JVM").isTrue();
            assertThat(inProcess.ranInSecondJvm()).as("GAPWISE_IN_PROCESS keeps it in one").isFalse();
            assertThat(child.err()).as("nothing from the JVM on stderr").isEmpty();
            assertThat(child.out()).as(format).isEqualTo(inProcess.out()).contains("Return");
        }
    }

    @Test
    void errorsAndExitCodesPassThrough() throws Exception {
        Run missing = java(Map.of(), "-jar", JAR.toString(), "diff", CURRENT, "no-such-file.bpmn");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no-such-file.bpmn").contains("no such file");
        assertThat(missing.out()).isEmpty();

        Run usage = java(Map.of(), "-jar", JAR.toString(), "diff", CURRENT);
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).startsWith(DiffCommand.USAGE);
    }

    @Test
    void theBuildsClassDataArchiveMapsWithTheSecondJvmsFlags() throws Exception {
        Path archive = JAR.resolveSibling(OneShotJvm.ARCHIVE);
        assertThat(archive).isRegularFile();
        List<String> command = OneShotJvm.childCommand(List.of("-jar", JAR.toString()), Map.of(),
                System.getProperty("java.home"), JAR.toString(), new String[] {"inspect", CURRENT})
                .orElseThrow();
        assertThat(command).contains("-XX:SharedArchiveFile=" + archive);
        // -Xshare:on (after the flags' -Xshare:auto, so it wins) makes an archive that cannot be mapped fatal
        List<String> strict = new ArrayList<>(command);
        strict.add(1 + OneShotJvm.FLAGS.size(), "-Xshare:on");
        Run run = run(Map.of(), strict);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"ok\":true", "\"tasks\":18");
    }

    @Test
    void theFirstJvmBecomesTheSecondWhereTheBuildWroteTheLibrary() throws Exception {
        Assumptions.assumeTrue(ProcessReplacementTest.libraryExpected(), "no gcc on Linux here: the child is started");
        assertThat(JAR.resolveSibling(ProcessReplacement.LIBRARY)).isRegularFile();
        Run run = java(Map.of(), "-jar", JAR.toString(), "diff", CURRENT, FUTURE);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.replaced()).as("the process that was started ran as the second JVM").isTrue();
        assertThat(run.childSeen()).as("no process started beside it").isFalse();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aFileNameOutsideAsciiReachesTheSecondJvmAsTyped() throws Exception {
        // the launcher decodes arguments with the platform's encoding; under the C locale it cannot hold these names
        Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "not a UTF-8 locale");
        Path folder = Files.createTempDirectory("gapwise één ✓");
        try {
            Path future = Files.copy(Path.of(FUTURE), folder.resolve("zukünftig → ✓ \uD83D\uDCC4.bpmn"));
            Run child = java(Map.of(), "-jar", JAR.toString(), "diff", CURRENT, future.toString());
            Run inProcess = java(Map.of("GAPWISE_IN_PROCESS", "1"), "-jar", JAR.toString(), "diff", CURRENT,
                    future.toString());
            assertThat(child.exit()).as(child.err()).isZero();
            assertThat(child.ranInSecondJvm()).isTrue();
            // the file pair names the process in every gap key: the second JVM read the same name
            assertThat(child.out()).isEqualTo(inProcess.out()).contains("\"gaps\"");
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    @Test
    void theSentenceModelIsReadFromTheBuildsCopiesAsFromItsJarAndLeavesNoFolderBehind() throws Exception {
        String os = System.getProperty("os.name");
        String arch = System.getProperty("os.arch");
        Assumptions.assumeTrue(os.contains("Linux") && List.of("amd64", "aarch64").contains(arch),
                "the build unpacks ONNX Runtime's library on Linux x64 and aarch64 only");
        Path lib = JAR.resolveSibling("lib");
        assertThat(lib.resolve("native-" + ("amd64".equals(arch) ? "linux-x64" : "linux-aarch64"))).isDirectory();
        assertThat(lib.resolve("models")).isDirectory();
        // a pair drawn apart: the matcher reads its step labels as sentences, which loads the model
        String current = ROOT.resolve("sample-models/customer-inquiry/current.bpmn").toString();
        String future = ROOT.resolve("sample-models/customer-inquiry/future.bpmn").toString();
        Path temporary = Files.createTempDirectory("gapwise-tmp");
        Path home = Files.createTempDirectory("gapwise-home");
        try {
            // a JVM option keeps the command in this JVM; the temporary folder and the home are this test's own
            Run run = java(Map.of(), "-Djava.io.tmpdir=" + temporary, "-Duser.home=" + home, "-jar", JAR.toString(),
                    "diff", current, future);
            Run usual = java(Map.of(), "-jar", JAR.toString(), "diff", current, future);
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo(usual.out()).contains("read alike as sentences");
            try (var left = Files.list(temporary)) {
                // ONNX Runtime 1.20, left to copy its library out of its jar, leaves an empty onnxruntime-java* folder
                assertThat(left.map(path -> path.getFileName().toString()).toList()).isEmpty();
            }
            // DJL, left to copy the tokenizer's library out of its jar, caches it in ~/.djl.ai, and JNA, through which
            // DJL looks for a GPU, copies its own into ~/.cache/JNA: a diff writes nothing into the user's home
            assertThat(home).isEmptyDirectory();
            // this JVM's class path has the jars alone (Maven's repository, nothing unpacked beside them): the model
            // and the runtime come out of the jars here, and every score and pair must read the same
            for (String runtimeClass : List.of("ai.onnxruntime.OrtEnvironment", "ai.djl.huggingface.tokenizers.HuggingFaceTokenizer",
                    "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel")) {
                Path jar = Path.of(Class.forName(runtimeClass, false, getClass().getClassLoader()).getProtectionDomain()
                        .getCodeSource().getLocation().toURI());
                assertThat(jar.getParent()).as("nothing unpacked beside " + jar)
                        .isDirectoryNotContaining(path -> path.getFileName().toString().matches("models|native-.*"));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(Cli.run(new String[] {"diff", current, future}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isZero();
            assertThat(usual.out()).isEqualTo(out.toString(StandardCharsets.UTF_8));
        } finally {
            for (Path folder : List.of(temporary, home)) {
                try (var left = Files.walk(folder)) {
                    for (Path path : left.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
    }

    private static boolean isMarkedChild(ProcessHandle process) {
        return process.info().arguments().map(List::of)
                .map(arguments -> arguments.contains("-D" + OneShotJvm.CHILD_PROPERTY + "=child")).orElse(false);
    }

    /**
     * A second JVM started as a child of the first. Not a process the second JVM starts itself: the sentence model's
     * tokenizer (DJL, through JNA) runs {@code /sbin/ldconfig -p}, and in the instant between fork and exec that
     * process still shows the JVM's command line, marker included.
     */
    private static boolean isSecondJvmStartedByTheFirst(ProcessHandle process) {
        return isMarkedChild(process) && !process.parent().map(OneShotJarIT::isMarkedChild).orElse(false);
    }

    private static Run java(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(JAVA);
        command.addAll(List.of(arguments));
        return run(environment, command);
    }

    private static Run run(Map<String, String> environment, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        // the test JVM's own option variables would keep the jar in one JVM
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS",
                "GAPWISE_IN_PROCESS"));
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("one-shot", ".out");
        Path err = Files.createTempFile("one-shot", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            boolean childSeen = false;
            boolean replaced = false;
            while (!process.waitFor(2, TimeUnit.MILLISECONDS)) {
                assertThat(System.nanoTime()).as("finished").isLessThan(deadline);
                childSeen |= process.descendants().anyMatch(OneShotJarIT::isSecondJvmStartedByTheFirst);
                replaced |= isMarkedChild(process.toHandle());
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), childSeen, replaced);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
