package com.gapwise.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.gaps.Gap;
import com.gapwise.gaps.GapFinder;
import com.gapwise.gaps.GapJson;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.metrics.LaneClassifier;
import com.gapwise.metrics.MetricsComparison;
import com.gapwise.metrics.MetricsJson;
import com.gapwise.metrics.WaitingPoint;
import com.gapwise.model.ProcessModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The diff document's gaps and metrics sections are streamed by hand ({@link GapJson}, {@link MetricsJson})
 * so that a CLI run needs no data binding; they must stay exactly what Jackson's data binding writes for
 * the records, field for field and in the same order, or the CLI and the API would drift apart.
 */
class DiffDocumentJsonTest {

    private static final Path SAMPLES = Path.of(System.getProperty("gapwise.repo.root", ".")).resolve("sample-models");
    private static final ObjectMapper DATA_BINDING = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"customer-inquiry", "return-refund", "complaint-resolution", "field-service-appointment"})
    void gapsAndMetricsAreWrittenAsDataBindingWritesThem(String sample) throws Exception {
        BpmnImporter importer = BpmnImporter.withDefaults();
        ProcessModel current = importer.read(SAMPLES.resolve(sample).resolve("current.bpmn"));
        ProcessModel future = importer.read(SAMPLES.resolve(sample).resolve("future.bpmn"));
        DiffResult diff = DiffEngine.using(ProcessMatcher.withDefaults()).diff(current, future);
        List<Gap> gaps = GapFinder.find(sample, current, future, diff);
        MetricsComparison metrics = MetricsComparison.of(current, future, LaneClassifier.withoutOverrides());
        assertThat(gaps).as("the sample yields gaps to compare").hasSizeGreaterThan(3);

        assertThat(DiffReport.toJson(json -> GapJson.write(json, gaps))).isEqualTo(DATA_BINDING.writeValueAsString(gaps));
        for (Gap gap : gaps) {
            assertThat(GapJson.toJson(gap)).isEqualTo(DATA_BINDING.writeValueAsString(gap));
        }
        assertThat(DiffReport.toJson(json -> MetricsJson.write(json, metrics)))
                .isEqualTo(DATA_BINDING.writeValueAsString(metrics));
    }

    @org.junit.jupiter.api.Test
    void theSamplesCoverWaitingPointsWithAndWithoutADuration() throws Exception {
        // the optional fields of a waiting point are only compared above if the samples have both kinds
        BpmnImporter importer = BpmnImporter.withDefaults();
        List<WaitingPoint> points = new java.util.ArrayList<>();
        for (String sample : List.of("customer-inquiry", "return-refund", "complaint-resolution", "field-service-appointment")) {
            for (String state : List.of("current.bpmn", "future.bpmn")) {
                points.addAll(com.gapwise.metrics.ServiceMetrics.of(importer.read(SAMPLES.resolve(sample).resolve(state)))
                        .waitingPointDetails());
            }
        }
        assertThat(points).anyMatch(p -> p.durationSeconds() != null).anyMatch(p -> p.durationSeconds() == null);
    }

    @org.junit.jupiter.api.Test
    void scoresAreWrittenAsJacksonWritesADouble() {
        // the matches section writes each distinct score's text once; the text must be Jackson's own
        double[] scores = {0.925, 1.0, 0.0, 0.1 + 0.2, 1.0E-4, 0.925, 123456789.125, Double.NaN};
        List<Match> matches = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            matches.add(new Match("c" + i, "f" + i, "task", scores[i], List.of(), false));
        }
        String json = DiffReport.of(new DiffResult(matches, List.of(), List.of(), List.of())).toJson();
        for (int i = 0; i < scores.length; i++) {
            double score = scores[i];
            String jacksons = DiffReport.toJson(generator -> generator.writeNumber(score));
            assertThat(json).contains("\"future\" : \"f" + i + "\",\n    \"type\" : \"task\",\n    \"score\" : " + jacksons + ",");
        }
        assertThat(json).contains("\"score\" : 0.30000000000000004,").contains("\"score\" : \"NaN\",");
    }

    @org.junit.jupiter.api.Test
    void pairsToCheckAndChangesInWordsAreDecidedByTheServer() throws Exception {
        // the diff view reads both from the document rather than keeping its own line and wording
        List<Match> matches = List.of(new Match("weak", "W", "task", 0.26, List.of("fills the same gap in the flow"), false),
                new Match("firm", "F", "task", 0.8, List.of("labels equal"), false),
                new Match("chosen", "C", "task", 0.1, List.of("paired by the analyst"), true));
        List<Change> changes = List.of(new Change(ChangeType.DE_AUTOMATED, "weak", "W", "userTask", "Check", "Office",
                "serviceTask", "userTask"));
        com.fasterxml.jackson.databind.JsonNode doc = DATA_BINDING.readTree(
                DiffReport.of(new DiffResult(matches, List.of(), List.of(), changes)).toJson());
        assertThat(doc.get("matches").findValuesAsText("current")).containsExactly("weak", "firm", "chosen");
        assertThat(doc.get("matches").get(0).path("toCheck").asBoolean()).isTrue();
        assertThat(doc.get("matches").get(1).has("toCheck")).isFalse();
        assertThat(doc.get("matches").get(2).has("toCheck")).as("an analyst's pair is no guess").isFalse();
        assertThat(doc.get("changes").get(0).get("inWords").asText()).isEqualTo("de-automated");
    }
}
