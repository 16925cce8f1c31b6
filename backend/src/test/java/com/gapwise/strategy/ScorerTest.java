package com.gapwise.strategy;

import static com.gapwise.strategy.Fixtures.gap;
import static com.gapwise.strategy.Fixtures.requirement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gapwise.gaps.Gap;
import com.gapwise.gaps.GapType;
import com.gapwise.gaps.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ScorerTest {

    // 3 gaps, 2 customer-facing; 1 interface; 1 role change; 1 new system lane.
    final List<Gap> gaps = List.of(
            gap("G-1", GapType.NEW_CAPABILITY, Severity.HIGH, "t1", "Chat with agent", "Customer", Map.of()),
            gap("G-2", GapType.ROLE_CHANGE, Severity.HIGH, "t2", "Answer chat", "Agent",
                    Map.of("fromLane", "Back office", "toLane", "Agent")),
            gap("G-3", GapType.NEW_ROLE_OR_SYSTEM, Severity.HIGH, "L1", "Chat platform", "Chat platform",
                    Map.of("laneKind", "system")));
    final List<Requirement> requirements = List.of(
            requirement("R-1", "p", RequirementType.FUNCTIONAL, RequirementTopic.CAPABILITY, Capability.OMNICHANNEL_ROUTING, "Customer", List.of("t1")),
            requirement("R-2", "p", RequirementType.FUNCTIONAL, RequirementTopic.INTERFACE, Capability.INTEGRATION, null, List.of("m1")),
            requirement("R-3", "p", RequirementType.BUSINESS, RequirementTopic.REASSIGNMENT, Capability.WORKFORCE, "Agent", List.of("t2")));
    final Initiative initiative = new Initiative("I-cap-omnichannel-routing", "Omnichannel routing", false,
            Initiative.Origin.DERIVED, Capability.OMNICHANNEL_ROUTING, null, "", List.of("R-1", "R-2", "R-3"),
            List.of("G-1", "G-2", "G-3"), List.of("p"), List.of(), 14, "", List.of(new Dependency("I-x", false, "")), null);

    static ScorePart part(Score score, Criterion criterion) {
        return score.parts().stream().filter(p -> p.criterion() == criterion).findFirst().orElseThrow();
    }

    @Test
    void everyCriterionIsRatedByItsDocumentedFormula() {
        Score score = Scorer.score(initiative, requirements, gaps, List.of(), ScoringModel.defaults());
        assertThat(score.parts()).extracting(ScorePart::criterion).containsExactly(Criterion.values());
        assertThat(part(score, Criterion.GOAL_ALIGNMENT).raw()).isZero();
        assertThat(part(score, Criterion.GOAL_ALIGNMENT).why()).contains("no weighted goals");
        assertThat(part(score, Criterion.CUSTOMER_IMPACT).raw()).isEqualTo(3.33);          // 5 x 2/3
        assertThat(part(score, Criterion.CUSTOMER_IMPACT).why()).contains("2 of 3 gaps");
        assertThat(part(score, Criterion.GAPS_CLOSED).raw()).isEqualTo(2.0);               // log2(3 + 1)
        assertThat(part(score, Criterion.COMPLEXITY).raw()).isEqualTo(3.0);                // log2(14/2 + 1)
        assertThat(part(score, Criterion.INTEGRATIONS).raw()).isEqualTo(1.0);
        assertThat(part(score, Criterion.ORGANISATIONAL_CHANGE).raw()).isEqualTo(1.0);     // log2(1 + 1)
        assertThat(part(score, Criterion.NEW_SYSTEMS).raw()).isEqualTo(2.5);
        assertThat(part(score, Criterion.DEPENDENCIES).raw()).isEqualTo(1.5);
        assertThat(score.parts()).allSatisfy(p -> assertThat(p.why()).isNotBlank());
    }

    @Test
    void contributionsAreWeightedSharesAndAddUpToValueAndRisk() {
        Score score = Scorer.score(initiative, requirements, gaps, List.of(), ScoringModel.defaults());
        // value = (0 x 0.40 + 3.333 x 0.35 + 2 x 0.25) / 1.0
        assertThat(score.value()).isEqualTo(1.67);
        // risk = (3 x 0.30 + 1 x 0.20 + 1 x 0.20 + 2.5 x 0.15 + 1.5 x 0.15) / 1.0
        assertThat(score.risk()).isEqualTo(1.9);
        for (ScorePart p : score.parts()) {
            assertThat(p.contribution()).isCloseTo(p.raw() * p.weight(), within(0.011));
        }
        double value = score.parts().stream().filter(p -> p.dimension() == Criterion.Dimension.VALUE)
                .mapToDouble(ScorePart::contribution).sum();
        assertThat(value).isCloseTo(score.value(), within(0.02));
    }

    @Test
    void weightsAreEditableAndOnlyTheirRatioWithinADimensionMatters() {
        Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        weights.put(Criterion.GOAL_ALIGNMENT, 0.0);
        weights.put(Criterion.CUSTOMER_IMPACT, 2.0);
        weights.put(Criterion.GAPS_CLOSED, 2.0);
        Score score = Scorer.score(initiative, requirements, gaps, List.of(),
                new ScoringModel(new TreeMap<>(weights), 2.5, 2.5));
        assertThat(score.value()).isEqualTo(2.67); // (3.333 x 2 + 2 x 2) / 4
        assertThat(part(score, Criterion.CUSTOMER_IMPACT).contribution()).isEqualTo(1.67);
        assertThat(part(score, Criterion.COMPLEXITY).weight()).isEqualTo(0.30); // untouched default
    }

    @Test
    void goalAlignmentByExplicitLinkCapabilityOrKeyword() {
        List<Goal> goals = List.of(
                new Goal("g1", "Faster answers", 3, List.of("chat"), List.of(), List.of()),
                new Goal("g2", "Omnichannel", 1, List.of(), List.of(Capability.OMNICHANNEL_ROUTING), List.of()),
                new Goal("g3", "Sponsor's pick", 2, List.of(), List.of(), List.of("I-cap-omnichannel-routing")),
                new Goal("g4", "Cut costs", 4, List.of("invoice"), List.of(), List.of()));
        ScorePart alignment = part(Scorer.score(initiative, requirements, gaps, goals, ScoringModel.defaults()),
                Criterion.GOAL_ALIGNMENT);
        assertThat(alignment.raw()).isEqualTo(3.0); // 5 x (3 + 1 + 2) / 10
        assertThat(alignment.why()).contains("'Faster answers' (weight 3, keyword 'chat')")
                .contains("capability omnichannel routing").contains("linked by an analyst")
                .doesNotContain("Cut costs").contains("6 of 10");
    }

    @Test
    void quadrantsSplitValueAndRiskAtTheModelsThresholds() {
        // value 1.67, risk 1.90
        assertThat(quadrant(0.5, 2.5)).isEqualTo(Quadrant.QUICK_WIN);
        assertThat(quadrant(1.67, 2.5)).as("at the threshold counts as high").isEqualTo(Quadrant.QUICK_WIN);
        assertThat(quadrant(0.5, 1.0)).isEqualTo(Quadrant.STRATEGIC);
        assertThat(quadrant(4.0, 4.0)).isEqualTo(Quadrant.FILL_IN);
        assertThat(quadrant(4.0, 1.0)).isEqualTo(Quadrant.RECONSIDER);
        Score score = Scorer.score(initiative, requirements, gaps, List.of(), new ScoringModel(null, 4.0, 1.0));
        assertThat(score.quadrantReason()).isEqualTo("value 1.67 < 4.00 and risk 1.90 >= 1.00: reconsider");
    }

    private Quadrant quadrant(double highValueFrom, double highRiskFrom) {
        return Scorer.score(initiative, requirements, gaps, List.of(),
                new ScoringModel(null, highValueFrom, highRiskFrom)).quadrant();
    }
}
