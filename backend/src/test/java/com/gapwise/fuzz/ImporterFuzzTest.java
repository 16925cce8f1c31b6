package com.gapwise.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.model.ProcessModel;

/**
 * Coverage-guided fuzzing of the importer on raw bytes: refusing with {@link BpmnImportException} is
 * the only allowed failure; any other throwable (and a hang or an out-of-memory) is a crash. Without
 * {@code JAZZER_FUZZ=1} this replays the seed corpus in {@code ImporterFuzzTestInputs/readsOrRefuses}.
 */
class ImporterFuzzTest {

    private static final BpmnImporter IMPORTER = BpmnImporter.withDefaults();

    @FuzzTest(maxDuration = "30s")
    void readsOrRefuses(byte[] xml) {
        ProcessModel model;
        try {
            model = IMPORTER.read(xml, "fuzz.bpmn");
        } catch (BpmnImportException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("a refusal must say why", refused);
            }
            return;
        }
        // an accepted model keeps the importer's promises: every node has an id, unique after repair
        // (dangling flow ends are kept with a warning by design, so they are not checked here)
        var ids = new java.util.HashSet<String>();
        model.nodes().forEach(n -> {
            if (n.id() == null || n.id().isEmpty() || !ids.add(n.id())) {
                throw new AssertionError("node id missing or repeated after repair: '" + n.id() + "'");
            }
        });
    }
}
