package com.gapwise.gaps;

import com.gapwise.diff.Change;
import com.gapwise.diff.ChangeType;
import com.gapwise.diff.DiffResult;
import com.gapwise.diff.ElementPlace;
import com.gapwise.diff.ElementRef;
import com.gapwise.diff.Match;
import com.gapwise.model.ElementKind;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.MessageFlow;
import com.gapwise.model.Pool;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One process's models and diff, indexed once for the rules, and the gaps they emit. */
final class DiffContext {

    final String processKey;
    /** How lane names read: customer-facing, software; with the analyst's overrides. */
    private final LaneRoles lanes;
    /** {@link #lanes}' answers by lane name: every gap asks about the same few lanes. */
    private final Map<String, Boolean> facesCustomerByName = new HashMap<>();
    private final Map<String, Boolean> softwareByName = new HashMap<>();
    final ProcessModel current;
    final ProcessModel future;
    final DiffResult diff;
    final Map<String, FlowNode> currentNodes;
    final Map<String, FlowNode> futureNodes;
    private final Map<String, Lane> currentLanes;
    private final Map<String, Lane> futureLanes;
    private final Map<String, Pool> futurePools = new HashMap<>();
    private final Map<String, Pool> futurePoolByProcess = new HashMap<>();
    private final Map<String, MessageFlow> futureMessageFlows = new HashMap<>();
    private Map<String, List<String>> currentSuccessors;
    private Map<String, List<SequenceFlow>> futureOutgoing;
    private Set<String> mergeTargets;
    /** Where unnamed elements sit, for titles; built when a gap first names one. */
    private ElementPlace currentPlaces;
    private ElementPlace futurePlaces;
    private final Map<String, Gap> gaps = new LinkedHashMap<>();
    /** Future-state task ids no application supports (empty without an application portfolio). */
    final Set<String> unsupportedTasks;

    DiffContext(String processKey, ProcessModel current, ProcessModel future, DiffResult diff, LaneRoles lanes) {
        this(processKey, current, future, diff, lanes, Set.of());
    }

    DiffContext(String processKey, ProcessModel current, ProcessModel future, DiffResult diff, LaneRoles lanes,
                Set<String> unsupportedTasks) {
        this.processKey = processKey;
        this.unsupportedTasks = unsupportedTasks;
        this.lanes = lanes;
        this.current = current;
        this.future = future;
        this.diff = diff;
        this.currentNodes = current.nodesById();
        this.futureNodes = future.nodesById();
        this.currentLanes = current.lanesById();
        this.futureLanes = future.lanesById();
        for (Pool pool : future.pools()) {
            futurePools.put(pool.id(), pool);
            if (pool.processId() != null) {
                futurePoolByProcess.putIfAbsent(pool.processId(), pool);
            }
        }
        future.messageFlows().forEach(f -> futureMessageFlows.put(f.id(), f));
    }

    List<Gap> gaps() {
        return List.copyOf(gaps.values());
    }

    static ElementKind kind(String xmlType) {
        return xmlType == null ? null : ElementKind.fromXmlName(xmlType);
    }

    static boolean isTask(String xmlType) {
        ElementKind kind = kind(xmlType);
        return kind != null && kind.isTask();
    }

    static String nameOf(ElementRef ref) {
        return Gap.nameOf(ref);
    }

    /** The label in quotes, or "unnamed ..." without. */
    static String quoted(ElementRef ref) {
        return ref.name() == null || ref.name().isBlank() ? nameOf(ref) : "'" + ref.name() + "'";
    }

    /**
     * A future element's label, or for an element without one its type and place in the future model
     * ("unnamed exclusive gateway after 'Assess claim'"): two unnamed gateways of one review read apart.
     */
    String futureName(ElementRef ref) {
        return placed(ref, nameOf(ref), futurePlaces());
    }

    /** {@link #futureName} in the current model. */
    String currentName(ElementRef ref) {
        return placed(ref, nameOf(ref), currentPlaces());
    }

    /** The future element's label in quotes, or its type and place (see {@link #futureName}). */
    String futureQuoted(ElementRef ref) {
        return placed(ref, quoted(ref), futurePlaces());
    }

    /** {@link #futureQuoted} in the current model. */
    String currentQuoted(ElementRef ref) {
        return placed(ref, quoted(ref), currentPlaces());
    }

