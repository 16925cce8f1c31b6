package com.gapwise.strategy;

import static com.gapwise.strategy.ScorerTest.part;
import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.gaps.LaneRoles;
import com.gapwise.metrics.MetricsComparison;
import com.gapwise.metrics.ServiceMetrics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceGainTest {

    /** Metrics with just the figures the scorer reads. */
    static ServiceMetrics metrics(int handoffs, Map<String, List<String>> systemsPerRole, double selfServiceShare) {
        int maxSystems = systemsPerRole.values().stream().mapToInt(List::size).max().orElse(0);
        return new ServiceMetrics(10, 10, 0, handoffs, handoffs, 0, 0, 0, maxSystems, systemsPerRole, List.of(),
                4, (int) Math.round(4 * selfServiceShare), selfServiceShare, 0, 0, List.of(), 3, 5, 0, List.of(),
                List.of(), List.of());
    }

    static final Map<String, List<String>> AGENT_WITH_FOUR = Map.of(
            "Agent", List.of("Billing", "CRM", "ERP", "Mail"), "Back office", List.of("ERP"));
    static final Map<String, List<String>> AGENT_WITH_TWO = Map.of("Agent", List.of("CRM", "Mail"));

    final ServiceGain inquiry = ServiceGain.of("Customer inquiry", new MetricsComparison(
            metrics(7, AGENT_WITH_FOUR, 0.25), metrics(4, AGENT_WITH_TWO, 0.5)));

    @Test
    void gainsAreReadFromTheComparisonForTheRoleWithMostSystems() {
        assertThat(inquiry.handoffsRemoved()).isEqualTo(3);
        assertThat(inquiry.role()).isEqualTo("Agent");
        assertThat(inquiry.systemsBefore()).isEqualTo(4);
        assertThat(inquiry.systemsAfter()).isEqualTo(2);
        assertThat(inquiry.selfServicePoints()).isEqualTo(25);
        // 0.5 x 3 hand-offs + 1 x 2 systems + 2.5 x 0.25 share
        assertThat(inquiry.points()).isEqualTo(4.125);
        assertThat(inquiry.improvement()).isEqualTo("removes 3 hand-offs, cuts the systems of 'Agent' from 4 to 2 and"
                + " raises the self-service share from 25 % to 50 % in 'Customer inquiry'");
    }

    @Test
    void aWorseFutureGivesNoPointsAndNoPraise() {
        ServiceGain worse = ServiceGain.of("Complaints", new MetricsComparison(
                metrics(2, AGENT_WITH_TWO, 0.5), metrics(5, AGENT_WITH_FOUR, 0.0)));
        assertThat(worse.handoffsRemoved()).isEqualTo(-3);
        assertThat(worse.systemsCut()).isEqualTo(-2);
        assertThat(worse.points()).isZero();
        assertThat(worse.improvement()).isNull();
    }

    @Test
    void aRoleThatIsGoneHasNoSystemsLeft() {
        ServiceGain gone = ServiceGain.of("Claims", new MetricsComparison(
                metrics(3, Map.of("Clerk", List.of("ERP")), 0), metrics(3, Map.of(), 0)));
        assertThat(gone.systemsCut()).isEqualTo(1);
        assertThat(gone.points()).isEqualTo(1.0);
        assertThat(gone.improvement()).isEqualTo("cuts the systems of 'Clerk' from 1 to 0 in 'Claims'");
    }

    @Test
    void serviceGainsRaiseCustomerImpactAndTheExplanationGivesTheFigures() {
        ScorerTest fixture = new ScorerTest();
        Score without = Scorer.score(fixture.initiative, fixture.requirements, fixture.gaps, List.of(),
                ScoringModel.defaults());
        ServiceGain small = ServiceGain.of("Returns", new MetricsComparison(
                metrics(5, Map.of(), 0), metrics(3, Map.of(), 0)));
        Score with = Scorer.score(fixture.initiative, fixture.requirements, fixture.gaps, List.of(),
                ScoringModel.defaults(), List.of(small), LaneRoles.DEFAULT);

        ScorePart impact = part(with, Criterion.CUSTOMER_IMPACT);
        assertThat(impact.raw()).isEqualTo(4.33); // 5 x 2/3 + 0.5 x 2 hand-offs
        assertThat(impact.why()).contains("2 of 3 gaps")
                .contains("plus 1 for the service: the future state removes 2 hand-offs in 'Returns'");
        assertThat(with.value()).isEqualTo(2.02); // (0 x 0.40 + 4.333 x 0.35 + 2 x 0.25) / 1.0
        assertThat(with.value()).isGreaterThan(without.value());
        assertThat(with.risk()).isEqualTo(without.risk());
    }

    @Test
    void theServicePartIsCappedAndSoIsTheRating() {
        ScorerTest fixture = new ScorerTest();
        Score score = Scorer.score(fixture.initiative, fixture.requirements, fixture.gaps, List.of(),
                ScoringModel.defaults(), List.of(inquiry, inquiry), LaneRoles.DEFAULT);
        ScorePart impact = part(score, Criterion.CUSTOMER_IMPACT);
        assertThat(impact.raw()).isEqualTo(5.0); // 3.33 + min(2.5, 8.25), at most 5
        assertThat(impact.why()).contains("plus 2.5 for the service").contains("2.5 at most")
                .contains("cuts the systems of 'Agent' from 4 to 2 and raises the self-service share from 25 % to 50 % in 'Customer inquiry'");
    }

    @Test
    void noImprovementLeavesTheRatingAsTheGapsMakeIt() {
        ScorerTest fixture = new ScorerTest();
        ServiceGain none = ServiceGain.of("Returns", new MetricsComparison(
                metrics(3, AGENT_WITH_TWO, 0.5), metrics(3, AGENT_WITH_TWO, 0.5)));
        ScorePart impact = part(Scorer.score(fixture.initiative, fixture.requirements, fixture.gaps, List.of(),
                ScoringModel.defaults(), List.of(none), LaneRoles.DEFAULT), Criterion.CUSTOMER_IMPACT);
        assertThat(impact.raw()).isEqualTo(3.33);
        assertThat(impact.why()).doesNotContain("service");
    }
}
