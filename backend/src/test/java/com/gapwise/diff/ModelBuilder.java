package com.gapwise.diff;

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

/** Builds small process models in test code: lanes, nodes in lanes, a chain of flows. */
public final class ModelBuilder {

    private static final String PROCESS = "Process_1";

    private final Map<String, String> laneNames = new LinkedHashMap<>();
    private final Map<String, List<String>> laneMembers = new LinkedHashMap<>();
    private final List<FlowNode> nodes = new ArrayList<>();
    private final List<SequenceFlow> flows = new ArrayList<>();
    private final List<MessageFlow> messageFlows = new ArrayList<>();
    private final List<Pool> pools = new ArrayList<>();
    private final List<DataElement> data = new ArrayList<>();
    private final List<DataAssociation> dataAssociations = new ArrayList<>();
    private String currentLane;
    private Pool mainPool = new Pool("Participant_1", "Customer Service", PROCESS, null);

    public ModelBuilder lane(String id, String name) {
        laneNames.put(id, name);
        laneMembers.put(id, new ArrayList<>());
        currentLane = id;
        return this;
    }

    public ModelBuilder node(String id, ElementKind kind, String name) {
        return add(new FlowNode(id, kind, name, PROCESS, currentLane, null, List.of(), null, null, true, Map.of(), null));
    }

    /** A node inside the sub-process {@code parentId}. */
    public ModelBuilder inside(String parentId, String id, ElementKind kind, String name) {
        return add(new FlowNode(id, kind, name, PROCESS, currentLane, parentId, List.of(), null, null, true, Map.of(), null));
    }

    public ModelBuilder task(String id, String name) {
        return node(id, ElementKind.USER_TASK, name);
    }

    public ModelBuilder timer(String id, String attachedTo, String expression) {
        return timer(id, attachedTo, expression, "");
    }

    public ModelBuilder timer(String id, String attachedTo, String expression, String name) {
        return add(new FlowNode(id, ElementKind.BOUNDARY_EVENT, name, PROCESS, currentLane, null, List.of(EventTrigger.TIMER),
                expression, attachedTo, true, Map.of(), null));
    }

    private ModelBuilder add(FlowNode node) {
        nodes.add(node);
        if (currentLane != null) {
            laneMembers.get(currentLane).add(node.id());
        }
        return this;
    }

    /** Sequence flows along the given ids, in order. */
    public ModelBuilder chain(String... ids) {
        for (int i = 0; i + 1 < ids.length; i++) {
            flows.add(new SequenceFlow("Flow_" + ids[i] + "_" + ids[i + 1], "", ids[i], ids[i + 1], null, false, PROCESS));
        }
        return this;
    }

    public ModelBuilder branch(String gateway, String target, String label) {
        flows.add(new SequenceFlow("Flow_" + gateway + "_" + target, label, gateway, target, null, false, PROCESS));
        return this;
    }

    /** The pool that shows the process (by default "Customer Service", {@code Participant_1}). */
    public ModelBuilder mainPool(String id, String name) {
        mainPool = new Pool(id, name, PROCESS, null);
        return this;
    }

    public ModelBuilder pool(String id, String name) {
        pools.add(new Pool(id, name, null, null));
        return this;
    }

    public ModelBuilder message(String id, String from, String to) {
        messageFlows.add(new MessageFlow(id, "", from, to));
        return this;
    }

    public ModelBuilder store(String id, String name) {
        data.add(new DataElement(id, name, DataKind.DATA_STORE_REFERENCE, PROCESS, null, null));
        return this;
    }

    /** A data store declared once (as Signavio writes it), drawn by {@link #drawing} references. */
    public ModelBuilder declaredStore(String id, String name) {
        data.add(new DataElement(id, name, DataKind.DATA_STORE, null, null, null));
        return this;
    }

    /** A data store reference drawing the declared store {@code storeId}. */
    public ModelBuilder drawing(String id, String name, String storeId) {
        data.add(new DataElement(id, name, DataKind.DATA_STORE_REFERENCE, PROCESS, storeId, null));
        return this;
    }

    public ModelBuilder reads(String nodeId, String dataId) {
        dataAssociations.add(new DataAssociation("DA_" + dataId + "_" + nodeId, nodeId, dataId, DataAssociation.Direction.INPUT));
        return this;
    }

    public ModelBuilder writes(String nodeId, String dataId) {
        dataAssociations.add(new DataAssociation("DA_" + nodeId + "_" + dataId, nodeId, dataId, DataAssociation.Direction.OUTPUT));
        return this;
    }

    public ProcessModel build() {
        List<Lane> lanes = new ArrayList<>();
        laneNames.forEach((id, name) -> lanes.add(new Lane(id, name, PROCESS, null, laneMembers.get(id), null)));
        List<Pool> allPools = new ArrayList<>(pools);
        allPools.add(mainPool);
        return new ProcessModel("Defs", "", "test", List.of(new BpmnProcess(PROCESS, "", false)), allPools, lanes, nodes, flows,
                messageFlows, data, dataAssociations, List.of(), List.of());
    }
}