    private static String placed(ElementRef ref, String name, ElementPlace places) {
        if (ref.name() != null && !ref.name().isBlank()) {
            return name;
        }
        String place = places.of(ref.id());
        return place.isEmpty() ? name : name + " " + place;
    }

    private ElementPlace futurePlaces() {
        if (futurePlaces == null) {
            futurePlaces = ElementPlace.in(future);
        }
        return futurePlaces;
    }

    private ElementPlace currentPlaces() {
        if (currentPlaces == null) {
            currentPlaces = ElementPlace.in(current);
        }
        return currentPlaces;
    }

    /**
     * The future element a gap on a matched pair is about, for its title. Where several current elements
     * merged into it, each pair has a gap of its own, and the current element tells them apart.
     */
    String subject(ElementRef before, ElementRef after) {
        return merged(after.id()) ? futureName(after) + " (from " + currentQuoted(before) + ")" : futureName(after);
    }

    /** {@link #subject} for a description: the future element in quotes, and for a merge the current one. */
    String quotedSubject(ElementRef before, ElementRef after) {
        return merged(after.id()) ? futureQuoted(after) + " (from " + currentQuoted(before) + ")" : futureQuoted(after);
    }

    /** Whether the future element has more than one current counterpart. */
    private boolean merged(String futureId) {
        if (mergeTargets == null) {
            mergeTargets = diff.merges().keySet();
        }
        return mergeTargets.contains(futureId);
    }

    /** {@link LaneRoles#facesCustomer}, asked once per lane name. */
    boolean facesCustomer(String laneName) {
        return facesCustomerByName.computeIfAbsent(laneName, lanes::facesCustomer);
    }

    /** {@link LaneRoles#software}, asked once per lane name. */
    boolean software(String laneName) {
        return softwareByName.computeIfAbsent(laneName, lanes::software);
    }

    /**
     * Whether a lane paired under another name changed hands between the organisation's people, its systems and
     * the customer ("Finance Clerk" -> "Finance System", "Customer Service Rep" -> "Customer"): then the lanes are
     * not one role renamed, and the rules treat them as a lane retired and a lane added, its tasks moved. The
     * matcher pairs no such lanes by the lane vocabulary; the analyst's overrides of it can still make a pair one.
     */
    boolean changedHands(Change laneRenamed) {
        return laneRenamed.type() == ChangeType.RENAMED && "lane".equals(laneRenamed.elementType())
                && lanes.actor(laneRenamed.before()) != lanes.actor(laneRenamed.after());
    }

    /** By lane id, where most of a lane's paired tasks went or came from; built when a lane gap first asks. */
    private Map<String, String> laneTaskSuccessors;
    private Map<String, String> laneTaskPredecessors;

    /** The future lane that holds more than half of this current lane's paired tasks, or null. */
    String laneWorkWentTo(String currentLaneId) {
        indexLaneWork();
        return laneTaskSuccessors.get(currentLaneId);
    }

    /** The current lane that did more than half of this future lane's paired tasks, or null. */
    String laneWorkCameFrom(String futureLaneId) {
        indexLaneWork();
        return laneTaskPredecessors.get(futureLaneId);
    }

    private void indexLaneWork() {
        if (laneTaskSuccessors != null) {
            return;
        }
        Map<String, Map<String, Integer>> forward = new HashMap<>();
        Map<String, Map<String, Integer>> backward = new HashMap<>();
        for (Match m : diff.matches()) {
            FlowNode cn = currentNodes.get(m.current());
            FlowNode fn = futureNodes.get(m.future());
            if (cn != null && fn != null && cn.kind().isTask() && cn.laneId() != null && fn.laneId() != null) {
                forward.computeIfAbsent(cn.laneId(), k -> new HashMap<>()).merge(fn.laneId(), 1, Integer::sum);
                backward.computeIfAbsent(fn.laneId(), k -> new HashMap<>()).merge(cn.laneId(), 1, Integer::sum);
            }
        }
        laneTaskSuccessors = majorities(forward);
        laneTaskPredecessors = majorities(backward);
    }

    /** The name of the current lane of this id if the diff lists it as removed, else null. */
    String removedLaneName(String laneId) {
        return laneName(diff.removed(), laneId);
    }

    /** The name of the future lane of this id if the diff lists it as added, else null. */
    String addedLaneName(String laneId) {
        return laneName(diff.added(), laneId);
    }

    private static String laneName(List<ElementRef> refs, String laneId) {
        for (ElementRef ref : refs) {
            if ("lane".equals(ref.type()) && ref.id().equals(laneId)) {
                return nameOf(ref);
            }
        }
        return null;
    }

