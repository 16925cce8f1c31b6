package com.gapwise.portfolio;

/**
 * One task an application supports, and how the link was made.
 *
 * @param future    true for the future-state model, false for the current state
 * @param via       lane name, BPMN extension property or by hand
 * @param detail    what matched: the lane name, the property value, or the hand-made link
 */
public record SupportLink(String processKey, boolean future, String elementId, String elementName, String lane,
                          Via via, String detail) {

    /** How an application came to support a task. */
    public enum Via {
        /** Listed by hand as "processKey:elementId"; wins over the others. */
        HAND,
        /** The task carries the extension property {@code application} naming the application. */
        PROPERTY,
        /** The task sits in a lane (or pool) named as one the application supports. */
        LANE
    }
}
