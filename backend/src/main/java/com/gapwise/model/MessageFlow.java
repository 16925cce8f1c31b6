package com.gapwise.model;

/** A message between pools; each end is a pool id or a flow node id. */
public record MessageFlow(String id, String name, String sourceId, String targetId) {

    public MessageFlow {
        name = name == null ? "" : name;
    }
}
