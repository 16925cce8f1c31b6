package com.gapwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.diff.DiffEngine;
import com.gapwise.diff.DiffResult;
import com.gapwise.diff.Match;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.FlowNode;
import com.gapwise.model.ProcessModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Process-matching data sets come as Petri nets and EPCs: two dev pairs drawn in those styles, written as the PNML
 * and EPML files such tools export ({@code sample-models/tools/interchange.py}), must pair the same steps as their
 * BPMN drawings, under the same ids, through the command line too.
 */
class InterchangeEvalTest {

    private static final Path EVAL = Path.of(System.getProperty("gapwise.repo.root", ".")).resolve("eval/matching");
    private final BpmnImporter importer = BpmnImporter.withDefaults().alsoPetriNetsAndEpcs();

    private Set<String> stepPairs(Path dir, String extension) throws Exception {
        ProcessModel current = importer.read(dir.resolve("current." + extension));
        ProcessModel future = importer.read(dir.resolve("future." + extension));
        Set<String> a = current.nodes().stream().filter(n -> n.kind().isActivity()).map(FlowNode::id).collect(Collectors.toSet());
        Set<String> b = future.nodes().stream().filter(n -> n.kind().isActivity()).map(FlowNode::id).collect(Collectors.toSet());
        List<Match> matches = ProcessMatcher.withDefaults().match(current, future);
        return matches.stream().filter(m -> a.contains(m.current()) && b.contains(m.future()))
                .map(m -> m.current() + " ~ " + m.future()).collect(Collectors.toSet());
    }

    @Test
    void aPetriNetPairAndAnEpcPairPairTheSameStepsAsTheirBpmnDrawings() throws Exception {
        Set<String> petriNets = stepPairs(EVAL.resolve("interchange/residence-pnml"), "pnml");
        assertThat(petriNets).hasSizeGreaterThan(5).isEqualTo(stepPairs(EVAL.resolve("fold-g/residence-petri"), "bpmn"));
        Set<String> epcs = stepPairs(EVAL.resolve("interchange/capex-epml"), "epml");
        assertThat(epcs).hasSizeGreaterThan(3).isEqualTo(stepPairs(EVAL.resolve("fold-s/capex-epc"), "bpmn"));
    }

    @Test
    void aNetAsWopedExportsItDiffsAsTheSameNetDrawnPlainly() throws Exception {
        // the same registration, once with a choice place after "check documents", once with that step drawn as a
        // WoPeD XOR-split operator (exported as one transition per way out): nothing was added, removed or changed
        Path resources = Path.of(System.getProperty("gapwise.repo.root", ".")).resolve("backend/src/test/resources/interchange");
        ProcessModel plain = importer.read(resources.resolve("registration.pnml"));
        ProcessModel woped = importer.read(resources.resolve("registration-woped.pnml"));
        DiffResult diff = DiffEngine.using(ProcessMatcher.withDefaults()).diff(plain, woped);
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.matches()).anyMatch(m -> m.current().equals("t_check") && m.future().equals("t_check_op_1"));
    }

    @Test
    void theCommandLineDiffsPetriNetsAndScoresThemAgainstTheirGold() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path dir = EVAL.resolve("interchange/residence-pnml");
        int status = Cli.run(new String[] {"diff", dir.resolve("current.pnml").toString(), dir.resolve("future.pnml").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        Set<String> transitions = importer.read(dir.resolve("current.pnml")).nodes().stream()
                .filter(n -> n.kind().isTask()).map(FlowNode::id).collect(Collectors.toSet());
        assertThat(json.get("matches").findValuesAsText("current")).anyMatch(transitions::contains);
        // eval-matching reads the gold of such pairs as of any other
        out.reset();
        status = Cli.run(new String[] {"eval-matching", dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("residence-pnml").contains("micro average");
    }
}
