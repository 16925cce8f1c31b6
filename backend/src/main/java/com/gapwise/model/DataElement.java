package com.gapwise.model;

/**
 * A data object, data store or their references.
 *
 * @param processId the process it is declared in, or null for definitions-level data stores
 * @param refId     for references: the data object or data store it refers to, else null
 */
public record DataElement(String id, String name, DataKind kind, String processId, String refId, Bounds bounds) {

    public DataElement {
        name = name == null ? "" : name;
    }
}
