package com.gapwise.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.model.ProcessModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The metrics of imported BPMN files: the hand-made examples as XML, and every file of the MIWG corpus. */
class MetricsFromXmlTest {

    private static ProcessModel resource(String name) throws IOException, BpmnImportException {
        try (InputStream in = MetricsFromXmlTest.class.getResourceAsStream("/metrics/" + name)) {
            return BpmnImporter.withDefaults().read(in.readAllBytes(), name);
        }
    }

    @Test
    void importedCollaborationHasTheFiguresOfTheHandBuiltOne() throws Exception {
        ServiceMetrics imported = ServiceMetrics.of(resource("refund-online.bpmn"));
        ServiceMetrics built = ServiceMetrics.of(Examples.refundOnline());

        // the XML and the hand-built model name their flows differently
        assertThat(imported).usingRecursiveComparison().ignoringFields("processes", "handoffFlowIds").isEqualTo(built);
        assertThat(imported.handoffFlowIds()).containsExactly("f2", "f5", "f7", "f9", "f15",
                "m_cp_s", "m_p2_cp", "m_p3_cp", "m_cp_m1", "m_x2_pay");
        assertThat(imported.processes()).singleElement().satisfies(p -> {
            assertThat(p.shortestPath()).isEqualTo(4);
            assertThat(p.longestPath()).isEqualTo(5);
            assertThat(p.loopFlowIds()).containsExactly("f12");
        });
    }

    @Test
    void importedNestedLanesAndSubProcessHaveTheFiguresOfTheHandBuiltOnes() throws Exception {
        ServiceMetrics imported = ServiceMetrics.of(resource("triage-nested.bpmn"));
        ServiceMetrics built = ServiceMetrics.of(Examples.nestedLanesAndSubProcess());

        assertThat(imported).usingRecursiveComparison().ignoringFields("handoffFlowIds").isEqualTo(built);
        assertThat(imported.handoffFlowIds()).containsExactly("sf3", "sf4", "f2", "f5");
    }

    @Test
    void everyCorpusFileGivesConsistentFigures() throws Exception {
        Path corpus = Path.of(System.getProperty("gapwise.repo.root", "..")).resolve("../shared/data/miwg");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        List<String> checked = new ArrayList<>();
        for (Path file : files) {
            ProcessModel model;
            try {
                model = BpmnImporter.withDefaults().read(file);
            } catch (BpmnImportException e) {
                continue; // the importer's own tests judge which files must import
            }
            ServiceMetrics m = ServiceMetrics.of(model);
            String where = corpus.relativize(file).toString();
            assertThat(m.tasks()).as(where).isEqualTo(model.taskCount());
            assertThat(m.manualTasks() + m.automatedTasks()).as(where).isEqualTo(m.tasks());
            assertThat(m.handoffs()).as(where).isEqualTo(m.laneHandoffs() + m.poolHandoffs());
            assertThat(m.minHandoffsPerPath()).as(where).isLessThanOrEqualTo(m.maxHandoffsPerPath());
            assertThat(m.shortestPath()).as(where).isLessThanOrEqualTo(m.longestPath());
            assertThat(m.selfServiceShare()).as(where).isBetween(0.0, 1.0);
            assertThat(m.selfServiceTasks()).as(where).isLessThanOrEqualTo(m.customerFacingTasks());
            assertThat(m.waitingPoints()).as(where).isEqualTo(m.waitingPointDetails().size());
            assertThat(m.maxSystemsPerRole()).as(where)
                    .isEqualTo(m.systemsPerRole().values().stream().mapToInt(List::size).max().orElse(0));
            assertThat(m.lanes().stream().mapToInt(LaneMetrics::tasks).sum()).as(where).isLessThanOrEqualTo(m.tasks());
            checked.add(where);
        }
        assertThat(checked).hasSizeGreaterThan(20);
    }
}