    private static Map<String, String> majorities(Map<String, Map<String, Integer>> counts) {
        Map<String, String> out = new HashMap<>();
        counts.forEach((lane, others) -> {
            int total = others.values().stream().mapToInt(Integer::intValue).sum();
            others.forEach((other, n) -> {
                if (2 * n > total) {
                    out.put(lane, other);
                }
            });
        });
        return out;
    }

    String currentLaneName(String nodeId) {
        FlowNode node = currentNodes.get(nodeId);
        Lane lane = node == null || node.laneId() == null ? null : currentLanes.get(node.laneId());
        return lane == null ? null : lane.name();
    }

    String futureLaneName(String nodeId) {
        FlowNode node = futureNodes.get(nodeId);
        Lane lane = node == null || node.laneId() == null ? null : futureLanes.get(node.laneId());
        return lane == null ? null : lane.name();
    }

    /** A current-state element as a reference, from the model when it knows the id. */
    ElementRef currentRef(String id, String fallbackType, String fallbackName, String fallbackLane) {
        FlowNode node = currentNodes.get(id);
        if (node == null) {
            return new ElementRef(id, fallbackType, fallbackName == null ? "" : fallbackName, fallbackLane);
        }
        return new ElementRef(id, node.kind().xmlName(), node.name(), currentLaneName(id));
    }

    ElementRef futureRef(String id, String fallbackType, String fallbackName, String fallbackLane) {
        FlowNode node = futureNodes.get(id);
        if (node == null) {
            return new ElementRef(id, fallbackType, fallbackName == null ? "" : fallbackName, fallbackLane);
        }
        return new ElementRef(id, node.kind().xmlName(), node.name(), futureLaneName(id));
    }

    /**
     * Names of the current-state successors of a node (its dependants in the flow), looking through gateways,
     * which only route the work to the dependants.
     */
    List<String> currentSuccessorNames(String nodeId) {
        if (currentSuccessors == null) {
            currentSuccessors = new HashMap<>();
            for (SequenceFlow flow : current.sequenceFlows()) {
                currentSuccessors.computeIfAbsent(flow.sourceId(), k -> new ArrayList<>()).add(flow.targetId());
            }
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(nodeId));
        ArrayDeque<String> queue = new ArrayDeque<>(currentSuccessors.getOrDefault(nodeId, List.of()));
        while (!queue.isEmpty()) {
            String target = queue.poll();
            if (!seen.add(target)) {
                continue;
            }
            FlowNode node = currentNodes.get(target);
            if (node != null && node.kind().isGateway()) {
                queue.addAll(currentSuccessors.getOrDefault(target, List.of()));
            } else {
                names.add(node == null ? target : node.name().isBlank() ? "unnamed " + node.kind().label() : node.name());
            }
        }
        return names;
    }

    List<SequenceFlow> futureOutgoing(String nodeId) {
        if (futureOutgoing == null) {
            futureOutgoing = new HashMap<>();
            for (SequenceFlow flow : future.sequenceFlows()) {
                futureOutgoing.computeIfAbsent(flow.sourceId(), k -> new ArrayList<>()).add(flow);
            }
        }
        return futureOutgoing.getOrDefault(nodeId, List.of());
    }

    Pool futurePool(String id) {
        return futurePools.get(id);
    }

    MessageFlow futureMessageFlow(String id) {
        return futureMessageFlows.get(id);
    }

    /** The pool at one end of a message flow: the pool itself, or the pool showing the node's process. */
    Pool futurePoolOfEnd(String endId) {
        Pool pool = futurePools.get(endId);
        if (pool != null) {
            return pool;
        }
        FlowNode node = futureNodes.get(endId);
        return node == null ? null : futurePoolByProcess.get(node.processId());
    }

