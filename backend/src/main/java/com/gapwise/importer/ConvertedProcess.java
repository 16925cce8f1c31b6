package com.gapwise.importer;

import com.gapwise.model.BpmnProcess;
import com.gapwise.model.ElementKind;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The process graph of a model drawn in another notation (a Petri net, an EPC), built up node by node as the
 * BPMN reading of it: what the matcher and the diff read, with the source's ids kept wherever an element of
 * the source becomes one node, so that a diff names the elements as the source file does.
 */
final class ConvertedProcess {

    private final String processId;
    private final List<String> warnings;
    /** Every id given out in the file, across its processes: BPMN ids are unique per file. */
    private final Set<String> ids;
    private final List<FlowNode> nodes = new ArrayList<>();
    private final List<SequenceFlow> flows = new ArrayList<>();
    private final List<Lane> lanes = new ArrayList<>();
    /** The lane of each node put in one. */
    private final Map<String, String> laneOf = new HashMap<>();

    ConvertedProcess(String processId, Set<String> ids, List<String> warnings) {
        this.processId = processId;
        this.ids = ids;
        this.warnings = warnings;
    }

    /** Adds a node and returns its id: the one asked for, or, where another element has it, a new one. */
    String node(String id, ElementKind kind, String name) {
        String unique = unique(id);
        nodes.add(new FlowNode(unique, kind, name, processId, null, null, List.of(), null, null, true, Map.of(), null));
        return unique;
    }

    /** Adds a lane holding these nodes (each in one lane only: a node already in one stays there). */
    void lane(String id, String name, List<String> nodeIds) {
        String unique = unique(id);
        List<String> members = new ArrayList<>();
        for (String node : nodeIds) {
            if (laneOf.putIfAbsent(node, unique) == null) {
                members.add(node);
            }
        }
        lanes.add(new Lane(unique, name, processId, null, members, null));
    }

    void flow(String id, String sourceId, String targetId) {
        flows.add(new SequenceFlow(unique(id), "", sourceId, targetId, null, false, processId));
    }

    private String unique(String id) {
        String base = id == null || id.isBlank() ? "element" : id;
        String unique = base;
        for (int n = 2; !ids.add(unique); n++) {
            unique = base + "_" + n;
        }
        if (!unique.equals(base) && id != null && !id.isBlank()) {
            warnings.add("id '" + id + "' given to more than one element: one of them read as '" + unique + "'");
        }
        return unique;
    }

    /** The file's processes as one model, as the BPMN importer would give it (no pools or data). */
    static ProcessModel model(String id, String name, String exporter, List<BpmnProcess> processes,
            List<ConvertedProcess> graphs, List<String> warnings) {
        List<FlowNode> nodes = new ArrayList<>();
        List<SequenceFlow> flows = new ArrayList<>();
        List<Lane> lanes = new ArrayList<>();
        for (ConvertedProcess graph : graphs) {
            for (FlowNode n : graph.nodes) {
                String lane = graph.laneOf.get(n.id());
                nodes.add(lane == null ? n : new FlowNode(n.id(), n.kind(), n.name(), n.processId(), lane, n.parentId(),
                        n.triggers(), n.timer(), n.attachedToId(), n.interrupting(), n.properties(), n.bounds()));
            }
            flows.addAll(graph.flows);
            lanes.addAll(graph.lanes);
        }
        if (nodes.isEmpty()) {
            warnings.add("the file contains no flow nodes: the model is empty");
        }
        return new ProcessModel(id, name, exporter, processes, List.of(), lanes, nodes, flows, List.of(), List.of(),
                List.of(), List.of(), warnings);
    }

    /** A fresh id set for a file. */
    static Set<String> ids() {
        return new HashSet<>();
    }
}
