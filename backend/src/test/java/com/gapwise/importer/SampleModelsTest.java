package com.gapwise.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.gapwise.model.ProcessModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repository's own sample and evaluation models (once merged in) import cleanly. */
class SampleModelsTest {

    @Test
    void sampleAndEvaluationModelsImportWithoutWarnings() throws Exception {
        Path repo = Path.of(System.getProperty("gapwise.repo.root", System.getProperty("user.dir")));
        List<Path> files;
        try (Stream<Path> walk = Stream.of(repo.resolve("sample-models"), repo.resolve("eval"))
                .filter(Files::isDirectory)
                .flatMap(SampleModelsTest::walk)) {
            files = walk.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        assumeThat(files).as("sample models present in this checkout").isNotEmpty();

        BpmnImporter importer = BpmnImporter.withDefaults();
        for (Path file : files) {
            ProcessModel model = importer.read(file);
            assertThat(model.warnings()).as(file.toString()).isEmpty();
            assertThat(model.taskCount()).as(file.toString()).isEqualTo(CorpusImportTest.countTaskElements(file));
            assertThat(model.nodes()).as(file.toString()).allSatisfy(n -> assertThat(n.bounds()).isNotNull());
        }
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
