package com.gapwise.metrics;

import com.gapwise.model.ElementKind;
import com.gapwise.model.EventTrigger;
import java.util.List;

/**
 * A point where the process waits for time or for someone outside: an intermediate catch event,
 * a receive task, a boundary event waiting for a timer, message, signal or condition, or an
 * event-based gateway (its alternatives are folded into it, not counted again).
 *
 * @param element         the BPMN type of the waiting element
 * @param waitsFor        what ends the wait (for a gateway: what its alternatives wait for)
 * @param lane            name of its lane or pool, empty when none
 * @param attachedTo      for a boundary event: the name (else id) of the activity it guards
 * @param sla             a deadline: a boundary timer, the timer alternative of an event-based gateway,
 *                        or a timer whose label speaks of an SLA, deadline, breach or escalation
 * @param timer           the timer expression as written, or null
 * @param durationSeconds the timer's duration, or null when neither definition nor label states one
 * @param duration        the same as ISO-8601 (e.g. PT4H), or null
 * @param durationSource  "definition" or "label", or null
 */
public record WaitingPoint(
        String id,
        String name,
        ElementKind element,
        List<EventTrigger> waitsFor,
        String lane,
        String attachedTo,
        boolean sla,
        String timer,
        Long durationSeconds,
        String duration,
        String durationSource) {

    public WaitingPoint {
        waitsFor = List.copyOf(waitsFor);
    }
}
