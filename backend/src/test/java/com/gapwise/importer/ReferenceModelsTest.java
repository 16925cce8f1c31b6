package com.gapwise.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.model.DataAssociation;
import com.gapwise.model.DataElement;
import com.gapwise.model.DataKind;
import com.gapwise.model.ElementKind;
import com.gapwise.model.EventTrigger;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.Pool;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Structural facts of the MIWG reference models, checked against what the files say. */
class ReferenceModelsTest {

    private static final BpmnImporter IMPORTER = BpmnImporter.withDefaults();

    private static ProcessModel read(String name) throws BpmnImportException {
        return IMPORTER.read(Corpus.reference(name));
    }

    private static FlowNode named(ProcessModel model, String name) {
        return model.nodes().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no node named " + name));
    }

    @Test
    void a10IsAStraightLineOfThreeTasks() throws Exception {
        ProcessModel model = read("A.1.0.bpmn");

        assertThat(model.name()).isEqualTo("A.1.0");
        assertThat(model.definitionsId()).isEqualTo("_1373649849716");
        assertThat(model.processes()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("WFP-6-");
            assertThat(p.executable()).isFalse();
        });
        assertThat(model.nodes()).extracting(FlowNode::kind).containsExactly(
                ElementKind.START_EVENT, ElementKind.TASK, ElementKind.TASK, ElementKind.TASK, ElementKind.END_EVENT);
        assertThat(model.nodes()).extracting(FlowNode::name)
                .containsExactly("Start Event", "Task 1", "Task 2", "Task 3", "End Event");
        assertThat(model.sequenceFlows()).hasSize(4);
        // the flows chain start -> 1 -> 2 -> 3 -> end
        Map<String, String> next = model.sequenceFlows().stream()
                .collect(Collectors.toMap(SequenceFlow::sourceId, SequenceFlow::targetId));
        String at = named(model, "Start Event").id();
        StringBuilder path = new StringBuilder();
        while (next.containsKey(at)) {
            at = next.get(at);
            path.append(model.nodesById().get(at).name()).append('|');
        }
        assertThat(path).hasToString("Task 1|Task 2|Task 3|End Event|");
        assertThat(model.nodes()).allSatisfy(n -> assertThat(n.bounds()).isNotNull());
        assertThat(named(model, "Task 1").bounds().width()).isPositive();
        assertThat(model.lanes()).isEmpty();
        assertThat(model.warnings()).isEmpty();
    }

    @Test
    void a30BoundaryEventsAreAttachedWithTheirInterruptingFlag() throws Exception {
        ProcessModel model = read("A.3.0.bpmn");

        FlowNode subProcess = named(model, "Collapsed Sub-Process"); // written "Collapsed&#10;Sub-Process"
        assertThat(subProcess.kind()).isEqualTo(ElementKind.SUB_PROCESS);
        FlowNode message = named(model, "Boundary Intermediate Event Non-Interrupting Message");
        assertThat(message.kind()).isEqualTo(ElementKind.BOUNDARY_EVENT);
        assertThat(message.attachedToId()).isEqualTo(subProcess.id());
        assertThat(message.interrupting()).isFalse();
        assertThat(message.triggers()).containsExactly(EventTrigger.MESSAGE);
        FlowNode escalation = named(model, "Boundary Intermediate Event Interrupting Escalation");
        assertThat(escalation.attachedToId()).isEqualTo(subProcess.id());
        assertThat(escalation.interrupting()).isTrue();
        assertThat(escalation.triggers()).containsExactly(EventTrigger.ESCALATION);
    }

    @Test
    void a40LanesPoolsMessageFlowsAndSubProcessContent() throws Exception {
        ProcessModel model = read("A.4.0.bpmn");

        assertThat(model.processes()).extracting(p -> p.id()).containsExactly("WFP-6-1", "WFP-6-2");
        assertThat(model.pools()).singleElement().satisfies(pool -> {
            assertThat(pool.name()).isEqualTo("Pool");
            assertThat(pool.processId()).isEqualTo("WFP-6-1");
            assertThat(pool.bounds()).isNotNull();
        });
        Map<String, Lane> lanes = model.lanes().stream().collect(Collectors.toMap(Lane::name, l -> l));
        assertThat(lanes).containsOnlyKeys("Lane 1", "Lane 2");
        assertThat(lanes.values()).allSatisfy(l -> assertThat(l.processId()).isEqualTo("WFP-6-2"));
        String lane1 = lanes.get("Lane 1").id();
        String lane2 = lanes.get("Lane 2").id();

        FlowNode sub1 = named(model, "Expanded Sub-Process 1");
        FlowNode sub2 = named(model, "Expanded Sub-Process 2");
        assertThat(sub1.laneId()).isEqualTo(lane1);
        assertThat(sub2.laneId()).isEqualTo(lane2);
        // content of a sub-process: parentId set, lane inherited because the lane does not list it
        FlowNode task4 = named(model, "Task 4");
        assertThat(task4.parentId()).isEqualTo(sub1.id());
        assertThat(task4.laneId()).isEqualTo(lane1);
        assertThat(lanes.get("Lane 1").flowNodeIds()).doesNotContain(task4.id());
        FlowNode task6 = named(model, "Task 6");
        assertThat(task6.parentId()).isEqualTo(sub2.id());
        assertThat(task6.laneId()).isEqualTo(lane2);
        assertThat(named(model, "Task 1").laneId()).isNull();
        assertThat(named(model, "Task 1").processId()).isEqualTo("WFP-6-1");

        assertThat(model.messageFlows()).hasSize(2);
        assertThat(model.messageFlows()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("Message Flow 1");
            assertThat(m.sourceId()).isEqualTo(named(model, "Task 1").id());
            assertThat(m.targetId()).isEqualTo(named(model, "Task 3").id());
        });
        assertThat(model.sequenceFlows()).filteredOn(f -> f.processId().equals("WFP-6-1")).hasSize(3);
    }

    @Test
    void a41TwoPoolsWithTheirProcesses() throws Exception {
        ProcessModel model = read("A.4.1.bpmn");

        assertThat(model.exporter()).isEqualTo("Signavio Process Editor, http://www.signavio.com 7.6.0");
        assertThat(model.pools()).extracting(Pool::name).containsExactly("Pool 1", "Pool 2");
        assertThat(model.pools()).extracting(Pool::processId)
                .containsExactly("sid-34746A54-1D7D-46CA-B219-0C4CEAE51170", "sid-54D696FD-DEDC-45F3-99DB-1404DA433FC4");
        assertThat(model.lanes()).hasSize(3);
        FlowNode task1 = named(model, "Task 1");
        assertThat(task1.processId()).isEqualTo("sid-34746A54-1D7D-46CA-B219-0C4CEAE51170");
        assertThat(task1.laneId()).isEqualTo("sid-4F568BD0-1CB0-4F1C-8729-9DD775B5B37D");
        // Signavio metadata becomes properties
        assertThat(task1.properties()).containsEntry("bgcolor", "#ffffcc").containsKey("risklevel");
        Set<String> processes = model.messageFlows().stream()
                .flatMap(m -> Set.of(m.sourceId(), m.targetId()).stream())
                .map(id -> model.nodesById().get(id).processId())
                .collect(Collectors.toSet());
        assertThat(processes).hasSize(2);
    }

    @Test
    void c91TimerExpressionsAndAttachment() throws Exception {
        ProcessModel model = read("C.9.1.bpmn");

        FlowNode daily = named(model, "daily");
        assertThat(daily.kind()).isEqualTo(ElementKind.BOUNDARY_EVENT);
        assertThat(daily.triggers()).containsExactly(EventTrigger.TIMER);
        assertThat(daily.timer()).isEqualTo("R6/P1D");
        assertThat(daily.interrupting()).isFalse();
        assertThat(daily.attachedToId()).isEqualTo("ReceiveTask_WaitForDocument");
        FlowNode week = named(model, "1 week");
        assertThat(week.timer()).isEqualTo("P7D");
        assertThat(week.interrupting()).isTrue();
        assertThat(model.nodesById().get("ReceiveTask_WaitForDocument").kind()).isEqualTo(ElementKind.RECEIVE_TASK);
    }

    @Test
    void vendorExtensionPropertiesBecomeNodeProperties() throws Exception {
        Path file = Corpus.root().resolve("Bizagi Modeler 2.8.0.8").resolve("A.4.1-roundtrip.bpmn");
        ProcessModel model = IMPORTER.read(file);

        FlowNode end = model.nodesById().get("sid-5F0F3508-96EF-4F9B-9182-64AD17334E23");
        assertThat(end.name()).isEqualTo("End Event 1");
        assertThat(end.properties()).containsEntry("bgColor", "White").containsEntry("borderColor", "Black");
    }

    @Test
    void b10DataAnnotationsAndCallActivities() throws Exception {
        ProcessModel model = read("B.1.0.bpmn");

        assertThat(model.nodes()).filteredOn(n -> n.kind() == ElementKind.CALL_ACTIVITY).hasSize(3);
        assertThat(model.data()).extracting(DataElement::kind)
                .contains(DataKind.DATA_OBJECT_REFERENCE, DataKind.DATA_STORE_REFERENCE);
        DataElement store = model.data().stream().filter(d -> d.kind() == DataKind.DATA_STORE_REFERENCE).findFirst().orElseThrow();
        assertThat(store.bounds()).isNotNull();
        assertThat(model.dataAssociations()).isNotEmpty().allSatisfy(a -> {
            assertThat(model.nodesById()).containsKey(a.nodeId());
            assertThat(a.dataId()).isNotBlank();
        });
        assertThat(model.dataAssociations()).anySatisfy(a -> assertThat(a.dataId()).isEqualTo(store.id()));
        assertThat(model.annotations()).singleElement().satisfies(a -> {
            assertThat(a.text()).isNotBlank();
            assertThat(a.annotatedIds()).isNotEmpty();
        });
        assertThat(model.pools()).hasSize(2);
    }

    @Test
    void c50DataInputsAndOutputsOfActivities() throws Exception {
        ProcessModel model = read("C.5.0.bpmn");

        assertThat(model.data()).filteredOn(d -> d.kind() == DataKind.DATA_OUTPUT)
                .anySatisfy(d -> assertThat(d.name()).isEqualTo("ID document"));
        assertThat(model.dataAssociations()).filteredOn(a -> a.direction() == DataAssociation.Direction.OUTPUT)
                .anySatisfy(a -> assertThat(a.dataId()).isEqualTo("_dca1cc5b-74a4-453f-8ad2-61609dde35ff"));
        assertThat(model.dataAssociations()).filteredOn(a -> a.direction() == DataAssociation.Direction.INPUT)
                .anySatisfy(a -> assertThat(a.dataId()).isEqualTo("_dca1cc5b-74a4-453f-8ad2-61609dde35ff"));
    }
}
