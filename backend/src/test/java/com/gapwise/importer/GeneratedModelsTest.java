package com.gapwise.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.model.ElementKind;
import com.gapwise.model.FlowNode;
import com.gapwise.model.ProcessModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark generator's files import with the changes its truth file says it made. */
class GeneratedModelsTest {

    @TempDir
    Path dir;

    @Test
    void currentAndFutureMatchTheGeneratorsTruth() throws Exception {
        Path generator = Corpus.root().resolve("../../tools/gen_bpmn.py").normalize();
        assumeThat(generator).exists();
        Process python;
        try {
            python = new ProcessBuilder("python3", generator.toString(), "300", dir.toString(), "--seed", "7")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 is not available: " + e.getMessage());
            return;
        }
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).isZero();

        BpmnImporter importer = BpmnImporter.withDefaults();
        ProcessModel current = importer.read(dir.resolve("current.bpmn"));
        ProcessModel future = importer.read(dir.resolve("future.bpmn"));
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("truth.json").toFile());

        assertThat(current.taskCount()).isEqualTo(300);
        assertThat(current.warnings()).isEmpty();
        assertThat(future.warnings()).isEmpty();
        assertThat(future.taskCount()).isEqualTo(300 - truth.get("removed").size() + truth.get("added").size());
        Map<String, FlowNode> before = current.nodesById();
        Map<String, FlowNode> after = future.nodesById();
        assertThat(current.nodes()).filteredOn(n -> n.kind().isTask())
                .allSatisfy(n -> assertThat(n.laneId()).isNotNull());
        for (JsonNode moved : truth.get("moved")) {
            String id = moved.asText();
            assertThat(after.get(id).laneId()).as("moved %s", id).isNotEqualTo(before.get(id).laneId());
        }
        for (JsonNode automated : truth.get("automated")) {
            String id = automated.asText();
            assertThat(before.get(id).kind()).isEqualTo(ElementKind.USER_TASK);
            assertThat(after.get(id).kind()).isEqualTo(ElementKind.SERVICE_TASK);
        }
        for (JsonNode renamed : truth.get("renamed")) {
            String id = renamed.asText();
            assertThat(after.get(id).name()).isNotEqualTo(before.get(id).name());
        }
    }
}
