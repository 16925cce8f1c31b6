package com.gapwise.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.FlowNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Quality on generated pairs: the generator's truth says which tasks correspond and what changed. */
class GeneratedPairQualityTest {

    private final DiffEngine engine = DiffEngine.using(ProcessMatcher.withDefaults());

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void independentlyDrawnPairsMatchTasksWithHighPrecisionAndRecall(int seed) throws Exception {
        GeneratedPair pair = GeneratedPair.generate(dir, 2000, seed, true);
        DiffResult diff = engine.diff(pair.current(), pair.future());

        Map<String, FlowNode> cNodes = pair.current().nodesById();
        Map<String, FlowNode> fNodes = pair.future().nodesById();
        Set<List<String>> found = diff.matches().stream()
                .filter(m -> cNodes.containsKey(m.current()) && cNodes.get(m.current()).kind().isTask()
                        && fNodes.containsKey(m.future()) && fNodes.get(m.future()).kind().isTask())
                .map(m -> List.of(m.current(), m.future()))
                .collect(Collectors.toSet());
        Set<List<String>> truth = new HashSet<>(pair.truthPairs());
        long correct = found.stream().filter(truth::contains).count();
        double precision = (double) correct / found.size();
        double recall = (double) correct / truth.size();

        assertThat(precision).as("task-match precision").isGreaterThanOrEqualTo(0.98);
        assertThat(recall).as("task-match recall").isGreaterThanOrEqualTo(0.95);
    }

    private static List<String> tasks(List<ElementRef> refs) {
        return refs.stream().filter(r -> r.type().endsWith("Task")).map(ElementRef::id).toList();
    }

    private static long gateways(List<FlowNode> nodes) {
        return nodes.stream().filter(n -> n.kind().isGateway()).count();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7})
    void revisionsReportExactlyTheChangesMade(int seed) throws Exception {
        GeneratedPair pair = GeneratedPair.generate(dir, 2000, seed, false);
        DiffResult diff = engine.diff(pair.current(), pair.future());

        Set<String> expected = new TreeSet<>();
        pair.truthIds("renamed").forEach(id -> expected.add(ChangeType.RENAMED + " " + id));
        pair.truthIds("moved").forEach(id -> expected.add(ChangeType.MOVED_LANE + " " + id));
        pair.truthIds("automated").forEach(id -> expected.add(ChangeType.AUTOMATED + " " + id));
        Set<String> reported = diff.changes().stream().map(c -> c.type() + " " + c.current())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(reported).isEqualTo(expected);
        assertThat(tasks(diff.added())).containsExactlyInAnyOrderElementsOf(pair.truthIds("added"));
        assertThat(tasks(diff.removed())).containsExactlyInAnyOrderElementsOf(pair.truthIds("removed"));
        // the generator puts a decision every ten tasks, so a longer model really has more of them; nothing
        // beyond that difference may show up as added or removed
        long gatewayGrowth = gateways(pair.future().nodes()) - gateways(pair.current().nodes());
        List<ElementRef> addedOther = diff.added().stream().filter(r -> !r.type().endsWith("Task")).toList();
        List<ElementRef> removedOther = diff.removed().stream().filter(r -> !r.type().endsWith("Task")).toList();
        assertThat(addedOther).allMatch(r -> r.type().equals("exclusiveGateway")).hasSize((int) Math.max(0, gatewayGrowth));
        assertThat(removedOther).allMatch(r -> r.type().equals("exclusiveGateway")).hasSize((int) Math.max(0, -gatewayGrowth));
    }
}
