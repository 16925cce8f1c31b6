package com.gapwise.model;

import java.util.List;

/**
 * A lane (role, team or system). Nested lanes point to their parent.
 *
 * @param flowNodeIds the flow nodes listed directly in this lane (flowNodeRef)
 */
public record Lane(String id, String name, String processId, String parentLaneId, List<String> flowNodeIds, Bounds bounds) {

    public Lane {
        name = name == null ? "" : name;
        flowNodeIds = List.copyOf(flowNodeIds);
    }
}
