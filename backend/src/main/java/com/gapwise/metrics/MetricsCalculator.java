package com.gapwise.metrics;

import com.gapwise.model.TimerDurations;
import com.gapwise.model.DataAssociation;
import com.gapwise.model.DataElement;
import com.gapwise.model.ElementKind;
import com.gapwise.model.EventTrigger;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.MessageFlow;
import com.gapwise.model.Pool;
import com.gapwise.model.SequenceFlow;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Computes {@link ServiceMetrics} for one model and one lane classification; single use. */
final class MetricsCalculator {

    /** Labels that make a timer a deadline rather than a pause. */
    private static final Pattern SLA_WORDS = Pattern.compile(
            "\\b(sla|slas|deadline|due|overdue|breach\\w*|escalat\\w*|within|expir\\w*|time ?out|timeout)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Triggers that mean waiting for time or for someone outside; errors and escalations are raised inside. */
    private static final Set<EventTrigger> WAIT_TRIGGERS =
            EnumSet.of(EventTrigger.TIMER, EventTrigger.MESSAGE, EventTrigger.SIGNAL, EventTrigger.CONDITIONAL);

    private final ModelIndex index;
    private final Map<String, ClassifiedLane> classified = new HashMap<>();
    private final Map<String, String> normalNames = new HashMap<>();
    /** Class of each flow node, looked up often. */
    private final Map<String, LaneClass> nodeClass = new HashMap<>();
    private final Map<String, List<SequenceFlow>> outgoing = new HashMap<>();
    private final Map<String, List<SequenceFlow>> incoming = new HashMap<>();

    MetricsCalculator(ModelIndex index, LaneClassification classification) {
        this.index = index;
        classification.entries().forEach(e -> classified.put(e.id(), e));
        for (FlowNode node : index.model.nodes()) {
            nodeClass.put(node.id(), classOfOwner(index.ownerOf(node.id())));
        }
        for (SequenceFlow flow : index.model.sequenceFlows()) {
            outgoing.computeIfAbsent(flow.sourceId(), k -> new ArrayList<>()).add(flow);
            incoming.computeIfAbsent(flow.targetId(), k -> new ArrayList<>()).add(flow);
        }
    }

    /** Class of a lane or pool id; a bare process (no pool, no lane) is the organisation's people. */
    private LaneClass classOfOwner(String ownerId) {
        ClassifiedLane entry = ownerId == null ? null : classified.get(ownerId);
        return entry == null ? LaneClass.HUMAN_ROLE : entry.laneClass();
    }

    private LaneClass classOfNode(String nodeId) {
        LaneClass laneClass = nodeClass.get(nodeId);
        return laneClass != null ? laneClass : classOfOwner(index.ownerOf(nodeId));
    }

    private LaneClass classOfEnd(String endId) {
        return classOfOwner(index.ownerOfEnd(endId));
    }

    private boolean automated(FlowNode task) {
        return task.kind().isAutomated() || classOfNode(task.id()) == LaneClass.SYSTEM;
    }

    ServiceMetrics calculate() {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        int tasks = 0;
        int automated = 0;
        for (FlowNode node : index.model.nodes()) {
            if (node.kind().isTask()) {
                tasks++;
                boolean isAutomated = automated(node);
                automated += isAutomated ? 1 : 0;
                Tally tally = tally(tallies, index.ownerOf(node.id()));
                if (tally != null) {
                    tally.tasks++;
                    tally.automated += isAutomated ? 1 : 0;
                }
            }
        }
        int laneHandoffs = 0;
        List<String> handoffFlowIds = new ArrayList<>();
        for (SequenceFlow flow : index.model.sequenceFlows()) {
            String from = index.laneOf(flow.sourceId());
            String to = index.laneOf(flow.targetId());
            if (from != null && to != null && !from.equals(to)) {
                laneHandoffs++;
                handoffFlowIds.add(flow.id());
                tally(tallies, from).handoffsOut++;
                tally(tallies, to).handoffsIn++;
            }
        }
        int poolHandoffs = 0;
        for (MessageFlow flow : index.model.messageFlows()) {
            String from = index.poolOfEnd(flow.sourceId());
            String to = index.poolOfEnd(flow.targetId());
            if (from == null || to == null || !from.equals(to)) {
                poolHandoffs++;
                handoffFlowIds.add(flow.id());
                Tally source = tally(tallies, index.ownerOfEnd(flow.sourceId()));
                Tally target = tally(tallies, index.ownerOfEnd(flow.targetId()));
                if (source != null) {
                    source.handoffsOut++;
                }
                if (target != null) {
                    target.handoffsIn++;
                }
            }
        }
        Map<String, List<String>> systemsPerRole = systemsPerRole(tallies);
        int maxSystems = systemsPerRole.values().stream().mapToInt(List::size).max().orElse(0);

        Set<String> facing = customerFacingTasks();
        int selfService = 0;
        for (String id : facing) {
            FlowNode task = index.nodes.get(id);
            LaneClass laneClass = classOfNode(id);
            if (laneClass != LaneClass.HUMAN_ROLE || task.kind().isAutomated()) {
                selfService++;
            }
        }
        double share = facing.isEmpty() ? 0 : (double) selfService / facing.size();

        List<WaitingPoint> waits = waitingPoints();
        int sla = (int) waits.stream().filter(WaitingPoint::sla).count();

        List<ProcessPaths> processes = new PathAnalysis(index).perProcess();
        ProcessPaths main = processes.stream().max(Comparator.comparingInt(ProcessPaths::tasks)
                .thenComparing(p -> -processes.indexOf(p))).orElse(null);
        int loops = processes.stream().mapToInt(ProcessPaths::loops).sum();

        return new ServiceMetrics(tasks, tasks - automated, automated, laneHandoffs + poolHandoffs, laneHandoffs,
                poolHandoffs, main == null ? 0 : main.minHandoffsPerPath(), main == null ? 0 : main.maxHandoffsPerPath(),
                maxSystems, systemsPerRole, channels(facing), facing.size(), selfService, share, waits.size(), sla, waits,
                main == null ? 0 : main.shortestPath(), main == null ? 0 : main.longestPath(), loops, processes,
                laneMetrics(tallies, systemsPerRole), handoffFlowIds);
    }

    /** Running figures of one lane or pool. */
    private static final class Tally {
        int tasks;
        int automated;
        int handoffsIn;
        int handoffsOut;
        final Map<String, String> systems = new TreeMap<>(); // normal name -> shown name
    }

    private static Tally tally(Map<String, Tally> tallies, String ownerId) {
        return ownerId == null ? null : tallies.computeIfAbsent(ownerId, k -> new Tally());
    }

    private Map<String, List<String>> systemsPerRole(Map<String, Tally> tallies) {
        Map<String, List<DataElement>> dataOfNode = new HashMap<>();
        Map<String, DataElement> dataById = new HashMap<>();
        index.model.data().forEach(d -> dataById.put(d.id(), d));
        Map<String, String> stores = index.model.dataEntities();
        for (DataAssociation association : index.model.dataAssociations()) {
            DataElement data = dataById.get(association.dataId());
            if (data != null && data.kind().isStore()) {
                DataElement store = dataById.get(stores.get(data.id()));
                dataOfNode.computeIfAbsent(association.nodeId(), k -> new ArrayList<>()).add(store);
            }
        }
        for (FlowNode node : index.model.nodes()) {
            String owner = index.ownerOf(node.id());
            if (owner == null || classOfOwner(owner) != LaneClass.HUMAN_ROLE) {
                continue;
            }
            Tally tally = tally(tallies, owner);
            for (DataElement store : dataOfNode.getOrDefault(node.id(), List.of())) {
                addSystem(tally, store.name().isEmpty() ? store.id() : store.name());
            }
            for (SequenceFlow flow : outgoing.getOrDefault(node.id(), List.of())) {
                addSystemOwner(tally, index.ownerOf(flow.targetId()));
            }
            for (SequenceFlow flow : incoming.getOrDefault(node.id(), List.of())) {
                addSystemOwner(tally, index.ownerOf(flow.sourceId()));
            }
        }
        for (MessageFlow flow : index.model.messageFlows()) {
            addMessagePartner(tallies, flow.sourceId(), flow.targetId());
            addMessagePartner(tallies, flow.targetId(), flow.sourceId());
        }
        Map<String, Set<String>> byRoleName = new TreeMap<>();
        tallies.forEach((owner, tally) -> {
            if (classOfOwner(owner) == LaneClass.HUMAN_ROLE && tally.tasks > 0) {
                String name = index.nameOf(owner).isEmpty() ? owner : index.nameOf(owner);
                byRoleName.computeIfAbsent(name, k -> new TreeSet<>()).addAll(tally.systems.values());
            }
        });
        Map<String, List<String>> result = new TreeMap<>();
        byRoleName.forEach((role, systems) -> result.put(role, List.copyOf(systems)));
        return result;
    }

    private void addMessagePartner(Map<String, Tally> tallies, String endId, String otherEndId) {
        if (index.nodes.containsKey(endId)) {
            String owner = index.ownerOf(endId);
            if (owner != null && classOfOwner(owner) == LaneClass.HUMAN_ROLE) {
                addSystemOwner(tally(tallies, owner), index.ownerOfEnd(otherEndId));
            }
        }
    }

    private void addSystemOwner(Tally tally, String otherOwner) {
        if (otherOwner != null && classOfOwner(otherOwner) == LaneClass.SYSTEM) {
            String name = index.nameOf(otherOwner);
            addSystem(tally, name.isEmpty() ? otherOwner : name);
        }
    }

    private void addSystem(Tally tally, String name) {
        // "CRM" the lane and "crm" the data store are one system
        tally.systems.putIfAbsent(normalNames.computeIfAbsent(name, Vocabulary::normalName), name);
    }

    /**
     * The organisation's tasks in channel lanes, and those next to the customer: reached from a
     * customer node or pool by one sequence or message flow, through gateways and events.
     */
    private Set<String> customerFacingTasks() {
        Set<String> facing = new TreeSet<>();
        for (FlowNode node : index.model.nodes()) {
            if (node.kind().isTask() && classOfNode(node.id()) == LaneClass.CHANNEL) {
                facing.add(node.id());
            }
        }
        ArrayDeque<String> forward = new ArrayDeque<>();
        ArrayDeque<String> backward = new ArrayDeque<>();
        for (SequenceFlow flow : index.model.sequenceFlows()) {
            boolean fromCustomer = classOfNode(flow.sourceId()) == LaneClass.CUSTOMER;
            boolean toCustomer = classOfNode(flow.targetId()) == LaneClass.CUSTOMER;
            if (fromCustomer && !toCustomer) {
                forward.add(flow.targetId());
            } else if (toCustomer && !fromCustomer) {
                backward.add(flow.sourceId());
            }
        }
        for (MessageFlow flow : index.model.messageFlows()) {
            boolean fromCustomer = classOfEnd(flow.sourceId()) == LaneClass.CUSTOMER;
            boolean toCustomer = classOfEnd(flow.targetId()) == LaneClass.CUSTOMER;
            if (fromCustomer && !toCustomer && index.nodes.containsKey(flow.targetId())) {
                forward.add(flow.targetId());
            } else if (toCustomer && !fromCustomer && index.nodes.containsKey(flow.sourceId())) {
                backward.add(flow.sourceId());
            }
        }
        walkToTasks(forward, true, facing);
        walkToTasks(backward, false, facing);
        return facing;
    }

    private void walkToTasks(ArrayDeque<String> queue, boolean forward, Set<String> facing) {
        Set<String> seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            FlowNode node = index.nodes.get(id);
            if (node == null || classOfNode(id) == LaneClass.CUSTOMER) {
                continue;
            }
            if (node.kind().isTask()) {
                facing.add(id);
            } else if (!node.kind().isActivity()) {
                for (SequenceFlow flow : (forward ? outgoing : incoming).getOrDefault(id, List.of())) {
                    String next = forward ? flow.targetId() : flow.sourceId();
                    if (seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
        }
    }

    /**
     * Channel lanes and pools by their name; channel words in what the customer and the facing tasks do, and
     * in the organisation's start events, which say how the work arrives ("Complaint letter or call received").
     */
    private List<String> channels(Set<String> facing) {
        Set<String> channels = new TreeSet<>();
        for (ClassifiedLane entry : classified.values()) {
            if (entry.laneClass() == LaneClass.CHANNEL) {
                Set<String> named = Vocabulary.channelsInName(entry.name());
                if (named.isEmpty()) {
                    String name = Vocabulary.normalName(entry.name());
                    channels.add(name.isEmpty() ? entry.id() : name);
                } else {
                    channels.addAll(named);
                }
            }
        }
        for (FlowNode node : index.model.nodes()) {
            boolean arrival = node.kind() == ElementKind.START_EVENT && classOfNode(node.id()) != LaneClass.CUSTOMER;
            if (arrival || node.kind().isTask()
                    && (facing.contains(node.id()) || classOfNode(node.id()) == LaneClass.CUSTOMER)) {
                channels.addAll(Vocabulary.channelsInLabel(node.name()));
            }
        }
        for (MessageFlow flow : index.model.messageFlows()) {
            if (classOfEnd(flow.sourceId()) == LaneClass.CUSTOMER || classOfEnd(flow.targetId()) == LaneClass.CUSTOMER) {
                channels.addAll(Vocabulary.channelsInLabel(flow.name()));
            }
        }
        return List.copyOf(channels);
    }

    private List<WaitingPoint> waitingPoints() {
        Set<String> folded = new HashSet<>();
        List<WaitingPoint> waits = new ArrayList<>();
        for (FlowNode node : index.model.nodes()) {
            if (node.kind() == ElementKind.EVENT_BASED_GATEWAY) {
                waits.add(eventBasedGateway(node, folded));
            }
        }
        for (FlowNode node : index.model.nodes()) {
            ElementKind kind = node.kind();
            boolean candidate = kind == ElementKind.INTERMEDIATE_CATCH_EVENT || kind == ElementKind.BOUNDARY_EVENT
                    || kind == ElementKind.RECEIVE_TASK;
            if (!candidate || folded.contains(node.id())) {
                continue;
            }
            boolean waitsOutside = node.triggers().stream().anyMatch(WAIT_TRIGGERS::contains);
            if (waitsOutside || kind == ElementKind.RECEIVE_TASK) {
                List<EventTrigger> waitsFor = node.kind() == ElementKind.RECEIVE_TASK
                        ? List.of(EventTrigger.MESSAGE)
                        : node.triggers().stream().filter(WAIT_TRIGGERS::contains).toList();
                boolean timer = waitsFor.contains(EventTrigger.TIMER);
                boolean boundary = node.kind() == ElementKind.BOUNDARY_EVENT;
                boolean sla = timer && (boundary || SLA_WORDS.matcher(node.name()).find());
                waits.add(waitingPoint(node, node.kind(), waitsFor, timer ? node : null, sla));
            }
        }
        return waits;
    }

    private WaitingPoint eventBasedGateway(FlowNode gateway, Set<String> folded) {
        Set<EventTrigger> waitsFor = EnumSet.noneOf(EventTrigger.class);
        FlowNode timer = null;
        for (SequenceFlow flow : outgoing.getOrDefault(gateway.id(), List.of())) {
            FlowNode alternative = index.nodes.get(flow.targetId());
            if (alternative == null) {
                continue;
            }
            if (alternative.kind() == ElementKind.RECEIVE_TASK) {
                waitsFor.add(EventTrigger.MESSAGE);
                folded.add(alternative.id());
            } else if (alternative.kind() == ElementKind.INTERMEDIATE_CATCH_EVENT) {
                waitsFor.addAll(alternative.triggers());
                folded.add(alternative.id());
                if (timer == null && alternative.hasTrigger(EventTrigger.TIMER)) {
                    timer = alternative;
                }
            }
        }
        // the timer alternative is the time allowed for an answer: a deadline
        return waitingPoint(gateway, gateway.kind(), List.copyOf(waitsFor), timer, timer != null);
    }

    private WaitingPoint waitingPoint(FlowNode node, ElementKind element, List<EventTrigger> waitsFor, FlowNode timer,
            boolean sla) {
        String owner = index.ownerOf(node.id());
        String attachedTo = null;
        if (node.attachedToId() != null) {
            FlowNode host = index.nodes.get(node.attachedToId());
            attachedTo = host == null || host.name().isEmpty() ? node.attachedToId() : host.name();
        }
        String expression = timer == null ? null : timer.timer();
        Optional<Duration> duration = Optional.empty();
        String source = null;
        if (timer != null) {
            duration = TimerDurations.ofExpression(expression);
            source = duration.isPresent() ? "definition" : null;
            if (duration.isEmpty()) {
                duration = TimerDurations.ofLabel(timer.name());
                source = duration.isPresent() ? "label" : null;
            }
        }
        return new WaitingPoint(node.id(), node.name(), element, waitsFor, owner == null ? "" : index.nameOf(owner),
                attachedTo, sla, expression, duration.map(Duration::getSeconds).orElse(null),
                duration.map(Duration::toString).orElse(null), source);
    }

    private List<LaneMetrics> laneMetrics(Map<String, Tally> tallies, Map<String, List<String>> systemsPerRole) {
        Set<String> processesWithLanes = new HashSet<>();
        for (Lane lane : index.model.lanes()) {
            processesWithLanes.add(lane.processId());
        }
        List<String> owners = new ArrayList<>();
        for (Pool pool : index.model.pools()) {
            // a pool with lanes is shown through its lanes, unless some of its tasks sit outside them
            if (pool.isBlackBox() || !processesWithLanes.contains(pool.processId())
                    || tallies.containsKey(pool.id()) && tallies.get(pool.id()).tasks > 0) {
                owners.add(pool.id());
            }
        }
        index.model.lanes().forEach(l -> owners.add(l.id()));
        List<LaneMetrics> result = new ArrayList<>();
        for (String owner : owners) {
            Tally tally = tallies.getOrDefault(owner, new Tally());
            ClassifiedLane entry = classified.get(owner);
            String name = index.nameOf(owner);
            LaneClass laneClass = classOfOwner(owner);
            List<String> systems = laneClass == LaneClass.HUMAN_ROLE
                    ? systemsPerRole.getOrDefault(name.isEmpty() ? owner : name, List.of()) : List.of();
            result.add(new LaneMetrics(owner, name, index.pools.containsKey(owner), laneClass,
                    entry == null ? "not classified" : entry.rule(), tally.tasks, tally.tasks - tally.automated,
                    tally.automated, tally.handoffsIn, tally.handoffsOut, systems));
        }
        return result;
    }
}
