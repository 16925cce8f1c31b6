package com.gapwise;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.ProcessModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command can end while the matcher still loads its sentence model in the background: two models drawn apart
 * whose labels all paired by their words never need it. Before this was handled, 92 of the 361 MIWG models diffed
 * against a copy with new ids crashed at exit (code 134, the JVM's crash report on standard output after the JSON).
 */
class CommandExitTest {

    /** The test JVM's own (target/, see the pom): the children load ONNX Runtime from its jar, which leaves a folder there. */
    private static final String TEMPORARY_DIRECTORY = "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir");

    @Test
    void aCommandThatEndsWhileTheSentenceModelLoadsExitsCleanly() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process jvm = new ProcessBuilder(java, TEMPORARY_DIRECTORY, "-cp", System.getProperty("java.class.path"),
                EndWhileTheModelLoads.class.getName()).redirectErrorStream(true).start();
        assertThat(jvm.waitFor(120, TimeUnit.SECONDS)).as("the JVM ends").isTrue();
        String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).contains("matched 4, exiting while the model loads").doesNotContain("fatal error");
        assertThat(jvm.exitValue()).as(output).isZero();
        // a crashing JVM also leaves its report in the working directory
        assertThat(new File(".").list((dir, name) -> name.equals("hs_err_pid" + jvm.pid() + ".log"))).isEmpty();
    }

    @Test
    void aServerStoppedWhileTheSentenceModelLoadsShutsDownCleanly() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process jvm = new ProcessBuilder(java, TEMPORARY_DIRECTORY, "-cp", System.getProperty("java.class.path"),
                StopWhileTheModelLoads.class.getName()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                if (line.contains("stop me")) {
                    // SIGTERM, as a service manager or container runtime stops a server (Process.destroy would also
                    // close the output still to be read)
                    jvm.toHandle().destroy();
                }
            }
        }
        assertThat(jvm.waitFor(120, TimeUnit.SECONDS)).as("the JVM ends").isTrue();
        assertThat(output.toString()).contains("matched 4, stop me while the model loads").doesNotContain("fatal error");
        assertThat(jvm.exitValue()).as(output.toString()).isEqualTo(128 + 15);
        assertThat(new File(".").list((dir, name) -> name.equals("hs_err_pid" + jvm.pid() + ".log"))).isEmpty();
    }

    @Test
    void aCommandInterruptedWhileTheSentenceModelLoadsEndsAsInterrupted(@TempDir Path models) throws Exception {
        Path current = Files.writeString(models.resolve("current.bpmn"), EndWhileTheModelLoads.MODEL.formatted("Old"));
        Path future = Files.writeString(models.resolve("future.bpmn"), EndWhileTheModelLoads.MODEL.formatted("New"));
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, TEMPORARY_DIRECTORY, "-cp", System.getProperty("java.class.path"),
                DiffInterruptedWhileTheModelLoads.class.getName(), "diff", current.toString(), future.toString())
                .redirectErrorStream(true);
        builder.environment().put("GAPWISE_IN_PROCESS", "1"); // the command in this JVM, as the one-shot child runs it
        Process jvm = builder.start();
        StringBuilder output = new StringBuilder();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                if (line.contains("stop me")) {
                    // Ctrl-C in a terminal
                    new ProcessBuilder("kill", "-INT", String.valueOf(jvm.pid())).start().waitFor();
                }
            }
        }
        assertThat(jvm.waitFor(120, TimeUnit.SECONDS)).as("the JVM ends").isTrue();
        assertThat(output.toString()).contains("stop me while the model loads").doesNotContain("fatal error");
        assertThat(jvm.exitValue()).as(output.toString()).isEqualTo(128 + 2);
        assertThat(new File(".").list((dir, name) -> name.equals("hs_err_pid" + jvm.pid() + ".log"))).isEmpty();
    }

    /** The jar's entry point on a diff command, with a watcher that says when the model's load is in native code. */
    static final class DiffInterruptedWhileTheModelLoads {

        public static void main(String[] args) {
            Thread watcher = new Thread(() -> {
                try {
                    EndWhileTheModelLoads.awaitNativeLoad();
                    System.out.println("stop me while the model loads");
                    System.out.flush();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            watcher.setDaemon(true);
            watcher.start();
            Gapwise.main(args);
        }
    }

    /** As the web application starts: stops are handled, then a diff starts the model's load and the JVM is stopped. */
    static final class StopWhileTheModelLoads {

        public static void main(String[] args) throws Exception {
            Gapwise.handleStopsDuringBackgroundWork();
            int matched = EndWhileTheModelLoads.matchDrawnApart();
            EndWhileTheModelLoads.awaitNativeLoad();
            System.out.println("matched " + matched + ", stop me while the model loads");
            System.out.flush();
            Thread.sleep(60_000);
            System.out.println("never stopped");
            System.exit(2);
        }
    }

    /**
     * Matches two models drawn apart with the same labels, as a diff command does, then ends through the
     * commands' exit at the worst moment: while the loader is inside ONNX Runtime's native session creation.
     */
    static final class EndWhileTheModelLoads {

        static final String MODEL = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="t" id="d%1$s">
                  <process id="p%1$s">
                    <startEvent id="s%1$s" name="Request received"/>
                    <sequenceFlow id="f1%1$s" sourceRef="s%1$s" targetRef="a%1$s"/>
                    <task id="a%1$s" name="Check the request"/>
                    <sequenceFlow id="f2%1$s" sourceRef="a%1$s" targetRef="b%1$s"/>
                    <task id="b%1$s" name="Answer the customer"/>
                    <sequenceFlow id="f3%1$s" sourceRef="b%1$s" targetRef="e%1$s"/>
                    <endEvent id="e%1$s" name="Request answered"/>
                  </process>
                </definitions>
                """;

        public static void main(String[] args) throws Exception {
            int matched = matchDrawnApart();
            awaitNativeLoad();
            System.out.println("matched " + matched + ", exiting while the model loads");
            System.out.flush();
            Gapwise.exit(0);
        }

        static int matchDrawnApart() throws Exception {
            BpmnImporter importer = BpmnImporter.withDefaults();
            ProcessModel current = importer.read(MODEL.formatted("Old").getBytes(StandardCharsets.UTF_8), "current");
            ProcessModel future = importer.read(MODEL.formatted("New").getBytes(StandardCharsets.UTF_8), "future");
            return ProcessMatcher.withDefaults().match(current, future).size();
        }

        /** Returns once the loader is inside ONNX Runtime's native session creation; ends the JVM if it never is. */
        static void awaitNativeLoad() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                for (var thread : Thread.getAllStackTraces().entrySet()) {
                    if (thread.getKey().getName().equals("gapwise-sentence-model") && Arrays.stream(thread.getValue())
                            .anyMatch(frame -> frame.isNativeMethod() && frame.getMethodName().equals("createSession"))) {
                        return;
                    }
                }
                Thread.sleep(1);
            }
            System.out.println("the model's load never reached the native session creation");
            System.exit(2);
        }
    }
}
