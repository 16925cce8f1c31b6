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
    private static final BpmnImporter INTERCHANGE = BpmnImporter.withDefaults().alsoPetriNetsAndEpcs();

    @FuzzTest(maxDuration = "30s")
    void readsOrRefuses(byte[] xml) {
        // dangling flow ends are kept with a warning by design, so they are not checked here
        readOrRefuse(IMPORTER, xml, false);
    }

    /**
     * The command line's importer, which reads Petri nets (PNML) and EPCs (EPML) too: the same promises, and as the
     * conversions build every flow from two nodes they made, no flow of theirs may name a node the model lacks. Seeds
     * in {@code ImporterFuzzTestInputs/readsPetriNetsAndEpcsOrRefuses}.
     */
    @FuzzTest(maxDuration = "30s")
    void readsPetriNetsAndEpcsOrRefuses(byte[] xml) {
        readOrRefuse(INTERCHANGE, xml, true);
    }

    private static void readOrRefuse(BpmnImporter importer, byte[] xml, boolean convertedFlowsJoinNodes) {
        ProcessModel model;
        try {
            model = importer.read(xml, "fuzz.xml");
        } catch (BpmnImportException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("a refusal must say why", refused);
            }
            return;
        }
        // an accepted model keeps the importer's promises: every node has an id, unique after repair
        var ids = new java.util.HashSet<String>();
        model.nodes().forEach(n -> {
            if (n.id() == null || n.id().isEmpty() || !ids.add(n.id())) {
                throw new AssertionError("node id missing or repeated after repair: '" + n.id() + "'");
            }
        });
        if (convertedFlowsJoinNodes && (model.exporter().equals("PNML") || model.exporter().equals("EPML"))) {
            model.sequenceFlows().forEach(f -> {
                if (!ids.contains(f.sourceId()) || !ids.contains(f.targetId())) {
                    throw new AssertionError("flow '" + f.id() + "' names a node the model lacks");
                }
            });
        }
    }
}
