package com.gapwise.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.metrics.SuccessMetricSeeds.Direction;
import com.gapwise.metrics.SuccessMetricSeeds.Seed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuccessMetricSeedsTest {

    /** Metrics with the seedable figures set and everything else empty. */
    private static ServiceMetrics metrics(int handoffs, int manualTasks, int maxSystemsPerRole, double selfServiceShare,
                                          int waitingPoints) {
        return new ServiceMetrics(10, manualTasks, 10 - manualTasks, handoffs, handoffs, 0, 0, handoffs,
                maxSystemsPerRole, Map.of(), List.of(), 4, (int) Math.round(selfServiceShare * 4), selfServiceShare,
                waitingPoints, 0, List.of(), 3, 5, 0, List.of(), List.of(), List.of());
    }

    @Test
    void everyImprovedFigureBecomesAMetricFromCurrentToFuture() {
        MetricsComparison c = new MetricsComparison(metrics(6, 8, 4, 0.25, 3), metrics(2, 3, 1, 0.75, 1));

        List<Seed> seeds = SuccessMetricSeeds.of("Return and refund", c);

        assertThat(seeds).containsExactly(
                new Seed("handoffs", "Hand-offs in 'Return and refund'", "hand-offs", 6, 2, Direction.DECREASE),
                new Seed("manualTasks", "Manual tasks in 'Return and refund'", "tasks", 8, 3, Direction.DECREASE),
                new Seed("maxSystemsPerRole", "Most systems per role in 'Return and refund'", "systems", 4, 1,
                        Direction.DECREASE),
                new Seed("selfServiceShare", "Self-service share in 'Return and refund'", "%", 25, 75,
                        Direction.INCREASE));
    }

    @Test
    void unchangedOrWorseFiguresAreNotSeeded() {
        // hand-offs equal, manual tasks up, systems down, self-service down, waiting points down (never seeded)
        MetricsComparison c = new MetricsComparison(metrics(3, 2, 3, 0.5, 4), metrics(3, 5, 2, 0.2, 0));

        List<Seed> seeds = SuccessMetricSeeds.of("Billing", c);

        assertThat(seeds).extracting(Seed::figure).containsExactly("maxSystemsPerRole");
        assertThat(seeds.get(0).currentValue()).isEqualTo(3);
        assertThat(seeds.get(0).target()).isEqualTo(2);
    }

    @Test
    void selfServiceShareIsAPercentageRoundedLikeTheTable() {
        MetricsComparison c = new MetricsComparison(metrics(1, 1, 1, 1.0 / 3, 0), metrics(1, 1, 1, 2.0 / 3, 0));

        Seed share = SuccessMetricSeeds.of("P", c).get(0);

        assertThat(share.currentValue()).isEqualTo(33);
        assertThat(share.target()).isEqualTo(67);
        assertThat(c.rows().stream().filter(r -> r.key().equals("selfServiceShare")).findFirst().orElseThrow().future())
                .isEqualTo("67 %");
    }
}
