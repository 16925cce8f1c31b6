package com.gapwise.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.gapwise.diff.DiffEngine;
import com.gapwise.diff.DiffResult;
import com.gapwise.diff.Match;
import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.FlowNode;
import com.gapwise.model.ProcessModel;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Coverage-guided fuzzing of matching and diff: the fuzz data builds a current and a future model
 * (tasks and gateways with fuzzed labels and kinds, lanes, flows between fuzzed ends), both go through
 * the real importer, and the diff must neither throw nor break its own invariants. Without
 * {@code JAZZER_FUZZ=1} this replays the seed corpus in {@code DiffFuzzTestInputs/diffsAnyPair}.
 */
class DiffFuzzTest {

    private static final BpmnImporter IMPORTER = BpmnImporter.withDefaults();
    private static final DiffEngine DIFF = DiffEngine.using(ProcessMatcher.withDefaults());
    private static final String[] KINDS = {"task", "userTask", "serviceTask", "manualTask", "sendTask",
        "receiveTask", "exclusiveGateway", "parallelGateway", "intermediateCatchEvent", "subProcess"};

    @FuzzTest(maxDuration = "30s")
    void diffsAnyPair(FuzzedDataProvider data) {
        ProcessModel current = model(data);
        ProcessModel future = model(data);
        if (current == null || future == null) {
            return;
        }
        DiffResult result = DIFF.diff(current, future);
        check(result, current, future);
        // the diff of a model with itself matches every node and changes nothing structural
        DiffResult self = DIFF.diff(current, current);
        if (!self.added().isEmpty() || !self.removed().isEmpty()) {
            throw new AssertionError("a model diffed with itself adds " + self.added() + " and removes " + self.removed());
        }
    }

    private static void check(DiffResult result, ProcessModel current, ProcessModel future) {
        Set<String> currentIds = ids(current);
        Set<String> futureIds = ids(future);
        Set<String> matchedCurrent = new HashSet<>();
        Set<String> matchedFuture = new HashSet<>();
        for (Match m : result.matches()) {
            if (m.current() != null && !currentIds.contains(m.current())) {
                throw new AssertionError("match names a current element that does not exist: " + m);
            }
            if (m.future() != null && !futureIds.contains(m.future())) {
                throw new AssertionError("match names a future element that does not exist: " + m);
            }
            if (Double.isNaN(m.score()) || m.score() < 0 || m.score() > 1.0000001) {
                throw new AssertionError("score out of [0, 1]: " + m);
            }
            if (m.current() != null) {
                matchedCurrent.add(m.current());
            }
            if (m.future() != null) {
                matchedFuture.add(m.future());
            }
        }
        result.removed().forEach(r -> {
            if (matchedCurrent.contains(r.id())) {
                throw new AssertionError("element both matched and removed: " + r);
            }
        });
        result.added().forEach(a -> {
            if (matchedFuture.contains(a.id())) {
                throw new AssertionError("element both matched and added: " + a);
            }
        });
    }

    private static Set<String> ids(ProcessModel model) {
        Set<String> ids = new HashSet<>();
        model.nodes().stream().map(FlowNode::id).forEach(ids::add);
        model.sequenceFlows().forEach(f -> ids.add(f.id()));
        model.lanes().forEach(l -> ids.add(l.id()));
        model.pools().forEach(p -> ids.add(p.id()));
        model.processes().forEach(p -> ids.add(p.id()));
        model.data().forEach(d -> ids.add(d.id()));
        model.messageFlows().forEach(f -> ids.add(f.id()));
        model.annotations().forEach(a -> ids.add(a.id()));
        model.dataAssociations().forEach(a -> ids.add(a.id()));
        return ids;
    }

    /** One model from the fuzz data, or null when the importer refuses it (that is the importer's fuzz target). */
    private static ProcessModel model(FuzzedDataProvider data) {
        int nodes = data.consumeInt(1, 14);
        int lanes = data.consumeInt(0, 3);
        StringBuilder xml = new StringBuilder("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "id=\"d\" targetNamespace=\"urn:fuzz\"><process id=\"p\">");
        List<String> ids = new java.util.ArrayList<>();
        ids.add("start");
        if (lanes > 0) {
            xml.append("<laneSet id=\"ls\">");
            for (int l = 0; l < lanes; l++) {
                xml.append("<lane id=\"lane").append(l).append("\" name=\"").append(text(data, 20)).append("\">");
                for (int n = 0; n < nodes; n++) {
                    if (n % lanes == l) {
                        xml.append("<flowNodeRef>n").append(n).append("</flowNodeRef>");
                    }
                }
                xml.append("</lane>");
            }
            xml.append("</laneSet>");
        }
        xml.append("<startEvent id=\"start\"/>");
        for (int n = 0; n < nodes; n++) {
            String kind = data.pickValue(KINDS);
            // ids may collide on purpose: the importer renames later duplicates
            String id = data.consumeBoolean() ? "n" + n : "n" + data.consumeInt(0, nodes);
            ids.add(id);
            xml.append('<').append(kind).append(" id=\"").append(id).append("\" name=\"").append(text(data, 40))
                    .append("\"/>");
        }
        xml.append("<endEvent id=\"end\"/>");
        ids.add("end");
        int flows = data.consumeInt(0, 2 * nodes + 2);
        for (int f = 0; f < flows; f++) {
            xml.append("<sequenceFlow id=\"f").append(f).append("\" sourceRef=\"").append(data.pickValue(ids))
                    .append("\" targetRef=\"").append(data.consumeBoolean() ? data.pickValue(ids) : "nowhere")
                    .append("\" name=\"").append(text(data, 15)).append("\"/>");
        }
        xml.append("</process></definitions>");
        try {
            return IMPORTER.read(xml.toString().getBytes(StandardCharsets.UTF_8), "fuzz.bpmn");
        } catch (BpmnImportException e) {
            return null;
        }
    }

    /** A fuzzed label as attribute text: XML-escaped, characters XML cannot carry dropped. */
    private static String text(FuzzedDataProvider data, int maxLength) {
        String raw = data.consumeString(maxLength);
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (legal) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
