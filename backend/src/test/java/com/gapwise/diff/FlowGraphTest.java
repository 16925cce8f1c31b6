package com.gapwise.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.model.ElementKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The walks to the nearest counting nodes, including the shortcut for a node with one neighbour. */
class FlowGraphTest {

    // T1 -> T2 -> G -> T3, G -> T4 -> T4 (a self-loop), T5 alone
    private final FlowGraph graph = FlowGraph.of(new ModelBuilder()
            .task("T1", "One").task("T2", "Two").node("G", ElementKind.EXCLUSIVE_GATEWAY, "Which?")
            .task("T3", "Three").task("T4", "Four").task("T5", "Five")
            .chain("T1", "T2", "G", "T3").chain("G", "T4", "T4").build());

    private final Predicate<String> tasks = id -> id.startsWith("T");

    @Test
    void stepsCountFromTheStartsAndABoundaryEventLiesWhereItsActivityDoes() {
        // S -> A -> B, a timer on A leads to C; X <-> Y a cycle nothing leads into
        FlowGraph flow = FlowGraph.of(new ModelBuilder().node("S", ElementKind.START_EVENT, "Go").task("A", "A")
                .task("B", "B").timer("E", "A", "PT1H").task("C", "C").task("X", "X").task("Y", "Y")
                .chain("S", "A", "B").chain("E", "C").chain("X", "Y", "X").build());
        Map<String, Integer> steps = flow.stepsFromStarts();
        assertThat(steps).containsExactlyInAnyOrderEntriesOf(Map.of("S", 0, "A", 1, "B", 2, "E", 1, "C", 2));
    }

    @Test
    void aSingleCountingNeighbourIsTheNearest() {
        assertThat(graph.nearest("T1", true, tasks)).containsExactly("T2");
        assertThat(graph.nearest("T2", false, tasks)).containsExactly("T1");
    }

    @Test
    void aSingleNeighbourThatDoesNotCountIsWalkedThrough() {
        assertThat(graph.nearest("T2", true, tasks)).containsExactly("T3", "T4");
        assertThat(graph.nearest("T3", false, tasks)).containsExactly("T2");
    }

    @Test
    void aNodeIsNeverItsOwnNeighbour() {
        // T4's one successor is T4 itself
        assertThat(graph.nearest("T4", true, tasks)).isEmpty();
        assertThat(graph.nearest("T4", false, tasks)).containsExactly("T2");
    }

    @Test
    void aNodeWithoutFlowsHasNoNeighbours() {
        assertThat(graph.nearest("T5", true, tasks)).isEmpty();
        assertThat(graph.within("T5", false, 2, tasks)).isEmpty();
        assertThat(graph.nearest("unknown", true, tasks)).isEmpty();
    }

    @Test
    void withinWalksSeveralCountingSteps() {
        assertThat(graph.within("T1", true, 2, tasks)).containsExactly("T2", "T3", "T4");
        assertThat(graph.within("T1", true, 1, tasks)).isEqualTo(Set.of("T2"));
        assertThat(graph.within("T1", true, 0, tasks)).isEmpty();
    }

    @Test
    void sharedWalksFindWhatAWalkPerNodeFinds() {
        // random graphs with cycles, self-loops, branches and joins; every node asked in both directions, in a
        // random order, with one memo per direction and predicate, as the matcher asks between two pairings
        Random random = new Random(20261124);
        for (int round = 0; round < 300; round++) {
            int size = 2 + random.nextInt(40);
            ModelBuilder builder = new ModelBuilder();
            for (int i = 0; i < size; i++) {
                builder.task("N" + i, "Step " + i);
            }
            int flows = random.nextInt(size * 2 + 1);
            for (int i = 0; i < flows; i++) {
                builder.chain("N" + random.nextInt(size), "N" + random.nextInt(size));
            }
            FlowGraph flow = FlowGraph.of(builder.build());
            double share = random.nextDouble();
            Set<String> counting = new HashSet<>();
            for (int i = 0; i < size; i++) {
                if (random.nextDouble() < share) {
                    counting.add("N" + i);
                }
            }
            Predicate<String> counts = counting::contains;
            Map<String, Set<String>> reachAfter = new HashMap<>();
            Map<String, Set<String>> reachBefore = new HashMap<>();
            List<String> asked = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                asked.add("N" + i);
            }
            Collections.shuffle(asked, random);
            for (String id : asked) {
                for (boolean forward : new boolean[] {true, false}) {
                    Set<String> shared = flow.nearest(id, forward, counts, forward ? reachAfter : reachBefore);
                    assertThat(shared).as("round %d, %s, forward %s", round, id, forward)
                            .containsExactlyElementsOf(flow.nearest(id, forward, counts));
                }
            }
        }
    }

    @Test
    void theNodesOfACycleReachWhatLiesBeyondIt() {
        // T1 -> G1 -> G2 -> G1 (a cycle of gateways) -> T2, and G2 -> T1 back
        FlowGraph loop = FlowGraph.of(new ModelBuilder().task("T1", "One").node("G1", ElementKind.EXCLUSIVE_GATEWAY, "")
                .node("G2", ElementKind.EXCLUSIVE_GATEWAY, "").task("T2", "Two")
                .chain("T1", "G1", "G2", "G1").chain("G2", "T2").chain("G2", "T1").build());
        Map<String, Set<String>> reach = new HashMap<>();
        assertThat(loop.nearest("T1", true, tasks, reach)).containsExactly("T2");
        assertThat(loop.nearest("G1", true, tasks, reach)).containsExactly("T1", "T2");
        assertThat(reach.get("G1")).isSameAs(reach.get("G2"));
    }
}
