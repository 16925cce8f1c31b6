package com.gapwise.importer;

import com.gapwise.model.BpmnProcess;
import com.gapwise.model.DataAssociation;
import com.gapwise.model.DataElement;
import com.gapwise.model.DataKind;
import com.gapwise.model.ElementKind;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The process graph of a model drawn in another notation (a Petri net, an EPC), built up node by node as the
 * BPMN reading of it, with the data and systems its steps use: what the matcher and the diff read, with the source's ids kept wherever an element of
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
    private final List<DataElement> data = new ArrayList<>();
    private final List<DataAssociation> associations = new ArrayList<>();
    /** The lane of each node put in one. */
    private final Map<String, String> laneOf = new HashMap<>();
    /** Nodes that do no work and only pass the flow on: read as the flow itself (see {@link #passThrough}). */
    private final Set<String> passThrough = new LinkedHashSet<>();

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

    /** Adds a data object or data store (an EPC's information object or application system) and returns its id. */
    String data(String id, String name, DataKind kind) {
        String unique = unique(id);
        data.add(new DataElement(unique, name, kind, processId, null, null));
        return unique;
    }

    /** A step reading (INPUT) or writing (OUTPUT) a data element. */
    void association(String id, String nodeId, String dataId, DataAssociation.Direction direction) {
        associations.add(new DataAssociation(unique(id), nodeId, dataId, direction));
    }

    /**
     * Adds a node that does no work (a silent transition between two places): where it ends with one flow in and one
     * out, it is read as one flow from the node before it to the node after it (the flow in keeps its id), as a
     * BPMN modeller draws a way that skips a step; otherwise it stays an unnamed node of this kind.
     */
    String passThrough(String id, ElementKind kind) {
        String unique = node(id, kind, "");
        passThrough.add(unique);
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
        List<DataElement> data = new ArrayList<>();
        List<DataAssociation> associations = new ArrayList<>();
        for (ConvertedProcess graph : graphs) {
            graph.dissolvePassThroughs();
            for (FlowNode n : graph.nodes) {
                String lane = graph.laneOf.get(n.id());
                nodes.add(lane == null ? n : new FlowNode(n.id(), n.kind(), n.name(), n.processId(), lane, n.parentId(),
                        n.triggers(), n.timer(), n.attachedToId(), n.interrupting(), n.properties(), n.bounds()));
            }
            flows.addAll(graph.flows);
            lanes.addAll(graph.lanes);
            data.addAll(graph.data);
            associations.addAll(graph.associations);
        }
        if (nodes.isEmpty()) {
            warnings.add("the file contains no flow nodes: the model is empty");
        }
        return new ProcessModel(id, name, exporter, processes, List.of(), lanes, nodes, flows, List.of(), data,
                associations, List.of(), warnings);
    }

    /**
     * Each pass-through node with one flow in and one out becomes that one flow; chains of them one flow too. Linear
     * in the graph's size: a net of many thousand silent transitions reads as fast as one without.
     */
    private void dissolvePassThroughs() {
        if (passThrough.isEmpty()) {
            return;
        }
        Map<String, List<Integer>> into = new HashMap<>();
        Map<String, List<Integer>> outOf = new HashMap<>();
        for (int i = 0; i < flows.size(); i++) {
            into.computeIfAbsent(flows.get(i).targetId(), k -> new ArrayList<>(1)).add(i);
            outOf.computeIfAbsent(flows.get(i).sourceId(), k -> new ArrayList<>(1)).add(i);
        }
        SequenceFlow[] kept = flows.toArray(new SequenceFlow[0]);
        Set<String> dissolved = new HashSet<>();
        for (String id : passThrough) {
            List<Integer> in = into.getOrDefault(id, List.of());
            List<Integer> out = outOf.getOrDefault(id, List.of());
            if (in.size() != 1 || out.size() != 1 || in.get(0).equals(out.get(0))) {
                continue;
            }
            int a = in.get(0);
            int b = out.get(0);
            SequenceFlow onward = kept[b];
            kept[a] = new SequenceFlow(kept[a].id(), kept[a].name(), kept[a].sourceId(), onward.targetId(), kept[a].condition(),
                    kept[a].isDefault(), kept[a].processId());
            kept[b] = null;
            List<Integer> next = into.get(onward.targetId());
            next.set(next.indexOf(b), a);
            dissolved.add(id);
        }
        flows.clear();
        for (SequenceFlow f : kept) {
            if (f != null) {
                flows.add(f);
            }
        }
        nodes.removeIf(n -> dissolved.contains(n.id()));
    }

    /** A fresh id set for a file. */
    static Set<String> ids() {
        return new HashSet<>();
    }
}
