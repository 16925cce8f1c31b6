package com.gapwise.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.ElementKind;
import com.gapwise.model.ProcessModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A MIWG reference model against the same model as each tool exported it: the tools give every element
 * new ids and add, drop or reword names ("Task 1", unnamed event sub-processes, boundary events named by
 * one tool only), so these are two drawings of one process. Some tools drop elements (Bonita, the Camunda
 * Eclipse plug-in): those are rightly removed. What must never happen is the same kind of element with the
 * same name listed as removed and as added in one diff: the matcher missed a pair it had every reason to make
 * (a pool called "IT" read as the stop word "it" was one such miss, a pool whose name one tool dropped another).
 */
class CrossToolDiffTest {

    private static final Path CORPUS = Path.of(System.getProperty("gapwise.repo.root", ".")).resolve("../shared/data/miwg").normalize();

    /** Checked besides flow nodes. (Not lanes: Signavio wraps a pool's content in an unnamed lane of its own.) */
    private static final Set<String> POOLS_AND_DATA = Set.of("participant", "dataStore", "dataStoreReference", "dataObject");

    @Test
    void noFlowNodePoolOrStoreOfAReferenceModelIsBothRemovedAndAddedInAToolsExport() throws Exception {
        List<Path> exports;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            exports = walk.filter(p -> p.getFileName().toString().endsWith("-export.bpmn")).sorted().toList();
        }
        BpmnImporter importer = BpmnImporter.withDefaults();
        DiffEngine engine = DiffEngine.using(ProcessMatcher.withDefaults());
        List<String> problems = new ArrayList<>();
        int diffs = 0;
        int tasksPaired = 0;
        for (Path export : exports) {
            Path reference = CORPUS.resolve("Reference").resolve(export.getFileName().toString().replace("-export", ""));
            if (!Files.exists(reference)) {
                continue;
            }
            ProcessModel current = importer.read(reference);
            ProcessModel future = importer.read(export);
            DiffResult diff = engine.diff(current, future);
            diffs++;
            Set<String> removed = new HashSet<>();
            for (ElementRef ref : diff.removed()) {
                removed.add(ref.type() + " '" + ref.name() + "'");
            }
            for (ElementRef ref : diff.added()) {
                boolean checked = ElementKind.fromXmlName(ref.type()) != null || POOLS_AND_DATA.contains(ref.type());
                if (checked && removed.contains(ref.type() + " '" + ref.name() + "'")) {
                    problems.add(CORPUS.relativize(export) + ": " + ref.type() + " '" + ref.name() + "' removed and added");
                }
            }
            for (Match match : diff.matches()) {
                ElementKind kind = ElementKind.fromXmlName(match.type());
                tasksPaired += kind != null && kind.isTask() ? 1 : 0;
            }
        }
        assertThat(diffs).as("reference/export pairs in the corpus").isGreaterThan(100);
        assertThat(tasksPaired).isGreaterThan(500);
        assertThat(problems).isEmpty();
    }
}
