package com.gapwise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where this process cannot become the second JVM, it goes on as it was and says why. (That it does become it,
 * on the packaged jar, is {@link OneShotJarIT}'s part.)
 */
class ProcessReplacementTest {

    /** Written by the build's {@code process-replacement} profile: on Linux wherever gcc is installed. */
    static final Path BUILT_LIBRARY = Path.of("target", ProcessReplacement.LIBRARY).toAbsolutePath();

    /** The build writes the library where its profile is active: there, a missing library is a broken build. */
    static boolean libraryExpected() {
        return System.getProperty("os.name").equals("Linux") && Files.isExecutable(Path.of("/usr/bin/gcc"));
    }

    @Test
    void withoutTheLibraryNothingHappens(@TempDir Path dir) {
        assertThat(ProcessReplacement.replace(List.of("/bin/true"), dir.resolve(ProcessReplacement.LIBRARY).toFile()))
                .isEqualTo(ProcessReplacement.NO_LIBRARY);
    }

    @Test
    void aFileThatIsNoLibraryIsNotLoaded(@TempDir Path dir) throws IOException {
        Path notALibrary = Files.writeString(dir.resolve(ProcessReplacement.LIBRARY), "not an ELF file");
        assertThat(ProcessReplacement.replace(List.of("/bin/true"), notALibrary.toFile()))
                .isEqualTo(ProcessReplacement.NO_LIBRARY);
    }

    @Test
    void theLibraryLiesBesideTheJarTheSecondJvmRuns(@TempDir Path dir) {
        Path jar = dir.resolve("gapwise.jar");
        List<String> command = List.of("java", "-Dx=y", "-cp", jar.toString(), "com.gapwise.Gapwise", "diff");
        assertThat(OneShotJvm.replacementLibrary(command)).contains(dir.resolve(ProcessReplacement.LIBRARY).toFile());
    }

    @Test
    void aLongerClassPathLooksForNoLibrary(@TempDir Path dir) {
        String classPath = dir.resolve("gapwise.jar") + File.pathSeparator + dir.resolve("other.jar");
        assertThat(OneShotJvm.replacementLibrary(List.of("java", "-cp", classPath, "com.gapwise.Gapwise"))).isEmpty();
        assertThat(OneShotJvm.replacementLibrary(List.of("java", "-cp", dir.resolve("classes").toString(),
                "com.gapwise.Gapwise"))).isEmpty();
    }

    @Test
    void theBuildWritesTheLibraryWhereItCan() {
        assumeTrue(libraryExpected(), "no gcc on Linux here: the build writes no library, the child is started");
        assertThat(BUILT_LIBRARY).isRegularFile();
    }

    @Test
    void aFailedExecReturnsItsErrorAndThisJvmGoesOn() throws Exception {
        assumeTrue(libraryExpected(), "no gcc on Linux here: the build writes no library");
        File library = BUILT_LIBRARY.toFile();
        int enoent = 2;
        assertThat(ProcessReplacement.replace(List.of("/no/such/java", "-version"), library)).isEqualTo(enoent);
        assertThat(ProcessReplacement.replace(List.of("/no/such/java"), library)).as("loaded once, again")
                .isEqualTo(enoent);

        // signals and descriptors are as they were: a child starts, and a TERM still stops it
        Process child = new ProcessBuilder("/bin/echo", "still here").redirectErrorStream(true).start();
        assertThat(new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("still here\n");
        assertThat(child.waitFor()).isZero();
        Process sleeper = new ProcessBuilder("/bin/sleep", "30").start();
        sleeper.destroy();
        assertThat(sleeper.waitFor()).isEqualTo(128 + 15);
    }
}
