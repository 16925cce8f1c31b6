package com.gapwise.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gapwise.diff.Change;
import com.gapwise.diff.ChangeType;
import com.gapwise.diff.DiffEngine;
import com.gapwise.diff.DiffResult;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.ElementKind;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Petri nets (PNML) and EPCs (EPML) read as the processes they draw, for the command line. */
class InterchangeFormatsTest {

    private final BpmnImporter importer = BpmnImporter.withDefaults().alsoPetriNetsAndEpcs();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = InterchangeFormatsTest.class.getResourceAsStream("/interchange/" + name)) {
            return in.readAllBytes();
        }
    }

    private static List<String> flows(ProcessModel model) {
        return model.sequenceFlows().stream().map(f -> f.sourceId() + " -> " + f.targetId()).toList();
    }

    @Test
    void aPetriNetReadsAsTheProcessItDraws() throws Exception {
        ProcessModel model = importer.read(resource("registration.pnml"), "registration.pnml");
        Map<String, FlowNode> nodes = model.nodesById();
        assertThat(model.name()).isEqualTo("birth registration");
        // transitions are steps under their own ids, labels as drawn (line breaks collapsed, broken words kept)
        assertThat(nodes.get("t_receive").kind()).isEqualTo(ElementKind.TASK);
        assertThat(nodes.get("t_receive").name()).isEqualTo("receive declara- tion");
        assertThat(nodes.get("t_enter").name()).isEqualTo("enter in regis- ter");
        // a silent transition (ProM's "$invisible$") between two places does no work: it is the flow between them
        assertThat(nodes).doesNotContainKey("t_complete");
        // the marked place is the start, the place without output the end
        assertThat(nodes.get("p_start").kind()).isEqualTo(ElementKind.START_EVENT);
        assertThat(nodes.get("p_start").name()).isEqualTo("birth declared");
        assertThat(nodes.get("p_end").kind()).isEqualTo(ElementKind.END_EVENT);
        // a place with two ways in merges, one with two ways out chooses; one in and one out is only a flow
        assertThat(nodes.get("p_received").kind()).isEqualTo(ElementKind.EXCLUSIVE_GATEWAY);
        assertThat(nodes.get("p_checked").kind()).isEqualTo(ElementKind.EXCLUSIVE_GATEWAY);
        assertThat(nodes).doesNotContainKeys("p_ready", "p_certify", "p_notify", "p_certified", "p_notified");
        // a transition with two output places forks, one with two input places joins
        assertThat(nodes.get("t_enter_split").kind()).isEqualTo(ElementKind.PARALLEL_GATEWAY);
        assertThat(nodes.get("t_close_join").kind()).isEqualTo(ElementKind.PARALLEL_GATEWAY);
        assertThat(flows(model)).containsExactlyInAnyOrder(
                "p_start -> t_receive", "t_receive -> p_received", "p_received -> t_check", "t_check -> p_checked",
                "p_checked -> t_request", "t_request -> p_received", "p_checked -> t_enter",
                "t_enter -> t_enter_split", "t_enter_split -> t_certificate", "t_enter_split -> t_notice",
                "t_certificate -> t_close_join", "t_notice -> t_close_join", "t_close_join -> t_close", "t_close -> p_end");
        assertThat(model.taskCount()).isEqualTo(7);
        // the flow between two steps keeps the place's id, an arc's flow the arc's, a silent step's the flow into it
        assertThat(model.sequenceFlows()).extracting(SequenceFlow::id).contains("p_certify", "a1", "a6", "a7")
                .doesNotContain("p_ready");
        assertThat(model.warnings()).singleElement().asString()
                .contains("line 65", "arc 'a19'", "target 'p_nowhere'", "skipped");
    }

    @Test
    void aSilentTransitionThatSkipsAStepIsTheFlowPastIt() throws Exception {
        // the skip a Petri net draws with a silent transition beside a step, as BPMN draws it with a flow beside it;
        // two silent transitions in a row (one named "tau", as converters write it) are one flow, and one going
        // nowhere stays an unnamed step
        String net = """
                <pnml><net id="n"><page id="g">
                <place id="s"><initialMarking><text>1</text></initialMarking></place>
                <transition id="receive"><name><text>receive form</text></name></transition>
                <place id="p"/>
                <transition id="check"><name><text>check form</text></name></transition>
                <transition id="skip"/>
                <place id="q"/>
                <transition id="tau1"><toolspecific tool="ProM" version="6.4" activity="$invisible$"/></transition>
                <place id="r"/>
                <transition id="tau2"><name><text>tau</text></name></transition>
                <place id="t"/>
                <transition id="file"><name><text>file form</text></name></transition>
                <place id="e"/>
                <transition id="loose"/>
                <arc id="a1" source="s" target="receive"/><arc id="a2" source="receive" target="p"/>
                <arc id="a3" source="p" target="check"/><arc id="a4" source="check" target="q"/>
                <arc id="a5" source="p" target="skip"/><arc id="a6" source="skip" target="q"/>
                <arc id="a7" source="q" target="tau1"/><arc id="a8" source="tau1" target="r"/>
                <arc id="a9" source="r" target="tau2"/><arc id="a10" source="tau2" target="t"/>
                <arc id="a11" source="t" target="file"/><arc id="a12" source="file" target="e"/>
                </page></net></pnml>
                """;
        ProcessModel model = importer.read(net.getBytes(StandardCharsets.UTF_8), "skip.pnml");
        Map<String, FlowNode> nodes = model.nodesById();
        assertThat(nodes).doesNotContainKeys("skip", "tau1", "tau2");
        assertThat(nodes.get("loose").kind()).isEqualTo(ElementKind.TASK);
        assertThat(nodes.get("loose").name()).isEmpty();
        assertThat(flows(model)).containsExactlyInAnyOrder("s -> receive", "receive -> p", "p -> check", "check -> q",
                "p -> q", "q -> file", "file -> e");
        assertThat(model.sequenceFlows()).extracting(SequenceFlow::id).doesNotHaveDuplicates();
    }

    @Test
    void wopedsCopiesOfAnOperatorAreTheOneStepItDrew() throws Exception {
        // WoPeD exports an XOR-split operator as one transition per way out, an XOR-join one per way in, each with
        // the step's label; a pair of copies that differ in ways of two places at once is left as it is
        String net = """
                <pnml><net id="n"><page id="g">
                <place id="s"><initialMarking><text>1</text></initialMarking></place>
                <transition id="receive"><name><text>receive claim</text></name></transition>
                <place id="p1"/>
                <transition id="check_op_1"><name><text>check claim</text></name>%s</transition>
                <transition id="check_op_2"><name><text>check claim</text></name>%s</transition>
                <place id="p2"/><place id="p3"/>
                <transition id="request"><name><text>request documents</text></name></transition>
                <transition id="approve"><name><text>approve claim</text></name></transition>
                <place id="p4"/><place id="p5"/>
                <transition id="close_op_1"><name><text>close case</text></name>%s</transition>
                <transition id="close_op_2"><name><text>close case</text></name>%s</transition>
                <place id="e"/>
                <arc id="a1" source="s" target="receive"/><arc id="a2" source="receive" target="p1"/>
                <arc id="a3" source="p1" target="check_op_1"/><arc id="a4" source="check_op_1" target="p2"/>
                <arc id="a5" source="p1" target="check_op_2"/><arc id="a6" source="check_op_2" target="p3"/>
                <arc id="a7" source="p2" target="request"/><arc id="a8" source="request" target="p4"/>
                <arc id="a9" source="p3" target="approve"/><arc id="a10" source="approve" target="p5"/>
                <arc id="a11" source="p4" target="close_op_1"/><arc id="a12" source="close_op_1" target="e"/>
                <arc id="a13" source="p5" target="close_op_2"/><arc id="a14" source="close_op_2" target="e"/>
                </page></net></pnml>
                """.formatted(operator("check", 104), operator("check", 104), operator("close", 105), operator("close", 105));
        ProcessModel model = importer.read(net.getBytes(StandardCharsets.UTF_8), "woped.pnml");
        Map<String, FlowNode> nodes = model.nodesById();
        assertThat(nodes).doesNotContainKeys("check_op_2", "close_op_2");
        assertThat(nodes.get("check_op_1").name()).isEqualTo("check claim");
        assertThat(nodes.get("check_op_1_split").kind()).isEqualTo(ElementKind.EXCLUSIVE_GATEWAY);
        assertThat(nodes.get("close_op_1_join").kind()).isEqualTo(ElementKind.EXCLUSIVE_GATEWAY);
        assertThat(model.taskCount()).isEqualTo(5);
        assertThat(flows(model)).containsExactlyInAnyOrder("s -> receive", "receive -> check_op_1",
                "check_op_1 -> check_op_1_split", "check_op_1_split -> request", "check_op_1_split -> approve",
                "request -> close_op_1_join", "approve -> close_op_1_join", "close_op_1_join -> close_op_1",
                "close_op_1 -> e");

        // the same two copies, one going on to two places at once: a choice between parallel branches, not folded
        String mixed = net.replace("<arc id=\"a4\"", "<place id=\"p6\"/><arc id=\"a4b\" source=\"check_op_1\" target=\"p6\"/>"
                + "<arc id=\"a4\"");
        Map<String, FlowNode> unfolded = importer.read(mixed.getBytes(StandardCharsets.UTF_8), "mixed.pnml").nodesById();
        assertThat(unfolded).containsKeys("check_op_1", "check_op_2");
        assertThat(unfolded).doesNotContainKey("close_op_2");
    }

    private static String operator(String id, int type) {
        return "<toolspecific tool=\"WoPeD\" version=\"1.0\"><operator id=\"" + id + "\" type=\"" + type + "\"/></toolspecific>";
    }

    @Test
    void aSilentTransitionThatOnlyForksOrJoinsIsAGateway() throws Exception {
        String net = """
                <pnml><net id="n"><page id="g">
                <place id="s"><initialMarking><text>1</text></initialMarking></place>
                <transition id="fork"/>
                <place id="a_in"/><place id="b_in"/>
                <transition id="a"><name><text>check identity</text></name></transition>
                <transition id="b"><name><text>check residence</text></name></transition>
                <place id="a_out"/><place id="b_out"/>
                <transition id="meet"/>
                <place id="e"/>
                <arc id="1" source="s" target="fork"/><arc id="2" source="fork" target="a_in"/><arc id="3" source="fork" target="b_in"/>
                <arc id="4" source="a_in" target="a"/><arc id="5" source="b_in" target="b"/><arc id="6" source="a" target="a_out"/>
                <arc id="7" source="b" target="b_out"/><arc id="8" source="a_out" target="meet"/><arc id="9" source="b_out" target="meet"/>
                <arc id="10" source="meet" target="e"/>
                </page></net></pnml>""";
        ProcessModel model = importer.read(net.getBytes(StandardCharsets.UTF_8), "fork.pnml");
        Map<String, FlowNode> nodes = model.nodesById();
        assertThat(nodes.get("fork").kind()).isEqualTo(ElementKind.PARALLEL_GATEWAY);
        assertThat(nodes.get("meet").kind()).isEqualTo(ElementKind.PARALLEL_GATEWAY);
        assertThat(model.taskCount()).isEqualTo(2);
        assertThat(flows(model)).containsExactlyInAnyOrder("s -> fork", "fork -> a", "fork -> b", "a -> meet", "b -> meet",
                "meet -> e");
        assertThat(model.warnings()).isEmpty();
    }

    /**
     * An invoice's booking as an EPC: one function, its unit, the system it is done in (under its own id) and the
     * documents it reads and writes.
     */
    private static String invoiceEpc(String system, int systemId) {
        return """
                <epml:epml xmlns:epml="http://www.epml.de"><epc epcId="1" name="Invoice booking">
                <event id="1"><name>Invoice received</name></event>
                <function id="2"><name>Book invoice</name></function>
                <event id="3"><name>Invoice booked</name></event>
                <participant id="4"><name>Accounts payable</name></participant>
                <application id="%2$d"><name>%1$s</name></application>
                <dataField id="6"><name>Posting record</name></dataField>
                <object id="7" type="input"><name>Invoice</name></object>
                <arc id="10"><flow source="1" target="2"/></arc>
                <arc id="11"><flow source="2" target="3"/></arc>
                <arc id="12"><relation source="4" target="2"/></arc>
                <arc id="13"><relation source="%2$d" target="2"/></arc>
                <arc id="14"><relation source="2" target="6"/></arc>
                <arc id="15"><relation source="2" target="7"/></arc>
                </epc></epml:epml>
                """.formatted(system, systemId);
    }

    @Test
    void anEpcsSystemsAndDataAreTheStoresAndObjectsItsFunctionsUse() throws Exception {
        ProcessModel model = importer.read(invoiceEpc("SAP FI", 5).getBytes(StandardCharsets.UTF_8), "invoice.epml");
        assertThat(model.data()).extracting(d -> d.name() + " " + d.kind())
                .containsExactlyInAnyOrder("SAP FI DATA_STORE", "Posting record DATA_OBJECT", "Invoice DATA_OBJECT");
        // towards the function read, away from it written, unless the object says otherwise
        assertThat(model.dataAssociations()).extracting(a -> a.nodeId() + " " + a.dataId() + " " + a.direction())
                .containsExactlyInAnyOrder("2 5 INPUT", "2 6 OUTPUT", "2 7 INPUT");
        assertThat(model.nodesById()).doesNotContainKeys("5", "6", "7");
        assertThat(model.warnings()).isEmpty();

        // the same booking done in another system: the diff says the function's data changed
        ProcessModel future = importer.read(invoiceEpc("Coupa", 9).getBytes(StandardCharsets.UTF_8), "invoice-future.epml");
        DiffResult diff = DiffEngine.using(ProcessMatcher.withDefaults()).diff(model, future);
        assertThat(diff.changes()).filteredOn(c -> c.type() == ChangeType.DATA_ASSOCIATIONS_CHANGED)
                .extracting(Change::current).containsExactly("2");
    }

    @Test
    void anEpcReadsAsTheProcessItDraws() throws Exception {
        ProcessModel model = importer.read(resource("retirement.epml"), "retirement.epml");
        Map<String, FlowNode> nodes = model.nodesById();
        assertThat(model.name()).isEqualTo("Asset retirement");
        assertThat(nodes.get("1").kind()).isEqualTo(ElementKind.START_EVENT);
        assertThat(nodes.get("2").kind()).isEqualTo(ElementKind.TASK);
        assertThat(nodes.get("2").name()).isEqualTo("Determine residual book value");
        // an event between two functions is the state the first reached
        assertThat(nodes.get("3").kind()).isEqualTo(ElementKind.INTERMEDIATE_THROW_EVENT);
        assertThat(nodes.get("3").name()).isEqualTo("Book value determined");
        assertThat(nodes.get("4").kind()).isEqualTo(ElementKind.EXCLUSIVE_GATEWAY);
        assertThat(nodes.get("9").kind()).isEqualTo(ElementKind.EXCLUSIVE_GATEWAY);
        assertThat(nodes.get("11").kind()).isEqualTo(ElementKind.END_EVENT);
        // organisational units are the lanes of the functions related to them, either way round; no control flow
        assertThat(nodes).doesNotContainKeys("12", "13");
        assertThat(model.lanes()).extracting(Lane::name).containsExactly("Asset accountant", "Asset manager");
        assertThat(model.lanes().get(1).flowNodeIds()).containsExactly("2", "6");
        assertThat(nodes.get("10").laneId()).isEqualTo("12");
        assertThat(nodes.get("6").laneId()).isEqualTo("13");
        assertThat(nodes.get("8").laneId()).isNull();
        assertThat(model.taskCount()).isEqualTo(4);
        assertThat(flows(model)).hasSize(11).contains("3 -> 4", "4 -> 5", "4 -> 7", "6 -> 9", "8 -> 9", "10 -> 11")
                .doesNotContain("10 -> 12", "13 -> 2");
        assertThat(model.warnings()).singleElement().asString().contains("line 33", "'11'", "'99'", "skipped");
    }

    @Test
    void anEpcGatewayOfEachKind() throws Exception {
        String epml = """
                <epml:epml xmlns:epml="http://www.epml.de"><epc epcId="1" name="p">
                <event id="s"><name>Order received</name></event><and id="a"/><function id="f"><name>Pick goods</name></function>
                <function id="g"><name>Print invoice</name></function><or id="o"/><event id="e"><name>Order shipped</name></event>
                <arc id="1"><flow source="s" target="a"/></arc><arc id="2"><flow source="a" target="f"/></arc>
                <arc id="3"><flow source="a" target="g"/></arc><arc id="4"><flow source="f" target="o"/></arc>
                <arc id="5"><flow source="g" target="o"/></arc><arc id="6"><flow source="o" target="e"/></arc>
                </epc></epml:epml>""";
        Map<String, FlowNode> nodes = importer.read(epml.getBytes(StandardCharsets.UTF_8), "order.epml").nodesById();
        assertThat(nodes.get("a").kind()).isEqualTo(ElementKind.PARALLEL_GATEWAY);
        assertThat(nodes.get("o").kind()).isEqualTo(ElementKind.INCLUSIVE_GATEWAY);
        assertThat(nodes.get("e").kind()).isEqualTo(ElementKind.END_EVENT);
    }

    @Test
    void theWorkspaceReadsBpmnOnly() throws Exception {
        // the browser draws BPMN with bpmn-js: the default importer refuses the other formats, as before
        assertThatThrownBy(() -> BpmnImporter.withDefaults().read(resource("registration.pnml"), "registration.pnml"))
                .isInstanceOf(BpmnImportException.class)
                .hasMessageContaining("not a BPMN 2.0 file: root element is <pnml>")
                .hasMessageEndingWith("Petri nets (PNML) and EPCs (EPML) are read by the command line (gapwise diff, inspect)");
        assertThatThrownBy(() -> importer.read("<model/>".getBytes(StandardCharsets.UTF_8), "model.xml"))
                .isInstanceOf(BpmnImportException.class)
                .hasMessageContaining("model.xml:line 1, column 9: not a BPMN 2.0, PNML or EPML file: root element is <model>")
                .hasMessageContaining("(or <pnml>, <epml>)");
    }

    @Test
    void theOtherFormatsAreParsedAsHardenedAsBpmn() {
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE pnml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <pnml><net id="n"><transition id="t"><name><text>&x;</text></name></transition></net></pnml>""";
        assertThatThrownBy(() -> importer.read(hostile.getBytes(StandardCharsets.UTF_8), "hostile.pnml"))
                .isInstanceOf(BpmnImportException.class)
                .satisfies(e -> assertThat(((BpmnImportException) e).code()).isEqualTo(BpmnImportException.Code.DOCTYPE_FORBIDDEN));
        String broken = "<epml><epc epcId=\"1\"><function id=\"f\"><name>Post</name></function></epc>";
        assertThatThrownBy(() -> importer.read(broken.getBytes(StandardCharsets.UTF_8), "broken.epml"))
                .isInstanceOf(BpmnImportException.class)
                .hasMessageContaining("broken.epml:line 1");
    }
}
