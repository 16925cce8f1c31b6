package com.gapwise.gaps;

import com.gapwise.model.TimerDurations;
import com.gapwise.diff.Change;
import com.gapwise.diff.ChangeType;
import com.gapwise.diff.ElementRef;
import com.gapwise.diff.Match;
import com.gapwise.model.ElementKind;
import com.gapwise.model.EventTrigger;
import com.gapwise.model.FlowNode;
import com.gapwise.model.MessageFlow;
import com.gapwise.model.Pool;
import com.gapwise.model.SequenceFlow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gap rules of the method, one constant each: a name, the one-line rationale shown to users, the base
 * severity (raised for customer-facing and system lanes) and the code that finds the gaps in a diff.
 */
public enum GapRule {

    NEW_CAPABILITY("New capability",
            "A task that exists only in the future state is work the solution or the organisation must newly support.",
            Severity.MEDIUM) {
        @Override
        void detect(DiffContext c) {
            for (ElementRef added : c.diff.added()) {
                if (!DiffContext.isTask(added.type())) {
                    continue;
                }
                ElementRef task = c.futureRef(added.id(), added.type(), added.name(), added.lane());
                String kind = DiffContext.kind(task.type()).label();
                c.emit(this, GapType.NEW_CAPABILITY, "New capability: " + c.futureName(task),
                        c.futureQuoted(task) + " (" + kind + ")" + inLane(task.lane())
                                + " has no counterpart in the current state.",
                        List.of(), List.of(task), facts("taskType", kind), DiffContext.lanesOf(List.of(), List.of(task)));
            }
        }
    },

    RETIRED_ACTIVITY("Retired activity",
            "A task that exists only in the current state stops; whatever depends on its output must be checked.",
            Severity.LOW) {
        @Override
        void detect(DiffContext c) {
            for (ElementRef removed : c.diff.removed()) {
                if (!DiffContext.isTask(removed.type())) {
                    continue;
                }
                ElementRef task = c.currentRef(removed.id(), removed.type(), removed.name(), removed.lane());
                String dependants = String.join("; ", c.currentSuccessorNames(task.id()));
                c.emit(this, GapType.RETIRED_ACTIVITY, "Retired activity: " + c.currentName(task),
                        c.currentQuoted(task) + inLane(task.lane())
                                + " has no counterpart in the future state"
                                + (dependants.isEmpty() ? "." : "; it is followed by " + dependants + "."),
                        List.of(task), List.of(), facts("taskType", DiffContext.kind(task.type()).label(),
                                "dependants", dependants),
                        DiffContext.lanesOf(List.of(task), List.of()));
            }
        }
    },

    ROLE_CHANGE("Role change",
            "A task moved to another lane is done by another role or system: people need reassigning, training and a hand-off.",
            Severity.MEDIUM) {
        @Override
        void detect(DiffContext c) {
            for (Change change : c.diff.changes()) {
                if (change.type() != ChangeType.MOVED_LANE || !DiffContext.isTask(change.elementType())) {
                    continue;
                }
                ElementRef before = c.currentRef(change.current(), change.elementType(), change.name(), change.before());
                ElementRef after = c.futureRef(change.future(), change.elementType(), change.name(),
                        change.lane() != null ? change.lane() : change.after());
                moved(c, before, after, before.lane() != null ? before.lane() : change.before(),
                        after.lane() != null ? after.lane() : change.after());
            }
            // the tasks of a lane whose work changed hands (people to a system or to the customer, and back) moved
            // lane, though the two lanes paired by that very work
            for (Change lane : c.diff.changes()) {
                if (!c.changedHands(lane)) {
                    continue;
                }
                for (Match m : c.diff.matches()) {
                    FlowNode cn = c.currentNodes.get(m.current());
                    FlowNode fn = c.futureNodes.get(m.future());
                    if (cn == null || fn == null || !cn.kind().isTask() || !lane.current().equals(cn.laneId())
                            || !lane.future().equals(fn.laneId())) {
                        continue;
                    }
                    moved(c, c.currentRef(cn.id(), cn.kind().xmlName(), cn.name(), lane.before()),
                            c.futureRef(fn.id(), fn.kind().xmlName(), fn.name(), lane.after()), lane.before(), lane.after());
                }
            }
        }

        private void moved(DiffContext c, ElementRef before, ElementRef after, String from, String to) {
            c.emit(this, GapType.ROLE_CHANGE, "Role change: " + c.subject(before, after),
                    c.quotedSubject(before, after) + " moves from '" + from + "' to '" + to + "'.",
                    List.of(before), List.of(after), facts("fromLane", from, "toLane", to),
                    DiffContext.lanesOf(List.of(before), List.of(after)));
        }
    },

