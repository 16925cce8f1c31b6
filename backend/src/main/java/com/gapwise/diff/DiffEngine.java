package com.gapwise.diff;

import com.gapwise.model.DataAssociation;
import com.gapwise.model.DataElement;
import com.gapwise.model.ElementKind;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Labels;
import com.gapwise.model.Lane;
import com.gapwise.model.MessageFlow;
import com.gapwise.model.Pool;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Diffs a current-state and a future-state model: pairs their elements with an {@link ElementMatcher},
 * then lists added and removed elements, lanes, pools, data stores and message flows, and classifies
 * what changed on each pair. Deterministic: every list is sorted by stable keys.
 */
public final class DiffEngine {

    /** A neighbour this many matched steps away still counts as "nearby" when judging flow changes. */
    private static final int NEARBY_STEPS = 2;

    private final ElementMatcher matcher;

    private DiffEngine(ElementMatcher matcher) {
        this.matcher = matcher;
    }

    public static DiffEngine using(ElementMatcher matcher) {
        return new DiffEngine(matcher);
    }

    /** Matches the models, then diffs them. */
    public DiffResult diff(ProcessModel current, ProcessModel future) {
        return diff(current, future, matcher.match(current, future));
    }

    /** Diffs the models along the given matches (for example after an analyst corrected some). */
    public DiffResult diff(ProcessModel current, ProcessModel future, List<Match> matches) {
        return new Run(current, future, matches).result();
    }

    /** Lookups by element id, built once per model so that the diff stays linear. */
    private static final class Index {
        final Map<String, List<FlowNode>> attached = new HashMap<>();
        final Map<String, List<SequenceFlow>> outgoing = new HashMap<>();
        final Map<String, List<MessageFlow>> messageFlows = new HashMap<>();
        final Map<String, List<DataAssociation>> dataAssociations = new HashMap<>();
        final Map<String, DataElement> data = new HashMap<>();
        /** Each data element's store or document: see {@link ProcessModel#dataEntities()}. */
        final Map<String, String> dataEntities;
        final Map<String, String> descriptions = new HashMap<>();

        Index(ProcessModel model) {
            dataEntities = model.dataEntities();
            for (FlowNode n : model.nodes()) {
                if (n.attachedToId() != null) {
                    attached.computeIfAbsent(n.attachedToId(), k -> new ArrayList<>()).add(n);
                }
                descriptions.put(n.id(), n.name().isEmpty() ? n.kind().label() : "'" + n.name() + "'");
            }
            for (Pool p : model.pools()) {
                descriptions.putIfAbsent(p.id(), "pool '" + p.name() + "'");
            }
            for (SequenceFlow f : model.sequenceFlows()) {
                outgoing.computeIfAbsent(f.sourceId(), k -> new ArrayList<>()).add(f);
            }
            for (MessageFlow mf : model.messageFlows()) {
                messageFlows.computeIfAbsent(mf.sourceId(), k -> new ArrayList<>()).add(mf);
                if (!mf.targetId().equals(mf.sourceId())) {
                    messageFlows.computeIfAbsent(mf.targetId(), k -> new ArrayList<>()).add(mf);
                }
            }
            for (DataAssociation da : model.dataAssociations()) {
                dataAssociations.computeIfAbsent(da.nodeId(), k -> new ArrayList<>()).add(da);
            }
            for (DataElement d : model.data()) {
                data.put(d.id(), d);
            }
        }
    }

    /** One diff. */
    private static final class Run {
        private final ProcessModel current;
        private final ProcessModel future;
        private final List<Match> matches;
        private final Map<String, FlowNode> cNodes;
        private final Map<String, FlowNode> fNodes;
        private final Map<String, Lane> cLanes;
        private final Map<String, Lane> fLanes;
        private final FlowGraph cGraph;
        private final FlowGraph fGraph;
        /** current id -> future ids, and back, for every kind of element. */
        private final Map<String, Set<String>> forward = new HashMap<>();
        private final Map<String, Set<String>> backward = new HashMap<>();
        private final Index cIndex;
        private final Index fIndex;
        /** Whether a node of the current (future) model counts as a neighbour: a matched activity or event. */
        private final Predicate<String> cCounts;
        private final Predicate<String> fCounts;

