package com.gapwise.strategy;

import static com.gapwise.gaps.TestModels.diff;
import static com.gapwise.gaps.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.gapwise.diff.DiffResult;
import com.gapwise.model.ElementKind;
import com.gapwise.model.ProcessModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyEngineTest {

    // The future state adds a portal task, a knowledge task that asks a new credit bureau, and a decision.
    static final ProcessModel CURRENT = model("p").lane("A", "Agent").build();
    static final ProcessModel FUTURE = model("p").lane("A", "Agent")
            .node("t1", ElementKind.USER_TASK, "Search knowledge article", "A")
            .node("t2", ElementKind.SEND_TASK, "Look up credit score", "A")
            .node("g1", ElementKind.EXCLUSIVE_GATEWAY, "Score high enough?", "A")
            .node("t3", ElementKind.USER_TASK, "Offer instalments", "A")
            .flow("g1", "t3", "no").flow("g1", "t1", "yes")
            .pool("P0", "Service", "p").pool("P1", "Credit bureau", null)
            .message("m1", "Credit score request", "t2", "P1").build();
    static final DiffResult DIFF = diff()
            .added("t1", "userTask", "Search knowledge article", "Agent")
            .added("t2", "sendTask", "Look up credit score", "Agent")
            .added("g1", "exclusiveGateway", "Score high enough?", "Agent")
            .added("t3", "userTask", "Offer instalments", "Agent")
            .added("m1", "messageFlow", "Credit score request", null).build();

    static Strategy derive(StrategySettings settings, Decisions decisions) {
        return StrategyEngine.derive(List.of(new ProcessAnalysis("p1", "Payments", CURRENT, FUTURE, DIFF)), settings, decisions);
    }

    static Initiative initiative(Strategy strategy, String key) {
        return strategy.initiatives().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void anInitiativeOfAProcessWhoseFutureRemovesHandOffsScoresHigherAndSaysSo() {
        // Now the agent passes each case to the back office and back; in future the agent does it all.
        ProcessModel current = model("p").lane("A", "Agent").lane("B", "Back office")
                .node("s", ElementKind.START_EVENT, "Call received", "A")
                .node("t1", ElementKind.USER_TASK, "Take call", "A")
                .node("t2", ElementKind.USER_TASK, "Approve refund", "B")
                .node("t3", ElementKind.USER_TASK, "Confirm refund", "A")
                .flow("s", "t1").flow("t1", "t2").flow("t2", "t3").build();
        ProcessModel future = model("p").lane("A", "Agent")
                .node("s", ElementKind.START_EVENT, "Call received", "A")
                .node("t1", ElementKind.USER_TASK, "Take call", "A")
                .node("t2", ElementKind.USER_TASK, "Approve refund", "A")
                .node("t3", ElementKind.USER_TASK, "Confirm refund", "A")
                .flow("s", "t1").flow("t1", "t2").flow("t2", "t3").build();
        DiffResult diff = diff().change(com.gapwise.diff.ChangeType.MOVED_LANE, "t2", "t2", "userTask",
                "Approve refund", "Agent", "Back office", "Agent").match("t1", "t1", "userTask").match("t2", "t2", "userTask")
                .match("t3", "t3", "userTask").build();
        ProcessAnalysis refunds = new ProcessAnalysis("p2", "Refunds", current, future, diff);
        assertThat(refunds.metrics().deltas()).containsEntry("handoffs", -2.0);

        Strategy strategy = StrategyEngine.derive(List.of(refunds), StrategySettings.defaults(), Decisions.none());
        assertThat(strategy.initiatives()).isNotEmpty().allSatisfy(i -> {
            ScorePart impact = ScorerTest.part(i.score(), Criterion.CUSTOMER_IMPACT);
            assertThat(impact.why()).contains("plus 1 for the service: the future state removes 2 hand-offs in 'Refunds'");
            assertThat(impact.raw()).isGreaterThanOrEqualTo(1.0);
        });
    }

    @Test
    void aTaskOnANewInterfaceDependsOnTheIntegrationInitiativeAndFollowsItOnTheRoadmap() {
        Strategy strategy = derive(StrategySettings.defaults(), Decisions.none());
        Initiative knowledge = initiative(strategy, "I-cap-knowledge");
        assertThat(knowledge.dependsOn()).extracting(Dependency::initiativeKey).containsExactly("I-cap-integration");
        assertThat(knowledge.score().parts()).filteredOn(p -> p.criterion() == Criterion.DEPENDENCIES)
                .singleElement().satisfies(p -> assertThat(p.raw()).isEqualTo(1.5));
        int integrationAt = strategy.roadmap().placements().stream()
                .filter(p -> p.initiativeKey().equals("I-cap-integration")).findFirst().orElseThrow().periodIndex();
        int knowledgeAt = strategy.roadmap().placements().stream()
                .filter(p -> p.initiativeKey().equals("I-cap-knowledge")).findFirst().orElseThrow().periodIndex();
        assertThat(knowledgeAt).isGreaterThanOrEqualTo(integrationAt);
    }

    @Test
    void initiativesComeInRankOrderWithEffortAndExplanations() {
        Strategy strategy = derive(StrategySettings.defaults(), Decisions.none());
        assertThat(strategy.initiatives()).extracting(i -> i.score().rank())
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, strategy.initiatives().size()).boxed().toArray(Integer[]::new));
        assertThat(strategy.initiatives()).allSatisfy(i -> {
            assertThat(i.effortReason()).contains("points");
            assertThat(i.score().parts()).hasSize(Criterion.values().length);
            assertThat(i.requirementKeys()).isNotEmpty();
        });
        assertThat(strategy.requirements()).allSatisfy(r -> assertThat(r.initiativeKey()).isNotNull());
    }

    @Test
    void analystEffortAndBadInputsAreAppliedOrReported() {
        StrategySettings settings = new StrategySettings(
                List.of(new Goal("g", "Know more", 1, List.of(), List.of(), List.of("I-cap-nothing"))),
                ScoringModel.defaults(), RoadmapSettings.defaults());
        Decisions decisions = Decisions.none()
                .withEffort("I-cap-knowledge", 40)
                .withEffort("I-cap-gone", 3)
                .withPlacement("I-cap-integration", "2027-05")
                .withDependencies("I-cap-knowledge", List.of("I-cap-knowledge", "I-cap-vanished"));
        Strategy strategy = derive(settings, decisions);
        Initiative knowledge = initiative(strategy, "I-cap-knowledge");
        assertThat(knowledge.effort()).isEqualTo(40);
        assertThat(knowledge.effortReason()).startsWith("set by an analyst");
        assertThat(strategy.staleDecisions()).extracting(StaleDecision::kind, StaleDecision::key).containsExactlyInAnyOrder(
                tuple(DecisionKind.EFFORT, "I-cap-gone"),
                tuple(DecisionKind.PLACEMENT, "I-cap-integration"),
                tuple(DecisionKind.DEPENDENCY, "I-cap-knowledge->I-cap-vanished"));
        assertThat(strategy.warnings()).anySatisfy(w -> assertThat(w).contains("depend on itself"))
                .anySatisfy(w -> assertThat(w).contains("I-cap-nothing"));
        assertThat(strategy.roadmap().issues()).anySatisfy(i ->
                assertThat(i.kind()).isEqualTo(RoadmapIssue.Kind.LARGER_THAN_A_PERIOD));
    }

    @Test
    void processKeysMustBeUnique() {
        ProcessAnalysis one = new ProcessAnalysis("p1", "A", CURRENT, FUTURE, DIFF);
        assertThatThrownBy(() -> StrategyEngine.derive(List.of(one, one), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p1");
    }

    @Test
    void derivesTwentyProcessesOfTwoHundredTasks() {
        // Correctness at scale (the speed figures come from StrategyBenchmark, not from this test).
        List<ProcessAnalysis> processes = new java.util.ArrayList<>();
        for (int p = 0; p < 20; p++) {
            processes.add(StrategyBenchmark.synthetic("process-" + p, 200, new java.util.Random(p)));
        }
        Strategy strategy = StrategyEngine.derive(processes, StrategySettings.defaults(), Decisions.none());
        assertThat(strategy.gaps()).extracting(g -> g.key()).doesNotHaveDuplicates();
        assertThat(strategy.requirements()).extracting(Requirement::key).doesNotHaveDuplicates();
        assertThat(strategy.gaps().stream().map(g -> g.processKey()).distinct()).hasSize(20);
        assertThat(StrategyEngine.derive(processes, StrategySettings.defaults(), Decisions.none())).isEqualTo(strategy);
    }
}
