package com.gapwise.diff;

/**
 * One change on a matched element.
 *
 * @param current     id in the current-state model
 * @param future      id in the future-state model
 * @param elementType BPMN type name of the future element
 * @param name        label of the future element (or the current one when the future is unnamed)
 * @param lane        future lane name, or null
 * @param before      the value before, in words (old name, old lane, old type, old neighbours)
 * @param after       the value after
 */
public record Change(ChangeType type, String current, String future, String elementType, String name, String lane,
                     String before, String after) {
}
