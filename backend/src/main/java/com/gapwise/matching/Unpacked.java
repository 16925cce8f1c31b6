package com.gapwise.matching;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Locale;
import java.util.Optional;

/**
 * Files the build unpacks out of a dependency's jar into a folder beside the jars (backend pom, executions
 * onnxruntime-native, tokenizers-native, jna-native and sentence-model: maven-dependency-plugin's
 * unpack-dependencies, one sub-folder per jar), so that a library reads them in place instead of copying them out of
 * its jar at every start.
 */
final class Unpacked {

    private Unpacked() {
    }

    /**
     * The folder {@code GROUP/NAME-jar/} beside the jar {@code NAME.jar} that holds the class {@code className} (found
     * without initialising it), where that folder holds every one of {@code files}.
     */
    static Optional<Path> beside(String className, String group, String... files) {
        return folder(jarOf(className), group, files);
    }

    /** As {@link #beside}, for a jar already found. */
    static Optional<Path> folder(Optional<Path> jar, String group, String... files) {
        if (jar.isEmpty() || jar.get().getParent() == null) {
            return Optional.empty();
        }
        String jarName = jar.get().getFileName().toString();
        if (!jarName.endsWith(".jar")) {
            return Optional.empty();
        }
        Path folder = jar.get().resolveSibling(group).resolve(jarName.substring(0, jarName.length() - ".jar".length())
                + "-jar");
        for (String file : files) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                return Optional.empty();
            }
        }
        return Optional.of(folder.toAbsolutePath());
    }

    /** ONNX Runtime's name for a platform whose library the build may unpack (Linux only), as in its jar. */
    static Optional<String> platform(String osName, String osArch) {
        if (osName == null || osArch == null || !osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        return switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> Optional.of("linux-x64");
            case "aarch64" -> Optional.of("linux-aarch64");
            default -> Optional.empty();
        };
    }

    /** The jar a class comes from, where it comes from a jar file. */
    private static Optional<Path> jarOf(String className) {
        try {
            CodeSource source = Class.forName(className, false, Unpacked.class.getClassLoader())
                    .getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? Optional.empty()
                    : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (ClassNotFoundException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
