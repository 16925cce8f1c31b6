package com.gapwise.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.ProcessModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every model of the MIWG corpus (many tools, every BPMN feature) diffed with itself shows no difference. */
class CorpusSelfDiffTest {

    private static final Path CORPUS = Path.of(System.getProperty("gapwise.repo.root", ".")).resolve("../shared/data/miwg").normalize();

    @Test
    void aModelDiffedWithItselfHasNoChanges() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        BpmnImporter importer = BpmnImporter.withDefaults();
        DiffEngine engine = DiffEngine.using(ProcessMatcher.withDefaults());
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            ProcessModel model;
            try {
                model = importer.read(file);
            } catch (Exception e) {
                continue; // import errors are the importer's tests' business
            }
            DiffResult diff = engine.diff(model, model);
            if (!diff.changes().isEmpty() || !diff.added().isEmpty() || !diff.removed().isEmpty()) {
                problems.add(file + ": " + diff.changes() + diff.added() + diff.removed());
            }
            assertThat(DiffReport.of(diff).toJson()).startsWith("{");
            assertThat(MarkdownReport.render(diff, model, model, "a", "b")).contains("## Summary");
        }
        assertThat(problems).isEmpty();
    }
}
