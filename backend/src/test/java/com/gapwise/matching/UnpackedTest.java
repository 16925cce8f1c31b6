package com.gapwise.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the build's unpacked copies of the sentence model's files are looked for. */
class UnpackedTest {

    @Test
    void platformsAreNamedAsOnnxRuntimesJarNamesThem() {
        assertThat(Unpacked.platform("Linux", "amd64")).contains("linux-x64");
        assertThat(Unpacked.platform("Linux", "x86_64")).contains("linux-x64");
        assertThat(Unpacked.platform("Linux", "aarch64")).contains("linux-aarch64");
        // the build unpacks nothing for these: ONNX Runtime extracts its library as it always does
        assertThat(Unpacked.platform("Mac OS X", "aarch64")).isEmpty();
        assertThat(Unpacked.platform("Windows 11", "amd64")).isEmpty();
        assertThat(Unpacked.platform("Linux", "ppc64le")).isEmpty();
        assertThat(Unpacked.platform(null, "amd64")).isEmpty();
    }

    @Test
    void aFolderCountsOnlyBesideItsOwnJarAndHoldingEveryFileAskedFor(@TempDir Path lib) throws Exception {
        Path jar = Files.createFile(lib.resolve("onnxruntime-1.20.0.jar"));
        Path folder = Files.createDirectories(lib.resolve("native-linux-x64/onnxruntime-1.20.0-jar"));
        Files.createFile(folder.resolve("libonnxruntime.so"));
        assertThat(Unpacked.folder(Optional.of(jar), "native-linux-x64", "libonnxruntime.so", "libonnxruntime4j_jni.so"))
                .as("the JNI library is missing").isEmpty();

        Files.createFile(folder.resolve("libonnxruntime4j_jni.so"));
        assertThat(Unpacked.folder(Optional.of(jar), "native-linux-x64", "libonnxruntime.so", "libonnxruntime4j_jni.so"))
                .contains(folder);
        // another platform's folder, another version's jar, no jar at all (classes from a folder): none
        assertThat(Unpacked.folder(Optional.of(jar), "native-linux-aarch64", "libonnxruntime.so")).isEmpty();
        assertThat(Unpacked.folder(Optional.of(lib.resolve("onnxruntime-1.21.0.jar")), "native-linux-x64",
                "libonnxruntime.so")).isEmpty();
        assertThat(Unpacked.folder(Optional.of(lib), "native-linux-x64", "libonnxruntime.so")).isEmpty();
        assertThat(Unpacked.folder(Optional.empty(), "native-linux-x64", "libonnxruntime.so")).isEmpty();
    }

    @Test
    void aClassThatDoesNotComeFromAJarHasNoFolderBesideIt() {
        // this test's own classes come from target/test-classes, a folder
        assertThat(Unpacked.beside(UnpackedTest.class.getName(), "models", "anything")).isEmpty();
        assertThat(Unpacked.beside("no.such.Class", "models", "anything")).isEmpty();
    }
}
