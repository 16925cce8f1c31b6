package com.gapwise.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsComparisonTest {

    private final MetricsComparison comparison = new MetricsComparison(
            ServiceMetrics.of(Examples.refundByPhone()), ServiceMetrics.of(Examples.refundOnline()));

    @Test
    void deltasAreFutureMinusCurrent() {
        assertThat(comparison.deltas())
                .containsEntry("tasks", -2.0)
                .containsEntry("automatedTasks", 3.0)
                .containsEntry("handoffs", 3.0)
                .containsEntry("maxSystemsPerRole", -1.0)
                .containsEntry("channels", 1.0)
                .containsEntry("selfServiceShare", 1.0)
                .containsEntry("loops", 1.0);
        assertThat(comparison.channelsAdded()).containsExactly("email", "portal");
        assertThat(comparison.channelsRemoved()).containsExactly("phone");
    }

    @Test
    void aStateOpenToAnyChannelLosesNoneTheOtherNames() {
        ServiceMetrics letterAndPhone = withChannels(List.of("letter", "phone"));
        ServiceMetrics any = withChannels(List.of(ServiceMetrics.ANY_CHANNEL));
        ServiceMetrics anyAndPortal = withChannels(List.of(ServiceMetrics.ANY_CHANNEL, "portal"));

        MetricsComparison opened = new MetricsComparison(letterAndPhone, any);
        assertThat(opened.channelsAdded()).containsExactly(ServiceMetrics.ANY_CHANNEL);
        assertThat(opened.channelsRemoved()).isEmpty();
        assertThat(opened.deltas()).containsEntry("channels", 1.0);
        assertThat(opened.toMarkdown()).contains("| Customer channels | 2 (letter, phone) | any | +any channel |\n");

        MetricsComparison narrowed = new MetricsComparison(anyAndPortal, letterAndPhone);
        assertThat(narrowed.channelsAdded()).isEmpty();
        assertThat(narrowed.channelsRemoved()).containsExactly(ServiceMetrics.ANY_CHANNEL, "portal");
        assertThat(narrowed.toMarkdown()).contains("| Customer channels | any (portal) | 2 (letter, phone) | −any channel, −portal |\n");

        assertThat(new MetricsComparison(any, anyAndPortal).toMarkdown())
                .contains("| Customer channels | any | any (portal) | ±0 |\n");
    }

    /** The refund-by-phone figures with other channels. */
    private static ServiceMetrics withChannels(List<String> channels) {
        ServiceMetrics m = ServiceMetrics.of(Examples.refundByPhone());
        return new ServiceMetrics(m.tasks(), m.manualTasks(), m.automatedTasks(), m.handoffs(), m.laneHandoffs(),
                m.poolHandoffs(), m.minHandoffsPerPath(), m.maxHandoffsPerPath(), m.maxSystemsPerRole(),
                m.systemsPerRole(), channels, m.customerFacingTasks(), m.selfServiceTasks(), m.selfServiceShare(),
                m.waitingPoints(), m.slaTimers(), m.waitingPointDetails(), m.shortestPath(), m.longestPath(), m.loops(),
                m.processes(), m.lanes(), m.handoffFlowIds());
    }

    @Test
    void rendersTheBeforeAfterTable() {
        String table = comparison.toMarkdown();

        assertThat(table).startsWith("| metric | current | future | change |\n|---|---:|---:|---:|\n");
        assertThat(table).contains("| Tasks | 8 | 6 | −2 |\n");
        assertThat(table).contains("| Automated tasks | 1 | 4 | +3 |\n");
        assertThat(table).contains("| Most systems per role (swivel chair) | 3 | 2 | −1 |\n");
        assertThat(table).contains("| Customer channels | 1 (phone) | 2 (email, portal) | +email, +portal, −phone |\n");
        assertThat(table).contains("| Self-service share | 0 % | 100 % | +100 pp |\n");
        assertThat(table).contains("| SLA timers | 1 (4 h) | 1 (5 d) | ±0 |\n");
        assertThat(table).contains("| Loops | 0 | 1 | +1 |\n");
        assertThat(table.lines().count()).isEqualTo(2 + 13);
    }

    @Test
    void serialisesAsCurrentAndFutureWithStableFieldNames() throws Exception {
        ObjectMapper json = new ObjectMapper();

        JsonNode tree = json.readTree(json.writeValueAsString(comparison));

        assertThat(tree.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("current", "future");
        JsonNode future = tree.get("future");
        assertThat(future.get("tasks").asInt()).isEqualTo(6);
        assertThat(future.get("selfServiceShare").asDouble()).isEqualTo(1.0);
        assertThat(future.get("channels").toString()).isEqualTo("[\"email\",\"portal\"]");
        assertThat(future.get("systemsPerRole").toString())
                .isEqualTo("{\"Contact Centre Agent\":[\"CRM System\",\"Document archive\"]}");
        assertThat(future.get("waitingPointDetails").get(0).get("durationSeconds").asLong()).isEqualTo(432_000L);
        assertThat(future.get("lanes").get(0).get("laneClass").asText()).isEqualTo("CUSTOMER");
        for (String field : new String[] {"tasks", "manualTasks", "automatedTasks", "handoffs", "maxSystemsPerRole",
            "systemsPerRole", "channels", "selfServiceShare", "waitingPoints", "waitingPointDetails", "shortestPath",
            "longestPath", "loops", "processes", "lanes"}) {
            assertThat(future.has(field)).as(field).isTrue();
        }
        // and back: the records read from their own JSON
        assertThat(json.readValue(json.writeValueAsString(comparison), MetricsComparison.class)).isEqualTo(comparison);
    }
}