    AUTOMATION("Automation",
            "Work a person did becomes a service, script or business-rule task: a system must do it, at the volume people handled.",
            Severity.MEDIUM) {
        @Override
        void detect(DiffContext c) {
            for (Change change : c.diff.changes()) {
                boolean automated = change.type() == ChangeType.AUTOMATED
                        || change.type() == ChangeType.TYPE_CHANGED && untypedTaskAutomated(c, change);
                if (!automated) {
                    continue;
                }
                ElementRef before = c.currentRef(change.current(), change.elementType(), change.name(), null);
                ElementRef after = c.futureRef(change.future(), change.elementType(), change.name(), change.lane());
                String from = kindLabel(before.type(), change.before());
                String to = kindLabel(after.type(), change.after());
                c.emit(this, GapType.AUTOMATION, "Automation: " + c.subject(before, after),
                        c.quotedSubject(before, after) + inLane(after.lane()) + " changes from " + from
                                + " to " + to + ".",
                        List.of(before), List.of(after), facts("fromType", from, "toType", to),
                        DiffContext.lanesOf(List.of(before), List.of(after)));
            }
        }

        /** A plain task (a person's work in most models) that became an automated task. */
        private boolean untypedTaskAutomated(DiffContext c, Change change) {
            FlowNode before = c.currentNodes.get(change.current());
            FlowNode after = c.futureNodes.get(change.future());
            return before != null && after != null && before.kind() == ElementKind.TASK && after.kind().isAutomated();
        }
    },

    NEW_CHANNEL("New channel or integration",
            "A new pool or message flow is a new party or system to talk to: it needs an interface, and the interface needs securing.",
            Severity.MEDIUM) {
        @Override
        void detect(DiffContext c) {
            Map<String, List<ElementRef>> flowsByAddedPool = new LinkedHashMap<>();
            for (ElementRef added : c.diff.added()) {
                if ("participant".equals(added.type())) {
                    flowsByAddedPool.put(added.id(), new ArrayList<>());
                }
            }
            List<ElementRef> standalone = new ArrayList<>();
            for (ElementRef added : c.diff.added()) {
                if (!"messageFlow".equals(added.type())) {
                    continue;
                }
                MessageFlow flow = c.futureMessageFlow(added.id());
                String owner = null;
                if (flow != null) {
                    for (String end : List.of(flow.sourceId(), flow.targetId())) {
                        Pool pool = c.futurePoolOfEnd(end);
                        if (owner == null && pool != null && flowsByAddedPool.containsKey(pool.id())) {
                            owner = pool.id();
                        }
                    }
                }
                if (owner != null) {
                    flowsByAddedPool.get(owner).add(added);
                } else {
                    standalone.add(added);
                }
            }
            for (ElementRef added : c.diff.added()) {
                if ("participant".equals(added.type())) {
                    newPool(c, added, flowsByAddedPool.get(added.id()));
                }
            }
            standalone.forEach(flow -> newMessageFlow(c, flow));
        }

        private void newPool(DiffContext c, ElementRef added, List<ElementRef> flows) {
            Pool pool = c.futurePool(added.id());
            String name = pool != null && !pool.name().isBlank() ? pool.name() : DiffContext.nameOf(added);
            boolean blackBox = pool != null && pool.isBlackBox();
            List<ElementRef> refs = new ArrayList<>();
            refs.add(new ElementRef(added.id(), "participant", name, null));
            List<String> roles = new ArrayList<>(List.of(name));
            List<String> messages = new ArrayList<>();
            for (ElementRef flowRef : flows) {
                refs.add(flowRef);
                if (!flowRef.name().isBlank()) {
                    messages.add(flowRef.name());
                }
                addEnds(c, c.futureMessageFlow(flowRef.id()), refs, roles);
            }
            c.emit(this, GapType.NEW_CHANNEL, "New channel: " + name,
                    "'" + name + "' is a new " + (blackBox ? "outside party or system" : "participant")
                            + " in the future state" + (messages.isEmpty() ? "." : ", exchanging "
                            + String.join("; ", messages) + "."),
                    List.of(), refs, facts("counterparty", name, "messages", String.join("; ", messages),
                            "blackBox", String.valueOf(blackBox)), roles);
        }

        private void newMessageFlow(DiffContext c, ElementRef added) {
            MessageFlow flow = c.futureMessageFlow(added.id());
            List<ElementRef> refs = new ArrayList<>();
            refs.add(added);
            List<String> roles = new ArrayList<>();
            String from = "";
            String to = "";
            if (flow != null) {
                from = partyName(c, flow.sourceId());
                to = partyName(c, flow.targetId());
                roles.add(from);
                roles.add(to);
                addEnds(c, flow, refs, roles);
            } else {
                roles.add(added.lane());
            }
            String message = DiffContext.nameOf(added);
            String between = flow == null ? "" : " from '" + from + "' to '" + to + "'";
            boolean named = !added.name().isBlank();
            // an unnamed message's title names its ends as the diff does, the steps where they have them: two
            // answers from the customer to one lane read apart
            c.emit(this, GapType.NEW_CHANNEL, "New integration: " + (named ? message : c.futureName(added)),
                    (named ? "Message '" + message + "'" : "A message") + between + " is new in the future state.",
                    List.of(), refs, facts("message", message, "from", from, "to", to,
                            "counterparty", from.isEmpty() ? to : from + " and " + to), roles);
        }

        private void addEnds(DiffContext c, MessageFlow flow, List<ElementRef> refs, List<String> roles) {
            if (flow == null) {
                return;
            }
            for (String end : List.of(flow.sourceId(), flow.targetId())) {
                FlowNode node = c.futureNodes.get(end);
                if (node != null) {
                    ElementRef ref = c.futureRef(end, node.kind().xmlName(), node.name(), null);
                    refs.add(ref);
                    roles.add(ref.lane());
                }
            }
        }

        private String partyName(DiffContext c, String endId) {
            Pool pool = c.futurePoolOfEnd(endId);
            FlowNode node = c.futureNodes.get(endId);
            String lane = node == null ? null : c.futureLaneName(endId);
            if (lane != null) {
                return lane;
            }
            return pool == null ? endId : pool.name();
        }
    },

