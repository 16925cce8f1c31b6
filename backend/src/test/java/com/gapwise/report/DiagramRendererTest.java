package com.gapwise.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.diff.DiffEngine;
import com.gapwise.diff.DiffResult;
import com.gapwise.diff.ElementRef;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.Bounds;
import com.gapwise.model.ElementKind;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DiagramRendererTest {

    static Path repoRoot() {
        return Path.of(System.getProperty("gapwise.repo.root", ".."));
    }

    static ProcessModel sample(String process, String state) throws Exception {
        return BpmnImporter.withDefaults().read(repoRoot().resolve("sample-models").resolve(process).resolve(state + ".bpmn"));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The groups drawn for BPMN elements, by BPMN id. */
    static Map<String, Element> groups(Document doc) {
        Map<String, Element> byId = new HashMap<>();
        NodeList gs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (g.hasAttribute("data-bpmn-id")) {
                byId.put(g.getAttribute("data-bpmn-id"), g);
            }
        }
        return byId;
    }

    /** The label drawn in a group: its tspans joined by spaces. */
    static String drawnLabel(Element g) {
        NodeList texts = g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if ("label".equals(t.getAttribute("class"))) {
                List<String> lines = new ArrayList<>();
                NodeList spans = t.getElementsByTagNameNS("http://www.w3.org/2000/svg", "tspan");
                for (int j = 0; j < spans.getLength(); j++) {
                    lines.add(spans.item(j).getTextContent());
                }
                return String.join(" ", lines);
            }
        }
        return "";
    }

    @Test
    void drawsEverySampleAsWellFormedSvgWithEveryTaskLabelAndTheDiffHighlights() throws Exception {
        int drawingsOfAddedThings = 0;
        for (String process : List.of("customer-inquiry", "complaint-resolution", "field-service-appointment",
                "return-refund")) {
            ProcessModel current = sample(process, "current");
            ProcessModel future = sample(process, "future");
            DiffResult diff = DiffEngine.using(ProcessMatcher.withDefaults()).diff(current, future);
            Highlights marks = Highlights.of(diff);

            Document cur = parse(DiagramRenderer.svg(current, marks.current(), "c", 700));
            Document fut = parse(DiagramRenderer.svg(future, marks.future(), "f", 700));
            assertThat(cur.getDocumentElement().getLocalName()).isEqualTo("svg");

            Map<String, Element> futureGroups = groups(fut);
            for (FlowNode n : future.nodes()) {
                if (n.kind().isTask() && n.bounds() != null) {
                    Element g = futureGroups.get(n.id());
                    assertThat(g).as(process + " " + n.id()).isNotNull();
                    String label = drawnLabel(g);
                    // long labels end in an ellipsis when the box is full: what is drawn is the start of the label
                    if (label.endsWith("…")) {
                        assertThat(n.name()).startsWith(label.substring(0, label.length() - 1).strip().split(" ")[0]);
                    } else {
                        assertThat(label).as(process + " " + n.id()).isEqualTo(n.name());
                    }
                    assertThat(g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                            .endsWith(n.name());
                }
            }
            diff.added().stream().filter(a -> futureGroups.containsKey(a.id())).forEach(a ->
                    assertThat(futureGroups.get(a.id()).getAttribute("class")).as(a.id()).contains("hl-added"));
            // an added store has no shape of its own: its drawings carry the mark
            Map<String, String> entities = future.dataEntities();
            for (ElementRef added : diff.added()) {
                for (var d : future.data()) {
                    if (d.bounds() != null && !d.id().equals(added.id()) && added.id().equals(entities.get(d.id()))) {
                        assertThat(futureGroups.get(d.id()).getAttribute("class")).as(d.id()).contains("hl-added");
                        drawingsOfAddedThings++;
                    }
                }
            }
            Map<String, Element> currentGroups = groups(cur);
            diff.removed().stream().filter(r -> currentGroups.containsKey(r.id())).forEach(r ->
                    assertThat(currentGroups.get(r.id()).getAttribute("class")).as(r.id()).contains("hl-removed"));
            // unchanged elements carry no highlight
            for (FlowNode n : future.nodes()) {
                if (!marks.future().containsKey(n.id()) && futureGroups.containsKey(n.id())) {
                    assertThat(futureGroups.get(n.id()).getAttribute("class")).doesNotContain("hl-");
                }
            }
        }
        assertThat(drawingsOfAddedThings).as("drawings of added data stores in the samples").isPositive();
    }


    @Test
    void marksAutomatedAndMovedElementsWithTheirClassAndBadge() throws Exception {
        Bounds lane = new Bounds(0, 0, 600, 120);
        ProcessModel model = model(List.of(
                node("t1", ElementKind.SERVICE_TASK, "Check order", new Bounds(60, 20, 100, 80)),
                node("t2", ElementKind.USER_TASK, "Call customer", new Bounds(220, 20, 100, 80))), lane);
        String svg = DiagramRenderer.svg(model, Map.of("t1", Mark.AUTOMATED, "t2", Mark.MOVED_LANE), "x", 700);
        Map<String, Element> groups = groups(parse(svg));
        assertThat(groups.get("t1").getAttribute("class")).contains("hl-automated").doesNotContain("hl-moved-lane");
        assertThat(groups.get("t2").getAttribute("class")).contains("hl-moved-lane");
        assertThat(groups.get("t1").getTextContent()).contains("A");
        assertThat(groups.get("t2").getAttribute("id")).isEqualTo("x-t2");
        assertThat(groups.get("lane1").getAttribute("class")).isEqualTo("lane");
    }

    @Test
    void modelTextIsEscapedSoMarkupInLabelsStaysText() throws Exception {
        String hostile = "<script>alert('x')</script> & \"co\"";
        ProcessModel model = model(List.of(node("t1", ElementKind.TASK, hostile, new Bounds(60, 20, 300, 80))),
                new Bounds(0, 0, 600, 120));
        String svg = DiagramRenderer.svg(model, Map.of(), "e", 700);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(drawnLabel(groups(doc).get("t1"))).isEqualTo(hostile);
    }

    @Test
    void aModelWithoutDiagramDataDrawsNothing() {
        ProcessModel model = model(List.of(node("t1", ElementKind.TASK, "No DI", null)), null);
        assertThat(DiagramRenderer.svg(model, Map.of(), "n", 700)).isNull();
    }

    private static FlowNode node(String id, ElementKind kind, String name, Bounds b) {
        return new FlowNode(id, kind, name, "p", "lane1", null, List.of(), null, null, true, Map.of(), b);
    }

    private static ProcessModel model(List<FlowNode> nodes, Bounds laneBounds) {
        List<Lane> lanes = laneBounds == null ? List.of()
                : List.of(new Lane("lane1", "Agent <b>", "p", null, nodes.stream().map(FlowNode::id).toList(), laneBounds));
        List<SequenceFlow> flows = nodes.size() < 2 ? List.of()
                : List.of(new SequenceFlow("f1", "", nodes.get(0).id(), nodes.get(1).id(), null, false, "p"));
        return new ProcessModel("d", "", "", List.of(), List.of(), lanes, nodes, flows, List.of(), List.of(), List.of(),
                List.of(), List.of());
    }
}