        Run(ProcessModel current, ProcessModel future, List<Match> matches) {
            this.current = current;
            this.future = future;
            this.matches = matches;
            this.cNodes = current.nodesById();
            this.fNodes = future.nodesById();
            this.cLanes = current.lanesById();
            this.fLanes = future.lanesById();
            this.cGraph = FlowGraph.of(current);
            this.fGraph = FlowGraph.of(future);
            this.cIndex = new Index(current);
            this.fIndex = new Index(future);
            this.cCounts = id -> counts(cNodes.get(id), forward);
            this.fCounts = id -> counts(fNodes.get(id), backward);
            for (Match m : matches) {
                forward.computeIfAbsent(m.current(), k -> new TreeSet<>()).add(m.future());
                backward.computeIfAbsent(m.future(), k -> new TreeSet<>()).add(m.current());
            }
        }

        DiffResult result() {
            List<ElementRef> added = new ArrayList<>();
            List<ElementRef> removed = new ArrayList<>();
            unmatched(current, cIndex, forward, removed, cLanes);
            unmatched(future, fIndex, backward, added, fLanes);
            messageFlows(added, removed);
            List<Change> changes = new ArrayList<>();
            Map<String, Pool> cPools = current.poolsById();
            Map<String, Pool> fPools = future.poolsById();
            for (Match m : matches) {
                FlowNode c = cNodes.get(m.current());
                FlowNode f = fNodes.get(m.future());
                if (c != null && f != null) {
                    classify(c, f, forward.get(c.id()).size() > 1 || backward.get(f.id()).size() > 1, changes);
                }
                // a role or party renamed: the lane or pool paired by its work, under another name
                Lane cLane = cLanes.get(m.current());
                Lane fLane = fLanes.get(m.future());
                if (cLane != null && fLane != null && !sameText(cLane.name(), fLane.name())) {
                    Lane parent = fLane.parentLaneId() == null ? null : fLanes.get(fLane.parentLaneId());
                    changes.add(new Change(ChangeType.RENAMED, cLane.id(), fLane.id(), "lane",
                            fLane.name().isEmpty() ? cLane.name() : fLane.name(), parent == null ? null : parent.name(),
                            cLane.name(), fLane.name()));
                }
                Pool cPool = cPools.get(m.current());
                Pool fPool = fPools.get(m.future());
                if (cPool != null && fPool != null && !sameText(cPool.name(), fPool.name())) {
                    changes.add(new Change(ChangeType.RENAMED, cPool.id(), fPool.id(), "participant",
                            fPool.name().isEmpty() ? cPool.name() : fPool.name(), null, cPool.name(), fPool.name()));
                }
                // a system renamed (a CRM replaced by another, as a revision draws it): the store paired, under another
                // name; the steps that use it still read and write their counterpart. Only where both drawings name it
                // (a name given on one drawing only is no other system), and stores only: documents pair by the steps
                // that use them, which is no evidence that one was renamed into the other.
                DataElement cData = cIndex.data.get(m.current());
                DataElement fData = fIndex.data.get(m.future());
                if (cData != null && fData != null && cData.kind().isStore() && fData.kind().isStore()) {
                    String before = dataName(cIndex, cData);
                    String after = dataName(fIndex, fData);
                    if (!before.isBlank() && !after.isBlank() && !sameText(before, after)) {
                        changes.add(new Change(ChangeType.RENAMED, cData.id(), fData.id(), fData.kind().xmlName(), after, null,
                                before, after));
                    }
                }
            }
            Comparator<ElementRef> refOrder = Comparator.comparing(ElementRef::id).thenComparing(ElementRef::type);
            added.sort(refOrder);
            removed.sort(refOrder);
            changes.sort(Comparator.comparing(Change::current).thenComparing(Change::future)
                    .thenComparing(Change::type));
            List<Match> sortedMatches = new ArrayList<>(matches);
            sortedMatches.sort(Match.LISTING_ORDER);
            return new DiffResult(sortedMatches, added, removed, changes);
        }

        // ---- added and removed --------------------------------------------------------------

        private void unmatched(ProcessModel model, Index index, Map<String, Set<String>> mine,
                               List<ElementRef> out, Map<String, Lane> lanes) {
            for (FlowNode n : model.nodes()) {
                if (!mine.containsKey(n.id())) {
                    out.add(new ElementRef(n.id(), n.kind().xmlName(), n.name(), laneName(n, lanes)));
                }
            }
            for (Lane lane : model.lanes()) {
                if (!mine.containsKey(lane.id())) {
                    Lane parent = lane.parentLaneId() == null ? null : lanes.get(lane.parentLaneId());
                    out.add(new ElementRef(lane.id(), "lane", lane.name(), parent == null ? null : parent.name()));
                }
            }
            for (Pool pool : model.pools()) {
                if (!mine.containsKey(pool.id())) {
                    out.add(new ElementRef(pool.id(), "participant", pool.name(), null));
                }
            }
            // a store as a thing: one drawing more or less of a store is no store added or removed
            for (DataElement data : model.data()) {
                if (data.kind().isStore() && data.id().equals(index.dataEntities.get(data.id())) && !mine.containsKey(data.id())) {
                    out.add(new ElementRef(data.id(), data.kind().xmlName(), data.name(), null));
                }
            }
        }