    DECISION_CHANGE("Decision change",
            "An added or changed decision point is a business rule someone must define, own and implement.",
            Severity.LOW) {
        private static final Set<ChangeType> DECISION_CHANGES =
                EnumSet.of(ChangeType.TYPE_CHANGED, ChangeType.CONDITIONS_CHANGED, ChangeType.SUCCESSORS_CHANGED);

        @Override
        void detect(DiffContext c) {
            for (ElementRef added : c.diff.added()) {
                ElementKind kind = DiffContext.kind(added.type());
                // A parallel gateway decides nothing, and a gateway with one way out only merges paths.
                if (kind == null || !kind.isGateway() || kind == ElementKind.PARALLEL_GATEWAY) {
                    continue;
                }
                List<SequenceFlow> outgoing = c.futureOutgoing(added.id());
                if (c.futureNodes.containsKey(added.id()) && outgoing.size() < 2) {
                    continue;
                }
                ElementRef gateway = c.futureRef(added.id(), added.type(), added.name(), added.lane());
                String outcomes = outcomes(c, outgoing);
                c.emit(this, GapType.DECISION_CHANGE, "New decision: " + c.futureName(gateway),
                        "Decision " + c.futureQuoted(gateway) + inLane(gateway.lane())
                                + " is new in the future state" + (outcomes.isEmpty() ? "." : ", with outcomes " + outcomes + "."),
                        List.of(), List.of(gateway), facts("outcomes", outcomes),
                        DiffContext.lanesOf(List.of(), List.of(gateway)));
            }
            Map<String, List<Change>> byPair = new LinkedHashMap<>();
            for (Change change : c.diff.changes()) {
                ElementKind kind = DiffContext.kind(change.elementType());
                if (kind != null && kind.isGateway() && DECISION_CHANGES.contains(change.type())) {
                    byPair.computeIfAbsent(change.current() + '\u0000' + change.future(), k -> new ArrayList<>()).add(change);
                }
            }
            for (List<Change> changes : byPair.values()) {
                Change first = changes.get(0);
                ElementRef before = c.currentRef(first.current(), first.elementType(), first.name(), null);
                ElementRef after = c.futureRef(first.future(), first.elementType(), first.name(), first.lane());
                List<String> what = new ArrayList<>();
                for (Change change : changes) {
                    what.add(change.type().name().toLowerCase().replace('_', ' ')
                            + (change.before() == null && change.after() == null ? ""
                            : " (" + nullToEmpty(change.before()) + " -> " + nullToEmpty(change.after()) + ")"));
                }
                String outcomes = outcomes(c, c.futureOutgoing(after.id()));
                c.emit(this, GapType.DECISION_CHANGE, "Changed decision: " + c.subject(before, after),
                        "Decision " + c.quotedSubject(before, after) + inLane(after.lane()) + " changed: "
                                + String.join("; ", what) + ".",
                        List.of(before), List.of(after), facts("changes", String.join("; ", what), "outcomes", outcomes),
                        DiffContext.lanesOf(List.of(before), List.of(after)));
            }
        }

        private String outcomes(DiffContext c, List<SequenceFlow> outgoing) {
            List<String> outcomes = new ArrayList<>();
            for (SequenceFlow flow : outgoing) {
                String label = !flow.name().isBlank() ? flow.name()
                        : flow.condition() != null && !flow.condition().isBlank() ? flow.condition() : null;
                if (label != null) {
                    outcomes.add("'" + label + "'");
                }
            }
            return String.join(", ", outcomes);
        }
    },

