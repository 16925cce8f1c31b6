package com.gapwise.model;

/**
 * A flow node reading (INPUT) or writing (OUTPUT) a data element.
 *
 * @param nodeId the activity or event
 * @param dataId the data element (object, store or reference)
 */
public record DataAssociation(String id, String nodeId, String dataId, Direction direction) {

    public enum Direction { INPUT, OUTPUT }
}
