package com.gapwise.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the shared MIWG corpus next to the repository (see helper docs: {@code gapwise.repo.root}). */
final class Corpus {

    private Corpus() {
    }

    static Path root() {
        String repo = System.getProperty("gapwise.repo.root", System.getProperty("user.dir"));
        Path dir = Path.of(repo).resolve("../shared/data/miwg").normalize();
        if (!Files.isDirectory(dir)) {
            // running from backend/ without the surefire property
            dir = Path.of(repo).resolve("../../shared/data/miwg").normalize();
        }
        return dir;
    }

    static Path reference(String name) {
        return root().resolve("Reference").resolve(name);
    }

    static List<Path> allFiles() {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