    SERVICE_LEVEL("Service level",
            "An added timer or boundary event sets a deadline or an exception path: a response or resolution time to meet and monitor.",
            Severity.MEDIUM) {
        @Override
        void detect(DiffContext c) {
            for (ElementRef added : c.diff.added()) {
                ElementKind kind = DiffContext.kind(added.type());
                if (kind == null || !kind.isEvent()) {
                    continue;
                }
                FlowNode node = c.futureNodes.get(added.id());
                boolean timer = node != null && node.hasTrigger(EventTrigger.TIMER);
                if (!timer && kind != ElementKind.BOUNDARY_EVENT) {
                    continue;
                }
                FlowNode attachedTo = node == null || node.attachedToId() == null ? null : c.futureNodes.get(node.attachedToId());
                String lane = added.lane() != null ? added.lane()
                        : attachedTo != null ? c.futureLaneName(attachedTo.id()) : c.futureLaneName(added.id());
                ElementRef event = c.futureRef(added.id(), added.type(), added.name(), lane);
                if (event.lane() == null && lane != null) {
                    event = new ElementRef(event.id(), event.type(), event.name(), lane);
                }
                List<ElementRef> refs = new ArrayList<>(List.of(event));
                if (attachedTo != null) {
                    refs.add(c.futureRef(attachedTo.id(), attachedTo.kind().xmlName(), attachedTo.name(), null));
                }
                String expression = timer && node.timer() != null ? node.timer() : "";
                String duration = TimerDurations.inWords(expression);
                String triggers = node == null ? "" : String.join(", ",
                        node.triggers().stream().map(t -> t.name().toLowerCase()).toList());
                String on = attachedTo == null ? "" : " on " + DiffContext.quoted(refs.get(1));
                String subject = !event.name().isBlank() || attachedTo == null ? DiffContext.nameOf(event)
                        : (duration.isEmpty() ? "" : duration) + on;
                c.emit(this, GapType.SERVICE_LEVEL,
                        (timer ? "New deadline: " : "New exception path: ") + subject.strip(),
                        (timer ? "Timer" : "Boundary event") + " " + DiffContext.quoted(event) + on
                                + (duration.isEmpty() ? "" : " (" + duration + ")") + " is new in the future state.",
                        List.of(), refs, facts("timer", expression, "duration", duration, "triggers", triggers,
                                "attachedTo", attachedTo == null ? "" : DiffContext.nameOf(refs.get(1)),
                                "interrupting", node == null || kind != ElementKind.BOUNDARY_EVENT ? ""
                                        : String.valueOf(node.interrupting())),
                        DiffContext.lanesOf(List.of(), refs));
            }
            for (Change change : c.diff.changes()) {
                FlowNode node = c.futureNodes.get(change.future());
                if (change.type() != ChangeType.EVENT_CHANGED || node == null || !node.hasTrigger(EventTrigger.TIMER)) {
                    continue;
                }
                ElementRef before = c.currentRef(change.current(), change.elementType(), change.name(), null);
                ElementRef after = c.futureRef(change.future(), change.elementType(), change.name(), change.lane());
                FlowNode old = c.currentNodes.get(change.current());
                if (old != null && old.timer() != null && node.timer() != null && old.timer().strip().equals(node.timer().strip())) {
                    continue; // the same deadline: the event changed otherwise (it no longer interrupts, say)
                }
                String oldTimer = old != null && old.timer() != null ? old.timer() : nullToEmpty(change.before());
                String expression = node.timer() == null ? nullToEmpty(change.after()) : node.timer();
                String duration = TimerDurations.inWords(expression);
                c.emit(this, GapType.SERVICE_LEVEL, "Changed deadline: " + c.subject(before, after),
                        "Timer " + c.quotedSubject(before, after) + " changes from " + TimerDurations.inWords(oldTimer)
                                + " to " + duration + ".",
                        List.of(before), List.of(after), facts("timer", expression, "duration", duration,
                                "previousTimer", oldTimer),
                        DiffContext.lanesOf(List.of(before), List.of(after)));
            }
        }
    },

