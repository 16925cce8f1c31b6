package com.gapwise.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.gapwise.method.Shortlisting.Candidate;
import com.gapwise.method.Shortlisting.Ranked;
import com.gapwise.method.Shortlisting.Rule;
import com.gapwise.method.Shortlisting.WeightedGoal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShortlistingTest {

    static final WeightedGoal COST = new WeightedGoal(1, "Lower cost to serve", 3);
    static final WeightedGoal CSAT = new WeightedGoal(2, "Higher satisfaction", 1);
    static final Candidate COMPLAINTS = new Candidate(10, "Handle complaints", 3);
    static final Candidate BILLING = new Candidate(11, "Billing enquiry", 3);
    static final Candidate ONBOARD = new Candidate(12, "Onboard customer", 3);

    @Test
    void theTotalIsTheWeightedMeanOfTheScores() {
        var result = Shortlisting.rank(List.of(COST, CSAT), List.of(COMPLAINTS),
                Map.of(10L, Map.of(1L, 4, 2L, 2)), new Rule(1, null));
        Ranked r = result.ranking().get(0);
        // (3·4 + 1·2) / (3 + 1) = 14 / 4
        assertThat(r.total()).isCloseTo(3.5, within(1e-12));
        assertThat(r.terms()).extracting(Shortlisting.Term::weighted).containsExactly(12.0, 2.0);
        assertThat(r.explanation()).isEqualTo("(3×4 + 1×2) / (3 + 1) = 14 / 4 = 3.50");
    }

    @Test
    void anUnscoredGoalCountsAsZeroAndIsNamed() {
        var result = Shortlisting.rank(List.of(COST, CSAT), List.of(COMPLAINTS), Map.of(10L, Map.of(2L, 5)),
                new Rule(1, null));
        Ranked r = result.ranking().get(0);
        assertThat(r.total()).isCloseTo(1.25, within(1e-12));
        assertThat(r.terms().get(0).score()).isNull();
        assertThat(r.explanation()).endsWith("not scored (counted as 0): Lower cost to serve");
    }

    @Test
    void weightsNeedNotAddUpToOneOrAHundred() {
        var tenths = Shortlisting.rank(List.of(new WeightedGoal(1, "a", 0.3), new WeightedGoal(2, "b", 0.1)),
                List.of(COMPLAINTS), Map.of(10L, Map.of(1L, 4, 2L, 2)), new Rule(null, 3.5));
        assertThat(tenths.ranking().get(0).total()).isCloseTo(3.5, within(1e-12));
        // 0.3·4 + 0.1·2 is not exactly 1.4 in binary: the threshold it equals on paper still holds
        assertThat(tenths.ranking().get(0).shortlisted()).isTrue();
    }

    @Test
    void noWeightMeansNoTotalRatherThanADivisionByZero() {
        var result = Shortlisting.rank(List.of(new WeightedGoal(1, "a", 0)), List.of(COMPLAINTS),
                Map.of(10L, Map.of(1L, 5)), new Rule(null, 0.0));
        assertThat(result.ranking().get(0).total()).isZero();
        assertThat(result.ranking().get(0).explanation()).contains("weighs 0");
    }

    @Test
    void ranksHighestFirstAndTopNCutsTheList() {
        var result = Shortlisting.rank(List.of(COST, CSAT), List.of(COMPLAINTS, BILLING, ONBOARD),
                Map.of(10L, Map.of(1L, 2, 2L, 2), 11L, Map.of(1L, 5, 2L, 1), 12L, Map.of(1L, 3, 2L, 5)),
                new Rule(2, null));
        // billing (15+1)/4 = 4.0, onboard (9+5)/4 = 3.5, complaints (6+2)/4 = 2.0
        assertThat(result.ranking()).extracting(r -> r.process().name(), Ranked::rank, Ranked::shortlisted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Billing enquiry", 1, true),
                        org.assertj.core.groups.Tuple.tuple("Onboard customer", 2, true),
                        org.assertj.core.groups.Tuple.tuple("Handle complaints", 3, false));
        assertThat(result.shortlisted()).hasSize(2);
        assertThat(result.ruleText()).isEqualTo("top 2");
    }

    @Test
    void aThresholdKeepsEveryProcessAtOrAboveIt() {
        var result = Shortlisting.rank(List.of(COST), List.of(COMPLAINTS, BILLING, ONBOARD),
                Map.of(10L, Map.of(1L, 3), 11L, Map.of(1L, 4), 12L, Map.of(1L, 2)), new Rule(null, 3.0));
        assertThat(result.shortlisted()).extracting(r -> r.process().name())
                .containsExactly("Billing enquiry", "Handle complaints");
    }

    @Test
    void topAndThresholdTogetherMustBothHold() {
        var result = Shortlisting.rank(List.of(COST), List.of(COMPLAINTS, BILLING, ONBOARD),
                Map.of(10L, Map.of(1L, 3), 11L, Map.of(1L, 4), 12L, Map.of(1L, 5)), new Rule(2, 4.5));
        assertThat(result.shortlisted()).extracting(r -> r.process().name()).containsExactly("Onboard customer");
        assertThat(result.ruleText()).isEqualTo("top 2 with a total of at least 4.5");
    }

    @Test
    void tiesBreakByLevelThenNameThenIdWhateverTheInputOrder() {
        Candidate broad = new Candidate(20, "Zeta service", 2);
        Candidate b = new Candidate(21, "beta", 3);
        Candidate a2 = new Candidate(23, "Alpha", 3);
        Candidate a1 = new Candidate(22, "alpha", 3);
        Map<Long, Map<Long, Integer>> scores = Map.of(20L, Map.of(1L, 3), 21L, Map.of(1L, 3), 22L, Map.of(1L, 3),
                23L, Map.of(1L, 3));
        var one = Shortlisting.rank(List.of(COST), List.of(b, a2, broad, a1), scores, new Rule(2, null));
        var two = Shortlisting.rank(List.of(COST), List.of(a1, broad, b, a2), scores, new Rule(2, null));
        assertThat(one.ranking()).extracting(r -> r.process().id()).containsExactly(20L, 22L, 23L, 21L);
        assertThat(two.ranking()).isEqualTo(one.ranking());
        assertThat(one.shortlisted()).extracting(r -> r.process().id()).containsExactly(20L, 22L);
    }

    @Test
    void refusesScoresAndRulesOutsideTheirRange() {
        assertThatThrownBy(() -> Shortlisting.rank(List.of(COST), List.of(COMPLAINTS), Map.of(10L, Map.of(1L, 6)),
                new Rule(1, null))).hasMessageContaining("score 6");
        assertThatThrownBy(() -> new Rule(null, null)).hasMessageContaining("top N");
        assertThatThrownBy(() -> new Rule(-1, null)).hasMessageContaining("top");
        assertThatThrownBy(() -> new Rule(null, 5.5)).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new WeightedGoal(1, "x", -1)).hasMessageContaining("≥ 0");
    }
}
