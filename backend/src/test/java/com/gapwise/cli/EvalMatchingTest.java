package com.gapwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.diff.Match;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.FlowNode;
import com.gapwise.model.ProcessModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Guards the matcher's quality on independently drawn models against the hand-made gold in
 * eval/matching. The floor is what the matcher honestly reaches, minus a small margin: a drop below it
 * means a change made matching worse.
 */
class EvalMatchingTest {

    private static final Path EVAL = Path.of(System.getProperty("gapwise.repo.root", ".")).resolve("eval/matching");

    @Test
    void activityMatchingStaysAboveTheFloor() throws Exception {
        List<Path> gold = EvalMatchingCommand.goldFiles(List.of(EVAL));
        assertThat(gold).hasSizeGreaterThanOrEqualTo(16);

        List<EvalMatchingCommand.Score> scores = EvalMatchingCommand.evaluate(gold);
        EvalMatchingCommand.Score micro = scores.get(scores.size() - 2);

        assertThat(micro.pair()).isEqualTo("micro average");
        // reached on the 16 pairs: P 0.829, R 0.720, F1 0.771
        assertThat(micro.precision()).as("micro precision").isGreaterThanOrEqualTo(0.79);
        assertThat(micro.recall()).as("micro recall").isGreaterThanOrEqualTo(0.67);
        assertThat(micro.f1()).as("micro F1").isGreaterThanOrEqualTo(0.725);
    }

    @Test
    void lanesAndOutsidePartiesPairAsTheGoldSays() throws Exception {
        // the dev pairs whose gold lists every lane and black box that corresponds (lanePairs)
        List<EvalMatchingCommand.GoldPair> pairs = new java.util.ArrayList<>();
        for (Path file : EvalMatchingCommand.goldFiles(List.of(EVAL, EVAL.resolve("fold-h"), EVAL.resolve("fold-k"),
                EVAL.resolve("fold-r"), EVAL.resolve("fold-s")))) {
            EvalMatchingCommand.GoldPair pair = EvalMatchingCommand.GoldPair.ofJson(file);
            if (pair.lanePairs() != null) {
                pairs.add(pair);
            }
        }
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(10);
        EvalMatchingCommand.LanePairs lanes = new EvalMatchingCommand.LanePairs();
        EvalMatchingCommand.evaluate(pairs, null, new EvalMatchingCommand.OtherPairs(), lanes);
        // reached on the 10 pairs (session 25): 30 of 31 paired, none wrongly; before it, 22 of 26 right
        assertThat(lanes.gold).isGreaterThanOrEqualTo(31);
        assertThat((double) lanes.correct / lanes.predicted).as("lane precision").isGreaterThanOrEqualTo(0.95);
        assertThat((double) lanes.correct / lanes.gold).as("lane recall").isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theMicroF1IntervalComesFromThePairsDrawnAgain() {
        EvalMatchingCommand.Score good = EvalMatchingCommand.Score.of("good", 10, 10, 9);
        EvalMatchingCommand.Score poor = EvalMatchingCommand.Score.of("poor", 10, 10, 3);
        // pairs alike: every resample has the same F1
        assertThat(EvalMatchingCommand.microF1Interval(List.of(good, good, good), 1000, 1)).containsExactly(0.9, 0.9);
        // pairs apart: the interval holds the pooled F1 (0.6) and reaches towards either pair's, never beyond
        double[] interval = EvalMatchingCommand.microF1Interval(List.of(good, poor, good, poor), 10_000, 1);
        assertThat(interval[0]).isGreaterThanOrEqualTo(0.3).isLessThan(0.5);
        assertThat(interval[1]).isGreaterThan(0.7).isLessThanOrEqualTo(0.9);
        // the seed makes a run print what the last one did
        assertThat(EvalMatchingCommand.microF1Interval(List.of(good, poor, good, poor), 10_000, 1)).containsExactly(interval);
        assertThat(EvalMatchingCommand.microF1Interval(List.of(), 100, 1)).containsExactly(0, 0);
    }

    @Test
    void barelyAcceptedPairsDoNotOutweighAClearOne() throws Exception {
        // dev fold N: with the pairs weighed at their full scores, the assignment preferred two barely accepted pairs
        // to one clear pair, and the sports aptitude test's steps slid past their counterparts ("Send test invitation"
        // took the marks in the protocol, "Check HZB" the gymnastics routine)
        Path pair = EVAL.resolve("fold-n/admission-sports");
        ProcessModel current = BpmnImporter.withDefaults().read(pair.resolve("current.bpmn"));
        ProcessModel future = BpmnImporter.withDefaults().read(pair.resolve("future.bpmn"));
        Map<String, String> names = namesById(current);
        Map<String, String> futureNames = namesById(future);
        Map<String, String> pairs = ProcessMatcher.withDefaults().match(current, future).stream()
                .filter(m -> names.containsKey(m.current()) && futureNames.containsKey(m.future()))
                .collect(Collectors.toMap(m -> names.get(m.current()), m -> futureNames.get(m.future()), (x, y) -> x));
        assertThat(pairs).containsEntry("Send test invitation", "Invite the applicant to the sports aptitude examination")
                .containsEntry("Check HZB", "Check whether the applicant holds a higher education entrance qualification");
    }

    /** The named flow nodes' names by their ids. */
    private static Map<String, String> namesById(ProcessModel model) {
        return model.nodes().stream().filter(n -> n.name() != null).collect(Collectors.toMap(FlowNode::id, FlowNode::name));
    }

    @Test
    void eventsAndGatewaysCountAsPairedOrCrossed() {
        EvalMatchingCommand.OtherPairs others = new EvalMatchingCommand.OtherPairs();
        others.add(Set.of("start1 start2", "gw1 gw2", "end1 end2"), List.of(
                match("start1", "start2"),
                match("gw1", "gwX"), // crosses gw1 ~ gw2
                match("gwY", "gw2"), // the same gold pair crossed again: counted once
                match("other1", "other2"))); // in no gold pair: neither right nor wrong
        assertThat(others.gold).isEqualTo(3);
        assertThat(others.found).isEqualTo(1);
        assertThat(others.crossed).isEqualTo(1);
    }

    private static Match match(String current, String future) {
        return new Match(current, future, "exclusiveGateway", 0.5, List.of(), false);
    }
}
