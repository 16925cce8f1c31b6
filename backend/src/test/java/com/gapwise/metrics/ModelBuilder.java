package com.gapwise.metrics;

import com.gapwise.model.BpmnProcess;
import com.gapwise.model.DataAssociation;
import com.gapwise.model.DataElement;
import com.gapwise.model.DataKind;
import com.gapwise.model.ElementKind;
import com.gapwise.model.EventTrigger;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.MessageFlow;
import com.gapwise.model.Pool;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small process models by hand for tests: nodes go into the current process and sub-process. */
final class ModelBuilder {

    private record LaneDraft(String id, String name, String processId, String parentId, List<String> nodeIds) {
    }

    private final List<BpmnProcess> processes = new ArrayList<>();
    private final List<Pool> pools = new ArrayList<>();
    private final Map<String, LaneDraft> lanes = new LinkedHashMap<>();
    private final List<FlowNode> nodes = new ArrayList<>();
    private final List<SequenceFlow> flows = new ArrayList<>();
    private final List<MessageFlow> messages = new ArrayList<>();
    private final List<DataElement> data = new ArrayList<>();
    private final List<DataAssociation> associations = new ArrayList<>();
    private String process;
    private String parent;

    ModelBuilder process(String id) {
        processes.add(new BpmnProcess(id, "", false));
        process = id;
        parent = null;
        return this;
    }

    ModelBuilder pool(String id, String name, String processId) {
        pools.add(new Pool(id, name, processId, null));
        return this;
    }

    ModelBuilder lane(String id, String name) {
        return lane(id, name, null);
    }

    ModelBuilder lane(String id, String name, String parentLaneId) {
        lanes.put(id, new LaneDraft(id, name, process, parentLaneId, new ArrayList<>()));
        return this;
    }

    /** Following nodes are content of this sub-process (null: back to process level). */
    ModelBuilder inside(String subProcessId) {
        parent = subProcessId;
        return this;
    }

    ModelBuilder node(String id, ElementKind kind, String name, String laneId) {
        return node(id, kind, name, laneId, List.of(), null, null);
    }

    ModelBuilder task(String id, String name, String laneId) {
        return node(id, ElementKind.USER_TASK, name, laneId);
    }

    ModelBuilder event(String id, ElementKind kind, String name, String laneId, EventTrigger trigger, String timer) {
        return node(id, kind, name, laneId, trigger == null ? List.of() : List.of(trigger), timer, null);
    }

    ModelBuilder boundary(String id, String name, String attachedTo, EventTrigger trigger, String timer) {
        return node(id, ElementKind.BOUNDARY_EVENT, name, null, List.of(trigger), timer, attachedTo);
    }

    private ModelBuilder node(String id, ElementKind kind, String name, String laneId, List<EventTrigger> triggers,
            String timer, String attachedTo) {
        nodes.add(new FlowNode(id, kind, name, process, laneId, parent, triggers, timer, attachedTo, true, Map.of(), null));
        if (laneId != null) {
            lanes.get(laneId).nodeIds().add(id);
        }
        return this;
    }

    /** A chain of sequence flows through the given nodes. */
    ModelBuilder flow(String... ids) {
        for (int i = 0; i + 1 < ids.length; i++) {
            flows.add(new SequenceFlow("f_" + ids[i] + "_" + ids[i + 1], "", ids[i], ids[i + 1], null, false,
                    processOf(ids[i])));
        }
        return this;
    }

    ModelBuilder message(String sourceId, String targetId, String name) {
        messages.add(new MessageFlow("m_" + sourceId + "_" + targetId, name, sourceId, targetId));
        return this;
    }

    ModelBuilder store(String id, String name) {
        data.add(new DataElement(id, name, DataKind.DATA_STORE, null, null, null));
        return this;
    }

    ModelBuilder storeReference(String id, String storeId) {
        data.add(new DataElement(id, "", DataKind.DATA_STORE_REFERENCE, process, storeId, null));
        return this;
    }

    ModelBuilder reads(String nodeId, String dataId) {
        associations.add(new DataAssociation("a_" + nodeId + "_" + dataId, nodeId, dataId, DataAssociation.Direction.INPUT));
        return this;
    }

    ModelBuilder writes(String nodeId, String dataId) {
        associations.add(new DataAssociation("a_" + dataId + "_" + nodeId, nodeId, dataId, DataAssociation.Direction.OUTPUT));
        return this;
    }

    private String processOf(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).map(FlowNode::processId).findFirst().orElse(process);
    }

    ProcessModel build() {
        List<Lane> laneList = lanes.values().stream()
                .map(l -> new Lane(l.id(), l.name(), l.processId(), l.parentId(), l.nodeIds(), null))
                .toList();
        return new ProcessModel("defs", "test", "", processes, pools, laneList, nodes, flows, messages, data,
                associations, List.of(), List.of());
    }
}
