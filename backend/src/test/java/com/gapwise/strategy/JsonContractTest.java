package com.gapwise.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.gaps.GapStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inputs the API stores as JSON read back to equal values; partial documents take the defaults. */
class JsonContractTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void decisionsRoundTrip() throws Exception {
        Decisions decisions = Decisions.none()
                .withGap("G-1", new GapDecision(GapStatus.DISMISSED, "not in scope"))
                .withRequirementEdit("R-1.capability", new RequirementEdit("Edited", Priority.MUST))
                .withManualMatch(new ManualMatch("p", "a", null))
                .withRequirementMovedTo("R-1.capability", "I-new")
                .withInitiativeName("I-cap-knowledge", "Knowledge base")
                .withMerge("I-cap-feedback", "I-cap-knowledge")
                .withCreatedInitiative("I-new", "New one")
                .withDependencies("I-new", List.of("I-cap-knowledge"))
                .withEffort("I-new", 12)
                .withPlacement("I-new", "2027-Q4");
        assertThat(json.readValue(json.writeValueAsString(decisions), Decisions.class)).isEqualTo(decisions);
    }

    @Test
    void partialDocumentsTakeDefaults() throws Exception {
        Decisions decisions = json.readValue("{\"gaps\":{\"G-1\":{\"status\":\"ACCEPTED\"}},\"dependencies\":{\"I-a\":null}}",
                Decisions.class);
        assertThat(decisions.gaps().get("G-1")).isEqualTo(new GapDecision(GapStatus.ACCEPTED, ""));
        assertThat(decisions.dependencies()).isEmpty();
        assertThat(decisions.placements()).isEmpty();

        ScoringModel scoring = json.readValue("{\"weights\":{\"COMPLEXITY\":0.5}}", ScoringModel.class);
        assertThat(scoring.weight(Criterion.COMPLEXITY)).isEqualTo(0.5);
        assertThat(scoring.weight(Criterion.GOAL_ALIGNMENT)).isEqualTo(0.4);
        assertThat(scoring.highValueFrom()).isEqualTo(2.5);

        RoadmapSettings roadmap = json.readValue("{\"startPeriod\":\"2028-03\",\"unit\":\"MONTH\"}", RoadmapSettings.class);
        assertThat(roadmap.periods()).isEqualTo(8);
        assertThat(roadmap.capacityPerPeriod()).isEqualTo(30);
        assertThat(Periods.labels(roadmap)).startsWith("2028-03", "2028-04");
    }

    @Test
    void settingsRoundTrip() throws Exception {
        StrategySettings settings = new StrategySettings(
                List.of(new Goal("g", "Faster", 2, List.of("wait"), List.of(Capability.SELF_SERVICE), List.of("I-x"))),
                ScoringModel.defaults(), new RoadmapSettings("2027-H1", 4, 20, PeriodUnit.HALF_YEAR));
        assertThat(json.readValue(json.writeValueAsString(settings), StrategySettings.class)).isEqualTo(settings);
    }
}
