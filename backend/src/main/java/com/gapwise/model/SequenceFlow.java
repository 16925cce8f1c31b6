package com.gapwise.model;

/**
 * Control flow between two flow nodes of one process.
 *
 * @param condition the condition expression as written, or null
 * @param isDefault whether it is the default flow of its source gateway or activity
 */
public record SequenceFlow(String id, String name, String sourceId, String targetId, String condition, boolean isDefault, String processId) {

    public SequenceFlow {
        name = name == null ? "" : name;
    }
}