    ROLE_OR_SYSTEM_CHANGE("New or retired role or system",
            "A lane added or removed is a role, team or system that appears or disappears, as is a lane whose work changes hands between people, systems and the customer: an organisational or application change.",
            Severity.MEDIUM) {
        @Override
        void detect(DiffContext c) {
            for (ElementRef added : c.diff.added()) {
                if ("lane".equals(added.type())) {
                    lane(c, added, true);
                }
            }
            for (ElementRef removed : c.diff.removed()) {
                if ("lane".equals(removed.type())) {
                    lane(c, removed, false);
                }
            }
            // a lane that took over another's work under another name is the same role renamed, unless the work
            // changed hands between people, systems and the customer: then a lane retired and another came
            for (Change change : c.diff.changes()) {
                if (c.changedHands(change)) {
                    takenOver(c, change, false);
                    takenOver(c, change, true);
                }
            }
        }

        private void takenOver(DiffContext c, Change change, boolean added) {
            String name = added ? change.after() : change.before();
            String other = added ? change.before() : change.after();
            lane(c, new ElementRef(added ? change.future() : change.current(), "lane", name, null), added, other);
        }

        /**
         * A lane added whose tasks mostly continue the work of a lane removed (a role whose work a system or the
         * customer took over) says so, as does that removed lane.
         */
        private void lane(DiffContext c, ElementRef lane, boolean added) {
            String other = added ? c.laneWorkCameFrom(lane.id()) : c.laneWorkWentTo(lane.id());
            lane(c, lane, added, other == null ? null : added ? c.removedLaneName(other) : c.addedLaneName(other));
        }

        /** @param otherLane the lane whose work this one takes over or to which it hands its own, or null */
        private void lane(DiffContext c, ElementRef lane, boolean added, String otherLane) {
            String happens = otherLane == null ? (added ? "is new in" : "is gone from")
                    : (added ? "takes over the work of" : "hands its work to") + " lane '" + otherLane + "' in";
            String name = DiffContext.nameOf(lane);
            String what = c.software(name) ? "system" : "role";
            ElementRef ref = new ElementRef(lane.id(), "lane", lane.name(), name);
            c.emit(this, added ? GapType.NEW_ROLE_OR_SYSTEM : GapType.RETIRED_ROLE_OR_SYSTEM,
                    (added ? "New " : "Retired ") + what + ": " + name,
                    "Lane '" + name + "' (" + what + ") " + happens + " the future state.",
                    added ? List.of() : List.of(ref), added ? List.of(ref) : List.of(),
                    facts("laneKind", what), List.of(name));
        }
    },

    UNSUPPORTED_TASK("Unsupported task",
            "A future-state task that no application of the portfolio supports needs one, or a decision that it stays manual.",
            Severity.MEDIUM) {
        @Override
        void detect(DiffContext c) {
            for (FlowNode node : c.future.nodes()) {
                if (!c.unsupportedTasks.contains(node.id()) || !node.kind().isTask()) {
                    continue;
                }
                ElementRef task = c.futureRef(node.id(), node.kind().xmlName(), node.name(), null);
                c.emit(this, GapType.UNSUPPORTED_TASK, "Unsupported task: " + c.futureName(task),
                        c.futureQuoted(task) + inLane(task.lane())
                                + " is in the future state, but no application of the portfolio supports it"
                                + " (by lane, extension property or link).",
                        List.of(), List.of(task), facts("taskType", node.kind().label()),
                        DiffContext.lanesOf(List.of(), List.of(task)));
            }
        }
    };

    private final String title;
    private final String rationale;
    private final Severity baseSeverity;

    GapRule(String title, String rationale, Severity baseSeverity) {
        this.title = title;
        this.rationale = rationale;
        this.baseSeverity = baseSeverity;
    }

    /** The rule's name as shown to users. */
    public String title() {
        return title;
    }

    /** Why the rule exists, in one line, as shown to users. */
    public String rationale() {
        return rationale;
    }

    /** Severity before customer-facing and system lanes raise it. */
    public Severity baseSeverity() {
        return baseSeverity;
    }

    abstract void detect(DiffContext context);

    private static String inLane(String lane) {
        return lane == null || lane.isBlank() ? "" : " in lane '" + lane + "'";
    }

    private static String kindLabel(String xmlType, String fallback) {
        ElementKind kind = DiffContext.kind(xmlType);
        return kind != null ? kind.label() : nullToEmpty(fallback);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Facts from name/value pairs, leaving out blank values. */
    private static Map<String, String> facts(String... pairs) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                facts.put(pairs[i], pairs[i + 1]);
            }
        }
        return facts;
    }
}
