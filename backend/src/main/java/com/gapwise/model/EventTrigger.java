package com.gapwise.model;

/** The event definitions an event may carry (none for a plain event). */
public enum EventTrigger {
    MESSAGE, TIMER, ERROR, ESCALATION, CANCEL, COMPENSATION, CONDITIONAL, LINK, SIGNAL, TERMINATE;

    /** The kind for an event-definition local name such as {@code timerEventDefinition}, or null. */
    public static EventTrigger fromDefinitionName(String localName) {
        if (localName == null || !localName.endsWith("EventDefinition")) {
            return null;
        }
        String kind = localName.substring(0, localName.length() - "EventDefinition".length());
        for (EventTrigger trigger : values()) {
            if (trigger.name().equalsIgnoreCase(kind)) {
                return trigger;
            }
        }
        return null;
    }
}