        /** A message flow survives when a flow with the same name or between the counterparts of its ends exists. */
        private void messageFlows(List<ElementRef> added, List<ElementRef> removed) {
            Set<String> futureKeys = new HashSet<>();
            future.messageFlows().forEach(mf -> futureKeys.add(mf.sourceId() + "->" + mf.targetId()));
            Set<String> kept = new HashSet<>();
            for (MessageFlow mf : current.messageFlows()) {
                boolean found = false;
                for (String s : forward.getOrDefault(mf.sourceId(), Set.of())) {
                    for (String t : forward.getOrDefault(mf.targetId(), Set.of())) {
                        if (futureKeys.contains(s + "->" + t)) {
                            kept.add(s + "->" + t);
                            found = true;
                        }
                    }
                }
                if (!found) {
                    removed.add(new ElementRef(mf.id(), "messageFlow", mf.name(), null));
                }
            }
            for (MessageFlow mf : future.messageFlows()) {
                if (!kept.contains(mf.sourceId() + "->" + mf.targetId())) {
                    added.add(new ElementRef(mf.id(), "messageFlow", mf.name(), null));
                }
            }
        }

        // ---- changes on pairs ---------------------------------------------------------------

        private void classify(FlowNode c, FlowNode f, boolean splitOrMerge, List<Change> out) {
            if (!splitOrMerge && !sameText(c.name(), f.name())) {
                out.add(change(ChangeType.RENAMED, c, f, c.name(), f.name()));
            }
            if (c.kind().isActivity()) {
                movedLane(c, f, out);
            }
            if (c.kind() != f.kind()) {
                ChangeType type = c.kind().isManual() && f.kind().isAutomated() ? ChangeType.AUTOMATED
                        : c.kind().isAutomated() && f.kind().isManual() ? ChangeType.DE_AUTOMATED : ChangeType.TYPE_CHANGED;
                out.add(change(type, c, f, c.kind().xmlName(), f.kind().xmlName()));
            }
            if (!c.kind().isGateway() && !splitOrMerge) {
                flow(c, f, false, out);
                flow(c, f, true, out);
            }
            if (c.kind().isActivity()) {
                attached(c, f, out);
            }
            if (c.kind().isEvent()) {
                // what the event is: its name is compared as a rename, not again here
                String before = describeEvent(c, false);
                String after = describeEvent(f, false);
                if (!before.equals(after)) {
                    out.add(change(ChangeType.EVENT_CHANGED, c, f, before, after));
                }
            }
            if (c.kind().isGateway()) {
                String before = conditions(cIndex, c.id());
                String after = conditions(fIndex, f.id());
                if (!before.equals(after)) {
                    out.add(change(ChangeType.CONDITIONS_CHANGED, c, f, before, after));
                }
            }
            compareSets(ChangeType.MESSAGE_FLOWS_CHANGED, c, f, messagePartners(cIndex, c.id(), true),
                    messagePartners(fIndex, f.id(), false), out);
            compareSets(ChangeType.DATA_ASSOCIATIONS_CHANGED, c, f, dataPartners(cIndex, c.id(), true),
                    dataPartners(fIndex, f.id(), false), out);
        }

        private void movedLane(FlowNode c, FlowNode f, List<Change> out) {
            if (c.laneId() == null || f.laneId() == null) {
                return;
            }
            if (!forward.getOrDefault(c.laneId(), Set.of()).contains(f.laneId())) {
                out.add(change(ChangeType.MOVED_LANE, c, f, laneName(c, cLanes), laneName(f, fLanes)));
            }
        }

