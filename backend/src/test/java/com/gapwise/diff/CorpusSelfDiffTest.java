package com.gapwise.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.importer.BpmnIds;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.ProcessModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every model of the MIWG corpus (many tools, every BPMN feature) diffed with itself, and with a copy of itself under
 * new ids, shows no difference.
 */
class CorpusSelfDiffTest {

    private static final Path CORPUS = Path.of(System.getProperty("gapwise.repo.root", ".")).resolve("../shared/data/miwg").normalize();

    @Test
    void aModelDiffedWithItselfHasNoChanges() throws Exception {
        List<Path> files = corpus();
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

    /**
     * What a tool does on export: the same model with every id new. Nothing is kept by id, so the matcher pairs it as
     * a model drawn apart, by names, types and flow; it must still pair everything. (Found by this test: unnamed
     * lanes, pools and data objects were listed as removed and added, and their steps as moved to another lane.)
     */
    @Test
    void aModelDiffedWithACopyUnderNewIdsHasNoChanges(@TempDir Path copies) throws Exception {
        BpmnImporter importer = BpmnImporter.withDefaults();
        DiffEngine engine = DiffEngine.using(ProcessMatcher.withDefaults());
        List<String> problems = new ArrayList<>();
        int compared = 0;
        List<Path> files = corpus();
        for (Path file : files) {
            ProcessModel model = importer.read(file);
            String xml = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, String> newIds = new HashMap<>();
            for (String id : BpmnIds.ids(xml)) {
                newIds.put(id, "new_" + (newIds.size() + 1));
            }
            Path copy = Files.writeString(copies.resolve(compared + ".bpmn"), BpmnIds.replace(xml, newIds), StandardCharsets.UTF_8);
            DiffResult diff = engine.diff(model, importer.read(copy));
            compared++;
            if (!diff.changes().isEmpty() || !diff.added().isEmpty() || !diff.removed().isEmpty()) {
                problems.add(CORPUS.relativize(file) + ": " + diff.changes().size() + " changed, " + diff.added().size()
                        + " added, " + diff.removed().size() + " removed: "
                        + Stream.concat(diff.changes().stream().map(c -> c.type() + " " + c.name()),
                                diff.removed().stream().map(r -> "removed " + r.type() + " '" + r.name() + "'")).limit(4).toList());
            }
        }
        assertThat(compared).isEqualTo(files.size()).isGreaterThan(300);
        assertThat(problems).isEmpty();
    }

    private static List<Path> corpus() throws Exception {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
    }
}
