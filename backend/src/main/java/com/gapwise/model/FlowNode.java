package com.gapwise.model;

import java.util.List;
import java.util.Map;

/**
 * An activity, event or gateway.
 *
 * @param id          the BPMN id (unique within the model; the importer renames duplicates and warns)
 * @param kind        the BPMN type
 * @param name        the label, whitespace-normalised; empty when unnamed
 * @param processId   the process that contains it
 * @param laneId      the innermost lane it sits in, or null
 * @param parentId    the sub-process that contains it, or null at process level
 * @param triggers    event definitions (empty for plain events and non-events)
 * @param timer       for timer events: the duration, date or cycle expression as written, else null
 * @param attachedToId for boundary events: the activity it is attached to, else null
 * @param interrupting for boundary and start events: whether it interrupts (true when not stated)
 * @param properties  extension key/value properties (e.g. camunda:property, vendor attributes)
 * @param bounds      diagram bounds, or null when the file has no DI for it
 */
public record FlowNode(
        String id,
        ElementKind kind,
        String name,
        String processId,
        String laneId,
        String parentId,
        List<EventTrigger> triggers,
        String timer,
        String attachedToId,
        boolean interrupting,
        Map<String, String> properties,
        Bounds bounds) {

    public FlowNode {
        name = name == null ? "" : name;
        triggers = List.copyOf(triggers);
        properties = Map.copyOf(properties);
    }

    public boolean hasTrigger(EventTrigger trigger) {
        return triggers.contains(trigger);
    }
}