        /**
         * Compares the nearest matched activities and events before (or after) the pair, looking through
         * gateways and through elements that were only added or removed. A neighbour that differs still
         * counts as unchanged when its counterpart is nearby on the other side ({@value #NEARBY_STEPS}
         * steps back or ahead, or on a parallel or alternative branch): that is an insertion, a deletion
         * or a re-drawn decision around the element, not a change of where the element sits in the flow.
         */
        private void flow(FlowNode c, FlowNode f, boolean successors, List<Change> out) {
            Set<String> before = cGraph.nearest(c.id(), successors, cCounts);
            Set<String> after = fGraph.nearest(f.id(), successors, fCounts);
            Set<String> beforeMapped = mapAll(before, forward);
            if (beforeMapped.equals(after)) {
                return;
            }
            boolean explained = allNearby(before, forward, fGraph, f.id(), successors, fCounts)
                    && allNearby(after, backward, cGraph, c.id(), successors, cCounts);
            if (!explained) {
                out.add(change(successors ? ChangeType.SUCCESSORS_CHANGED : ChangeType.PREDECESSORS_CHANGED, c, f,
                        names(before, cNodes), names(after, fNodes)));
            }
        }

        private static boolean counts(FlowNode node, Map<String, Set<String>> matched) {
            return node != null && !node.kind().isGateway() && matched.containsKey(node.id());
        }

        /**
         * Whether every node of {@code ids} has a counterpart near {@code id} on the other side: within
         * {@link #NEARBY_STEPS} along the flow, or among its siblings (parallel branches, alternatives). The
         * siblings are looked up only where the steps along the flow do not account for every node; most
         * differences of a revision (a node added or removed between two others) are accounted for by them.
         */
        private static boolean allNearby(Set<String> ids, Map<String, Set<String>> counterparts, FlowGraph graph, String id,
                                         boolean successors, Predicate<String> counts) {
            Set<String> alongTheFlow = graph.within(id, successors, NEARBY_STEPS, counts);
            if (allNearby(ids, counterparts, alongTheFlow)) {
                return true;
            }
            Set<String> nearby = new HashSet<>(alongTheFlow);
            nearby.addAll(graph.siblings(id, counts));
            return allNearby(ids, counterparts, nearby);
        }

