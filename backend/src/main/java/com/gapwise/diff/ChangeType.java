package com.gapwise.diff;

/** What changed on a matched element. Added and removed elements are listed separately. */
public enum ChangeType {
    /** The label text changed (beyond whitespace and letter case): even a small rewording is shown to the analyst. */
    RENAMED,
    /** Moved to another lane: a hand-off or role change. */
    MOVED_LANE,
    /** A user or manual task became a service, script or business-rule task. */
    AUTOMATED,
    /** An automated task became a user or manual task. */
    DE_AUTOMATED,
    /** Any other change of BPMN type (e.g. exclusive to parallel gateway, task to user task). */
    TYPE_CHANGED,
    /** The matched predecessors differ (beyond elements that were only added or removed). */
    PREDECESSORS_CHANGED,
    /** The matched successors differ (beyond elements that were only added or removed). */
    SUCCESSORS_CHANGED,
    /** Boundary events attached to the activity were added, removed or changed. */
    ATTACHED_EVENTS_CHANGED,
    /** A timer's expression or an event's triggers changed. */
    EVENT_CHANGED,
    /** Message flows to or from the element changed (channels, integrations). */
    MESSAGE_FLOWS_CHANGED,
    /** Data inputs or outputs of the element changed (systems of record, documents). */
    DATA_ASSOCIATIONS_CHANGED,
    /** A gateway's outgoing conditions changed. */
    CONDITIONS_CHANGED
}
