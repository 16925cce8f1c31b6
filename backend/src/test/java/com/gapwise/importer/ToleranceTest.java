package com.gapwise.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.model.ElementKind;
import com.gapwise.model.EventTrigger;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Synthetic files in the ways real exports deviate from the schema: they must import, with warnings
 * where something was repaired.
 */
class ToleranceTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final BpmnImporter IMPORTER = BpmnImporter.withDefaults();

    private static ProcessModel read(String xml) throws BpmnImportException {
        return IMPORTER.read(xml.getBytes(UTF_8), "synthetic.bpmn");
    }

    /** A small process written with the given prefix ("" for the default namespace). */
    private static String smallProcess(String prefix, String definitionsAttributes) {
        String p = prefix.isEmpty() ? "" : prefix + ":";
        String xmlns = prefix.isEmpty() ? "xmlns=\"" + BPMN + "\"" : "xmlns:" + prefix + "=\"" + BPMN + "\"";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <%1$sdefinitions %2$s %3$s id="defs">
                  <%1$sprocess id="proc" isExecutable="true">
                    <%1$sstartEvent id="start"/>
                    <%1$suserTask id="check" name="Check
                       claim"/>
                    <%1$sendEvent id="end"/>
                    <%1$ssequenceFlow id="f1" sourceRef="start" targetRef="check"/>
                    <%1$ssequenceFlow id="f2" sourceRef="check" targetRef="end"/>
                  </%1$sprocess>
                </%1$sdefinitions>
                """.formatted(p, xmlns, definitionsAttributes);
    }

    private static void assertSmallProcess(ProcessModel model) {
        assertThat(model.processes()).singleElement().satisfies(p -> assertThat(p.executable()).isTrue());
        assertThat(model.nodes()).extracting(FlowNode::id).containsExactly("start", "check", "end");
        assertThat(model.nodesById().get("check").kind()).isEqualTo(ElementKind.USER_TASK);
        assertThat(model.nodesById().get("check").name()).isEqualTo("Check claim");
        assertThat(model.sequenceFlows()).extracting(SequenceFlow::sourceId).containsExactly("start", "check");
    }

    @Test
    void missingTargetNamespaceIsAWarning() throws Exception {
        ProcessModel model = read(smallProcess("bpmn", ""));

        assertSmallProcess(model);
        assertThat(model.warnings()).anySatisfy(w -> assertThat(w).contains("targetNamespace").startsWith("line 2:"));
    }

    @Test
    void anyPrefixOrTheDefaultNamespaceReadsTheSame() throws Exception {
        for (String prefix : new String[] {"", "semantic", "ns5", "b"}) {
            ProcessModel model = read(smallProcess(prefix, "targetNamespace=\"urn:t\""));
            assertSmallProcess(model);
            assertThat(model.warnings()).as(prefix).isEmpty();
        }
    }

    @Test
    void legacyNamespaceAndNoNamespaceAreReadWithAWarning() throws Exception {
        String legacy = smallProcess("", "targetNamespace=\"urn:t\"").replace(BPMN, "http://schema.omg.org/spec/BPMN/2.0");
        ProcessModel model = read(legacy);
        assertSmallProcess(model);
        assertThat(model.warnings()).anySatisfy(w -> assertThat(w).contains("non-standard BPMN namespace"));

        String none = smallProcess("", "").replace(" xmlns=\"" + BPMN + "\"", "");
        ProcessModel bare = read(none);
        assertSmallProcess(bare);
        assertThat(bare.warnings()).anySatisfy(w -> assertThat(w).contains("without a namespace"));
    }

    @Test
    void unknownExtensionElementsInStrictPlaces() throws Exception {
        ProcessModel model = read("""
                <definitions xmlns="%s" xmlns:v="http://vendor.example/ext" targetNamespace="urn:t" v:tool="X">
                  <v:header><v:any>thing</v:any></v:header>
                  <process id="proc">
                    <v:processStyle colour="red"/>
                    <startEvent id="start"><v:label>Go</v:label></startEvent>
                    <task id="t1" name="Register" v:owner="Front office">
                      <v:notInExtensionElements deep="1"><v:x/></v:notInExtensionElements>
                      <incoming>f1</incoming>
                    </task>
                    <sequenceFlow id="f1" sourceRef="start" targetRef="t1"><v:bend/></sequenceFlow>
                  </process>
                </definitions>
                """.formatted(BPMN));

        assertThat(model.nodes()).extracting(FlowNode::id).containsExactly("start", "t1");
        assertThat(model.nodesById().get("t1").properties()).containsEntry("owner", "Front office");
        assertThat(model.sequenceFlows()).singleElement().satisfies(f -> assertThat(f.targetId()).isEqualTo("t1"));
        assertThat(model.warnings()).anySatisfy(w -> assertThat(w).contains("schema:"));
    }

    @Test
    void duplicateIdsAreRenamedAndKeepTheirOwnShape() throws Exception {
        ProcessModel model = read("""
                <definitions xmlns="%s" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" targetNamespace="urn:t">
                  <process id="proc">
                    <task id="T" name="First"/>
                    <task id="T" name="Second"/>
                    <sequenceFlow id="f" sourceRef="T" targetRef="T"/>
                  </process>
                  <bpmndi:BPMNDiagram><bpmndi:BPMNPlane bpmnElement="proc">
                    <bpmndi:BPMNShape bpmnElement="T"><dc:Bounds x="10" y="10" width="100" height="80"/></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape bpmnElement="T"><dc:Bounds x="300" y="10" width="100" height="80"/></bpmndi:BPMNShape>
                  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                </definitions>
                """.formatted(BPMN));

        assertThat(model.nodes()).extracting(FlowNode::id).containsExactly("T", "T_2");
        assertThat(model.nodesById().get("T").name()).isEqualTo("First");
        assertThat(model.nodesById().get("T_2").name()).isEqualTo("Second");
        assertThat(model.nodesById().get("T").bounds().x()).isEqualTo(10);
        assertThat(model.nodesById().get("T_2").bounds().x()).isEqualTo(300);
        assertThat(model.warnings()).anySatisfy(w -> assertThat(w)
                .isEqualTo("line 5: duplicate id 'T' (first at line 4) on <task>: renamed to 'T_2'"));
    }

    @Test
    void idsWithSpacesOrIllegalCharactersAndMissingIds() throws Exception {
        ProcessModel model = read("""
                <definitions xmlns="%s" targetNamespace="urn:t">
                  <process id="proc">
                    <task id=" Task 1 " name="Padded"/>
                    <task id="1-starts-with-digit" name="Digit"/>
                    <task id="a/b#c" name="Slashes"/>
                    <task name="No id"/>
                    <sequenceFlow id="f" sourceRef="Task 1" targetRef="a/b#c"/>
                  </process>
                </definitions>
                """.formatted(BPMN));

        assertThat(model.nodes()).extracting(FlowNode::id)
                .containsExactly("Task 1", "1-starts-with-digit", "a/b#c", "_task_line6_col25");
        assertThat(model.sequenceFlows()).singleElement()
                .satisfies(f -> assertThat(f.sourceId()).isEqualTo("Task 1"));
        assertThat(model.warnings()).filteredOn(w -> w.contains("not a valid XML id")).hasSize(3);
        assertThat(model.warnings()).anySatisfy(w -> assertThat(w).startsWith("line 6:").contains("without id"));
        assertThat(model.taskCount()).isEqualTo(4);
    }

    @Test
    void missingDiagramMeansNoBounds() throws Exception {
        ProcessModel model = read(smallProcess("bpmn", "targetNamespace=\"urn:t\""));

        assertThat(model.nodes()).allSatisfy(n -> assertThat(n.bounds()).isNull());
    }

    @Test
    void vendorExtensionBlobsBecomeProperties() throws Exception {
        ProcessModel model = read("""
                <definitions xmlns="%s" xmlns:signavio="http://www.signavio.com" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:aris="http://www.softwareag.com/aris/bpmn2" targetNamespace="urn:t" exporter="ARIS" exporterVersion="10">
                  <process id="proc">
                    <serviceTask id="s" name="Score" camunda:type="external">
                      <extensionElements>
                        <signavio:signavioMetaData metaKey="risklevel" metaValue="high"/>
                        <camunda:properties><camunda:property name="system" value="CRM"/></camunda:properties>
                        <aris:attributes><aris:attribute key="AT_SLA" value="4h"/><aris:note>keep</aris:note></aris:attributes>
                        <aris:unparseable><aris:blob a="1"><aris:deeper/></aris:blob></aris:unparseable>
                      </extensionElements>
                    </serviceTask>
                  </process>
                </definitions>
                """.formatted(BPMN));

        assertThat(model.exporter()).isEqualTo("ARIS 10");
        Map<String, String> properties = model.nodes().get(0).properties();
        assertThat(properties).containsEntry("risklevel", "high").containsEntry("system", "CRM")
                .containsEntry("AT_SLA", "4h").containsEntry("note", "keep").containsEntry("type", "external");
    }

    @Test
    void nestedLanesGiveTheInnermostLaneAndSubProcessContentInherits() throws Exception {
        ProcessModel model = read("""
                <definitions xmlns="%s" targetNamespace="urn:t">
                  <process id="proc">
                    <laneSet id="ls">
                      <lane id="service" name="Customer service">
                        <flowNodeRef>t1</flowNodeRef>
                        <flowNodeRef>sub</flowNodeRef>
                        <childLaneSet id="cls">
                          <lane id="tier1" name="Tier 1"><flowNodeRef>t1</flowNodeRef></lane>
                          <lane id="tier2" name="Tier 2"><flowNodeRef>sub</flowNodeRef></lane>
                        </childLaneSet>
                      </lane>
                      <lane id="backoffice" name="Back office"><flowNodeRef>t2</flowNodeRef></lane>
                    </laneSet>
                    <task id="t1"/>
                    <subProcess id="sub">
                      <userTask id="inner"/>
                      <transaction id="tx"><scriptTask id="deep"/></transaction>
                    </subProcess>
                    <adHocSubProcess id="adhoc"><manualTask id="m"/></adHocSubProcess>
                    <boundaryEvent id="b" attachedToRef="t2"><timerEventDefinition/></boundaryEvent>
                    <task id="t2"/>
                  </process>
                </definitions>
                """.formatted(BPMN));

        Map<String, Lane> lanes = model.lanesById();
        assertThat(lanes.get("tier1").parentLaneId()).isEqualTo("service");
        assertThat(lanes.get("service").parentLaneId()).isNull();
        Map<String, FlowNode> nodes = model.nodesById();
        assertThat(nodes.get("t1").laneId()).isEqualTo("tier1");
        assertThat(nodes.get("sub").laneId()).isEqualTo("tier2");
        assertThat(nodes.get("inner").laneId()).isEqualTo("tier2");
        assertThat(nodes.get("inner").parentId()).isEqualTo("sub");
        assertThat(nodes.get("deep").parentId()).isEqualTo("tx");
        assertThat(nodes.get("deep").laneId()).isEqualTo("tier2");
        assertThat(nodes.get("tx").kind()).isEqualTo(ElementKind.TRANSACTION);
        assertThat(nodes.get("m").parentId()).isEqualTo("adhoc");
        assertThat(nodes.get("m").laneId()).isNull();
        assertThat(nodes.get("t2").laneId()).isEqualTo("backoffice");
        assertThat(nodes.get("b").laneId()).as("boundary event not listed: lane of its activity").isEqualTo("backoffice");
    }

    @Test
    void gatewaysConditionsDefaultsEventsAndPools() throws Exception {
        ProcessModel model = read("""
                <definitions xmlns="%s" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" targetNamespace="urn:t">
                  <collaboration id="c">
                    <participant id="pCustomer" name="Customer"/>
                    <participant id="pService" name="Service desk" processRef="proc"/>
                    <participant id="pGhost" name="Ghost" processRef="missing"/>
                    <messageFlow id="mf" name="Request" sourceRef="pCustomer" targetRef="start"/>
                  </collaboration>
                  <timerEventDefinition id="sharedTimer"><timeDate>2026-01-01T00:00:00Z</timeDate></timerEventDefinition>
                  <process id="proc">
                    <startEvent id="start"><messageEventDefinition/></startEvent>
                    <exclusiveGateway id="gw" default="fNo"/>
                    <sequenceFlow id="fYes" sourceRef="gw" targetRef="t">
                      <conditionExpression xsi:type="tFormalExpression">${amount &gt; 100}</conditionExpression>
                    </sequenceFlow>
                    <sequenceFlow id="fNo" sourceRef="gw" targetRef="end"/>
                    <task id="t"/>
                    <intermediateCatchEvent id="wait"><eventDefinitionRef>sharedTimer</eventDefinitionRef></intermediateCatchEvent>
                    <endEvent id="end"><terminateEventDefinition/></endEvent>
                    <subProcess id="evsub" triggeredByEvent="true">
                      <startEvent id="esc" isInterrupting="false"><escalationEventDefinition/></startEvent>
                    </subProcess>
                    <textAnnotation id="note"><text>Check
                      the amount</text></textAnnotation>
                    <association id="a" sourceRef="gw" targetRef="note"/>
                  </process>
                </definitions>
                """.formatted(BPMN));

        Map<String, SequenceFlow> flows = new java.util.HashMap<>();
        model.sequenceFlows().forEach(f -> flows.put(f.id(), f));
        assertThat(flows.get("fYes").condition()).isEqualTo("${amount > 100}");
        assertThat(flows.get("fYes").isDefault()).isFalse();
        assertThat(flows.get("fNo").isDefault()).isTrue();
        assertThat(flows.get("fNo").processId()).isEqualTo("proc");
        Map<String, FlowNode> nodes = model.nodesById();
        assertThat(nodes.get("start").triggers()).containsExactly(EventTrigger.MESSAGE);
        assertThat(nodes.get("wait").triggers()).containsExactly(EventTrigger.TIMER);
        assertThat(nodes.get("wait").timer()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(nodes.get("end").triggers()).containsExactly(EventTrigger.TERMINATE);
        assertThat(nodes.get("esc").interrupting()).isFalse();
        assertThat(nodes.get("esc").parentId()).isEqualTo("evsub");
        assertThat(model.pools()).extracting(p -> p.processId()).containsExactly(null, "proc", null);
        assertThat(model.warnings()).anySatisfy(w -> assertThat(w).contains("pGhost").contains("unknown process 'missing'"));
        assertThat(model.messageFlows()).singleElement().satisfies(m -> assertThat(m.sourceId()).isEqualTo("pCustomer"));
        assertThat(model.annotations()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Check the amount");
            assertThat(a.annotatedIds()).containsExactly("gw");
        });
    }

    @Test
    void danglingReferencesAreWarningsNotErrors() throws Exception {
        ProcessModel model = read("""
                <definitions xmlns="%s" targetNamespace="urn:t">
                  <process id="proc">
                    <task id="t"/>
                    <sequenceFlow id="f" sourceRef="t" targetRef="ghost"/>
                    <boundaryEvent id="b"/>
                  </process>
                </definitions>
                """.formatted(BPMN));

        assertThat(model.sequenceFlows()).hasSize(1);
        assertThat(model.warnings()).contains("line 4: sequence flow 'f' refers to unknown target 'ghost'");
        assertThat(model.warnings()).anySatisfy(w -> assertThat(w).startsWith("line 5:").contains("attachedToRef"));
    }

    @Test
    void warningsAreCappedForBadlyBrokenFiles() throws Exception {
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            tasks.append("<task id=\"same\"/>\n");
        }
        ProcessModel model = read("<definitions xmlns=\"" + BPMN + "\" targetNamespace=\"urn:t\"><process id=\"p\">\n"
                + tasks + "</process></definitions>");

        assertThat(model.nodes()).hasSize(300);
        assertThat(model.warnings()).hasSize(BpmnImporter.MAX_WARNINGS + 1);
        assertThat(model.warnings().get(BpmnImporter.MAX_WARNINGS)).endsWith("more warnings not listed");
    }

    @Test
    void anEmptyModelImportsWithAWarning() throws Exception {
        ProcessModel model = read("<bpmn2:definitions xmlns:bpmn2=\"" + BPMN + "\" targetNamespace=\"urn:t\">"
                + "<bpmn2:process id=\"Process_1\" isExecutable=\"false\"/></bpmn2:definitions>");

        assertThat(model.processes()).hasSize(1);
        assertThat(model.nodes()).isEmpty();
        assertThat(model.warnings()).containsExactly("the file contains no flow nodes: the model is empty");
    }
}