        /** Whether every node of {@code ids} has a counterpart in {@code nearby}. */
        private static boolean allNearby(Set<String> ids, Map<String, Set<String>> counterparts, Set<String> nearby) {
            for (String id : ids) {
                if (!intersects(counterparts.get(id), nearby)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean intersects(Set<String> a, Set<String> b) {
            if (a == null) {
                return false;
            }
            for (String x : a) {
                if (b.contains(x)) {
                    return true;
                }
            }
            return false;
        }

        private static Set<String> mapAll(Set<String> ids, Map<String, Set<String>> map) {
            Set<String> out = new TreeSet<>();
            for (String id : ids) {
                out.addAll(map.getOrDefault(id, Set.of()));
            }
            return out;
        }

        private void attached(FlowNode c, FlowNode f, List<Change> out) {
            Set<String> before = new TreeSet<>();
            Set<String> beforeMapped = new TreeSet<>();
            for (FlowNode n : cIndex.attached.getOrDefault(c.id(), List.of())) {
                before.add(describeEvent(n, true));
                Set<String> partners = forward.get(n.id());
                beforeMapped.add(partners == null ? "-" + n.id() : partners.iterator().next());
            }
            Set<String> after = new TreeSet<>();
            Set<String> afterIds = new TreeSet<>();
            for (FlowNode n : fIndex.attached.getOrDefault(f.id(), List.of())) {
                after.add(describeEvent(n, true));
                afterIds.add(n.id());
            }
            if (!beforeMapped.equals(afterIds)) {
                out.add(change(ChangeType.ATTACHED_EVENTS_CHANGED, c, f, String.join("; ", before), String.join("; ", after)));
            }
        }

        /** @param named with an attached event's name: how the activity it is attached to lists it */
        private static String describeEvent(FlowNode n, boolean named) {
            StringBuilder sb = new StringBuilder(n.kind().label());
            if (!n.triggers().isEmpty()) {
                sb.append(' ').append(n.triggers().stream().map(t -> t.name().toLowerCase(Locale.ROOT))
                        .sorted().collect(Collectors.joining("+")));
            }
            if (n.timer() != null && !n.timer().isBlank()) {
                sb.append(" '").append(n.timer().strip()).append('\'');
            }
            if (n.kind() == ElementKind.BOUNDARY_EVENT && !n.interrupting()) {
                sb.append(" (non-interrupting)");
            }
            if (named && !n.name().isEmpty() && n.attachedToId() != null) {
                sb.append(" '").append(n.name()).append('\'');
            }
            return sb.toString();
        }

        /** The outgoing branches of a gateway, by name or condition, sorted. */
        private static String conditions(Index index, String gatewayId) {
            List<String> branches = new ArrayList<>();
            for (SequenceFlow flow : index.outgoing.getOrDefault(gatewayId, List.of())) {
                String text = !flow.name().isBlank() ? flow.name()
                        : flow.condition() != null ? flow.condition() : flow.isDefault() ? "(default)" : "";
                if (!text.isBlank()) {
                    branches.add(normalise(text));
                }
            }
            branches.sort(null);
            return String.join("; ", branches);
        }

        /** The other ends of the element's message flows, as counterparts in the future model where they have one. */
        private Map<String, String> messagePartners(Index index, String nodeId, boolean isCurrent) {
            Map<String, String> out = new TreeMap<>();
            for (MessageFlow mf : index.messageFlows.getOrDefault(nodeId, List.of())) {
                boolean outgoing = nodeId.equals(mf.sourceId());
                if (!outgoing && !nodeId.equals(mf.targetId())) {
                    continue;
                }
                String other = outgoing ? mf.targetId() : mf.sourceId();
                String key = (outgoing ? "to " : "from ") + counterpart(other, isCurrent);
                out.put(key, (outgoing ? "to " : "from ") + index.descriptions.getOrDefault(other, other));
            }
            return out;
        }

        /** A data element's name, or where it has none (a reference), the name of the store or document it draws. */
        private static String dataName(Index index, DataElement data) {
            if (!data.name().isBlank()) {
                return data.name();
            }
            DataElement thing = index.data.get(index.dataEntities.getOrDefault(data.id(), data.id()));
            return thing == null ? "" : thing.name();
        }

        /** The data the element reads and writes, as counterparts in the future model where they have one. */
        private Map<String, String> dataPartners(Index index, String nodeId, boolean isCurrent) {
            Map<String, String> out = new TreeMap<>();
            for (DataAssociation da : index.dataAssociations.getOrDefault(nodeId, List.of())) {
                String verb = da.direction() == DataAssociation.Direction.INPUT ? "reads " : "writes ";
                // compared as the store or document it draws, named as drawn
                String entity = index.dataEntities.getOrDefault(da.dataId(), da.dataId());
                DataElement d = index.data.get(da.dataId());
                DataElement thing = index.data.get(entity);
                String name = d == null ? null : !d.name().isBlank() || thing == null ? d.name() : thing.name();
                out.put(verb + counterpart(entity, isCurrent), verb + (d == null ? da.dataId() : "'" + name + "'"));
            }
            return out;
        }

        private String counterpart(String id, boolean isCurrent) {
            if (!isCurrent) {
                return id;
            }
            Set<String> partners = forward.get(id);
            if (partners != null) {
                return partners.iterator().next();
            }
            // a reference to nothing the model declares can only be compared by its id
            boolean declared = cIndex.descriptions.containsKey(id) || cIndex.data.containsKey(id);
            return declared ? "current:" + id : id;
        }

        private void compareSets(ChangeType type, FlowNode c, FlowNode f, Map<String, String> before,
                                 Map<String, String> after, List<Change> out) {
            if (!before.keySet().equals(after.keySet())) {
                out.add(change(type, c, f, String.join("; ", new TreeSet<>(before.values())),
                        String.join("; ", new TreeSet<>(after.values()))));
            }
        }

        private Change change(ChangeType type, FlowNode c, FlowNode f, String before, String after) {
            String name = f.name().isEmpty() ? c.name() : f.name();
            return new Change(type, c.id(), f.id(), f.kind().xmlName(), name, laneName(f, fLanes), before, after);
        }

        private static String names(Set<String> ids, Map<String, FlowNode> nodes) {
            return ids.stream().map(id -> {
                FlowNode n = nodes.get(id);
                return n == null ? id : n.name().isEmpty() ? n.kind().label() + " " + id : "'" + n.name() + "'";
            }).sorted().collect(Collectors.joining(", "));
        }

        private static String laneName(FlowNode n, Map<String, Lane> lanes) {
            Lane lane = n.laneId() == null ? null : lanes.get(n.laneId());
            return lane == null ? null : lane.name();
        }

        private static boolean sameText(String a, String b) {
            // equal as written is the common case, and needs no copies
            return Objects.equals(a, b) || Objects.equals(normalise(a), normalise(b));
        }

        private static String normalise(String s) {
            return Labels.collapse(s).toLowerCase(Locale.ROOT);
        }
    }
}