    /**
     * Records a gap. The key covers the process, the rule and the primary element on each side (the first
     * current and first future reference), so later references (endpoints, context) may change without
     * changing the identity of the finding.
     *
     * @param roleNames lane or pool names whose nature raises the severity
     */
    void emit(GapRule rule, GapType type, String title, String description, List<ElementRef> currentRefs,
              List<ElementRef> futureRefs, Map<String, String> facts, List<String> roleNames) {
        String key = key(processKey, rule, currentRefs.isEmpty() ? "" : currentRefs.get(0).id(),
                futureRefs.isEmpty() ? "" : futureRefs.get(0).id());
        if (gaps.containsKey(key)) {
            return;
        }
        Severity severity = rule.baseSeverity();
        StringBuilder reason = new StringBuilder("base " + severity.name().toLowerCase() + " for " + type.label());
        String customerLane = null;
        String systemLane = null;
        for (String name : roleNames) {
            if (name == null) {
                continue;
            }
            if (customerLane == null && facesCustomer(name)) {
                customerLane = name;
            }
            if (systemLane == null && software(name)) {
                systemLane = name;
            }
        }
        if (customerLane != null) {
            severity = severity.raised();
            reason.append("; raised because '").append(customerLane).append("' faces the customer");
        }
        if (systemLane != null) {
            severity = severity.raised();
            reason.append("; raised because '").append(systemLane).append("' is a system, so IT must change");
        }
        gaps.put(key, new Gap(key, processKey, rule, rule.rationale(), type, severity, reason.toString(), title, description,
                customerLane != null, systemLane != null, currentRefs, futureRefs,
                withPairToCheck(withPlace(facts, currentRefs, futureRefs), currentRefs, futureRefs), GapStatus.OPEN, ""));
    }

    /** The diff's matches made on weak evidence by their two ids; built when a gap first asks. */
    private Map<String, Match> matchesByPair;

    /**
     * The facts with the pair the gap rests on ({@code pairToCheck}: "'Write statement' -> 'Pay compensation to
     * customer account' (score 0.26): ...") where the matcher made it on weak evidence ({@link Match#madeOnWeakEvidence}):
     * a role change or an automation read off a wrong pair is no gap, and the analyst sees which to check first.
     */
    private Map<String, String> withPairToCheck(Map<String, String> facts, List<ElementRef> currentRefs,
                                                List<ElementRef> futureRefs) {
        if (currentRefs.isEmpty() || futureRefs.isEmpty()) {
            return facts;
        }
        if (matchesByPair == null) {
            matchesByPair = new HashMap<>();
            for (Match m : diff.matches()) {
                if (m.madeOnWeakEvidence()) {
                    matchesByPair.put(m.current() + '\u0000' + m.future(), m);
                }
            }
        }
        ElementRef before = currentRefs.get(0);
        ElementRef after = futureRefs.get(0);
        Match pair = matchesByPair.get(before.id() + '\u0000' + after.id());
        if (pair == null || String.valueOf(before.name()).strip().equalsIgnoreCase(String.valueOf(after.name()).strip())) {
            return facts;
        }
        Map<String, String> out = new LinkedHashMap<>(facts);
        out.put("pairToCheck", quoted(before) + " -> " + quoted(after) + " (score " + pair.score() + ")"
                + (pair.reasons().isEmpty() ? "" : ": " + pair.reasons().get(0)));
        return out;
    }

    /**
     * The facts with the place of the gap's element ({@code place}: "after 'Assess claim'") when it has no name,
     * for the texts made from the gap later (requirements), which know its type but not where it is.
     */
    private Map<String, String> withPlace(Map<String, String> facts, List<ElementRef> currentRefs,
                                          List<ElementRef> futureRefs) {
        boolean onFuture = !futureRefs.isEmpty();
        ElementRef subject = onFuture ? futureRefs.get(0) : currentRefs.isEmpty() ? null : currentRefs.get(0);
        if (subject == null || subject.name() != null && !subject.name().isBlank()) {
            return facts;
        }
        String place = (onFuture ? futurePlaces() : currentPlaces()).of(subject.id());
        if (place.isEmpty()) {
            return facts;
        }
        Map<String, String> placed = new HashMap<>(facts);
        placed.putIfAbsent("place", place);
        return placed;
    }

    /** Lanes of the references on both sides. */
    static List<String> lanesOf(List<ElementRef> currentRefs, List<ElementRef> futureRefs) {
        List<String> lanes = new ArrayList<>();
        futureRefs.forEach(r -> lanes.add(r.lane()));
        currentRefs.forEach(r -> lanes.add(r.lane()));
        return lanes;
    }

    static String key(String processKey, GapRule rule, String currentId, String futureId) {
        String material = processKey + '\u0000' + rule.name() + '\u0000' + currentId + '\u0000' + futureId;
        byte[] digest = SHA_256.get().digest(material.getBytes(StandardCharsets.UTF_8));
        return "G-" + HexFormat.of().formatHex(digest, 0, 8);
    }

    /** One digest per thread: looking the algorithm up for every key cost more than hashing it. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    });
}
