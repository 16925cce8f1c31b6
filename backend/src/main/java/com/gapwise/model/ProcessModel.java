package com.gapwise.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One imported BPMN file: everything the later stages need, as immutable values.
 *
 * @param definitionsId   id of the definitions element (may be empty)
 * @param name            name of the definitions element, or empty
 * @param exporter        the exporting tool as stated in the file, or empty
 * @param warnings        what the importer tolerated or repaired, each with its line where known
 */
public record ProcessModel(
        String definitionsId,
        String name,
        String exporter,
        List<BpmnProcess> processes,
        List<Pool> pools,
        List<Lane> lanes,
        List<FlowNode> nodes,
        List<SequenceFlow> sequenceFlows,
        List<MessageFlow> messageFlows,
        List<DataElement> data,
        List<DataAssociation> dataAssociations,
        List<Annotation> annotations,
        List<String> warnings) {

    public ProcessModel {
        definitionsId = definitionsId == null ? "" : definitionsId;
        name = name == null ? "" : name;
        exporter = exporter == null ? "" : exporter;
        processes = List.copyOf(processes);
        pools = List.copyOf(pools);
        lanes = List.copyOf(lanes);
        nodes = List.copyOf(nodes);
        sequenceFlows = List.copyOf(sequenceFlows);
        messageFlows = List.copyOf(messageFlows);
        data = List.copyOf(data);
        dataAssociations = List.copyOf(dataAssociations);
        annotations = List.copyOf(annotations);
        warnings = List.copyOf(warnings);
    }

    /** Number of task-type activities, sub-process content included. */
    public long taskCount() {
        return nodes.stream().filter(n -> n.kind().isTask()).count();
    }

    /** Flow nodes by id. Builds a new map on each call: callers keep the result. */
    public Map<String, FlowNode> nodesById() {
        Map<String, FlowNode> byId = new HashMap<>(nodes.size() * 2);
        nodes.forEach(n -> byId.put(n.id(), n));
        return byId;
    }

    /** Lanes by id. Builds a new map on each call: callers keep the result. */
    public Map<String, Lane> lanesById() {
        Map<String, Lane> byId = new HashMap<>(lanes.size() * 2);
        lanes.forEach(l -> byId.put(l.id(), l));
        return byId;
    }

    /** Pools by id. Builds a new map on each call: callers keep the result. */
    public Map<String, Pool> poolsById() {
        Map<String, Pool> byId = new HashMap<>(pools.size() * 2);
        pools.forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    /**
     * What each data element stands for: a reference's data store or data object where the model declares
     * it, else the element itself; and one thing per name, stores apart from documents. A reference is one
     * drawing of the thing: tools draw a store once per use (Signavio declares the store, bpmn.io draws
     * references alone) or declare one data object per drawing (ADONIS), so data is compared as things.
     * Every element of one thing maps to the same element of it: the thing the first of its name (in the
     * model's order) stands for. Builds a new map on each call: callers keep the result.
     */
    public Map<String, String> dataEntities() {
        Map<String, DataElement> byId = new HashMap<>(data.size() * 2);
        data.forEach(d -> byId.put(d.id(), d));
        Map<String, String> byName = new HashMap<>();
        Map<String, String> entities = new HashMap<>(data.size() * 2);
        for (DataElement d : data) {
            DataElement target = d.refId() == null ? null : byId.get(d.refId());
            boolean thing = target != null && (target.kind() == DataKind.DATA_STORE || target.kind() == DataKind.DATA_OBJECT);
            DataElement entity = thing ? target : d;
            String name = Labels.collapse(entity.name().isBlank() ? d.name() : entity.name()).toLowerCase(Locale.ROOT);
            String first = name.isEmpty() ? entity.id()
                    : byName.computeIfAbsent((entity.kind().isStore() ? "store\u0000" : "document\u0000") + name, k -> entity.id());
            entities.put(d.id(), first);
        }
        return entities;
    }
}
