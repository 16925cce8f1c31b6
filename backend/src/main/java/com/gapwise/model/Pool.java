package com.gapwise.model;

/**
 * A participant of a collaboration. A black-box pool (an outside party or system) has no process.
 *
 * @param processId the process it shows, or null for a black-box pool
 */
public record Pool(String id, String name, String processId, Bounds bounds) {

    public Pool {
        name = name == null ? "" : name;
    }

    /** Whether this pool shows no process: an outside party or system drawn as a black box. */
    public boolean isBlackBox() {
        return processId == null;
    }
}
