package com.gapwise.diff;

/** What changed on a matched element. Added and removed elements are listed separately. */
public enum ChangeType {
    /** The label text changed (beyond whitespace and letter case): even a small rewording is shown to the analyst. */
    RENAMED("renamed"),
    /** Moved to another lane: a hand-off or role change. */
    MOVED_LANE("moved lane"),
    /** A user or manual task became a service, script or business-rule task. */
    AUTOMATED("automated"),
    /** An automated task became a user or manual task. */
    DE_AUTOMATED("de-automated"),
    /** Any other change of BPMN type (e.g. exclusive to parallel gateway, task to user task). */
    TYPE_CHANGED("type changed"),
    /** The matched predecessors differ (beyond elements that were only added or removed). */
    PREDECESSORS_CHANGED("predecessors changed"),
    /** The matched successors differ (beyond elements that were only added or removed). */
    SUCCESSORS_CHANGED("successors changed"),
    /** Boundary events attached to the activity were added, removed or changed. */
    ATTACHED_EVENTS_CHANGED("attached events changed"),
    /** A timer's expression or an event's triggers changed. */
    EVENT_CHANGED("event changed"),
    /** Message flows to or from the element changed (channels, integrations). */
    MESSAGE_FLOWS_CHANGED("message flows changed"),
    /** Data inputs or outputs of the element changed (systems of record, documents). */
    DATA_ASSOCIATIONS_CHANGED("data associations changed"),
    /** A gateway's outgoing conditions changed. */
    CONDITIONS_CHANGED("conditions changed");

    private final String words;

    ChangeType(String words) {
        this.words = words;
    }

    /** The change in words, lower case, as reports show it ("moved lane", "de-automated"). */
    public String inWords() {
        return words;
    }
}
