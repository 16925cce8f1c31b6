package com.gapwise.matching;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.util.Utils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sentence-embedding model runs in process and never reaches the network. */
class MiniLmParaphrasesTest {

    @Test
    void theTokenizersRuntimeIsOfflineAndOptedOutOfTrackingOnceTheModelIsLoaded() {
        // loading in the background first, as the matcher does, then embedding waits for it
        MiniLmParaphrases.shared().prepare();
        assertThat(MiniLmParaphrases.shared().embed("Check the application")).hasSize(384);
        // DJL skips its call to the cloud's instance-metadata address (usage tracking) only under these switches
        assertThat(Utils.isOfflineMode()).isTrue();
        assertThat(Boolean.parseBoolean(Utils.getEnvOrSystemProperty("OPT_OUT_TRACKING"))).isTrue();
    }

    @Test
    void platformsAreNamedAsOnnxRuntimesJarNamesThem() {
        assertThat(MiniLmParaphrases.platform("Linux", "amd64")).contains("linux-x64");
        assertThat(MiniLmParaphrases.platform("Linux", "x86_64")).contains("linux-x64");
        assertThat(MiniLmParaphrases.platform("Linux", "aarch64")).contains("linux-aarch64");
        // the build unpacks nothing for these: ONNX Runtime extracts its library as it always does
        assertThat(MiniLmParaphrases.platform("Mac OS X", "aarch64")).isEmpty();
        assertThat(MiniLmParaphrases.platform("Windows 11", "amd64")).isEmpty();
        assertThat(MiniLmParaphrases.platform("Linux", "ppc64le")).isEmpty();
        assertThat(MiniLmParaphrases.platform(null, "amd64")).isEmpty();
    }

    @Test
    void theRuntimeLoadsInPlaceOnlyFromAFolderThatHoldsBothOfItsLibrariesForThisPlatform(@TempDir Path lib)
            throws Exception {
        Path jar = Files.createFile(lib.resolve("onnxruntime-1.20.0.jar"));
        Path folder = Files.createDirectories(lib.resolve("native-linux-x64/onnxruntime-1.20.0-jar"));
        Files.createFile(folder.resolve("libonnxruntime.so"));
        assertThat(MiniLmParaphrases.unpackedRuntime(Optional.of(jar), "Linux", "amd64"))
                .as("the JNI library is missing").isEmpty();

        Files.createFile(folder.resolve("libonnxruntime4j_jni.so"));
        assertThat(MiniLmParaphrases.unpackedRuntime(Optional.of(jar), "Linux", "amd64")).contains(folder);
        // another platform's folder, another version's jar, no jar at all (classes from a folder): none
        assertThat(MiniLmParaphrases.unpackedRuntime(Optional.of(jar), "Linux", "aarch64")).isEmpty();
        assertThat(MiniLmParaphrases.unpackedRuntime(Optional.of(lib.resolve("onnxruntime-1.21.0.jar")), "Linux",
                "amd64")).isEmpty();
        assertThat(MiniLmParaphrases.unpackedRuntime(Optional.of(lib), "Linux", "amd64")).isEmpty();
        assertThat(MiniLmParaphrases.unpackedRuntime(Optional.empty(), "Linux", "amd64")).isEmpty();
    }
}
