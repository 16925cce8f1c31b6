package com.gapwise.diff;

import com.gapwise.model.FlowNode;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
import com.gapwise.model.StrongComponents;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The sequence-flow graph of a model, with walks that look through nodes that do not count (gateways,
 * elements without counterpart) to the nearest nodes that do.
 */
public final class FlowGraph {

    private final Map<String, List<String>> successors = new HashMap<>();
    private final Map<String, List<String>> predecessors = new HashMap<>();
    /** The model the flows are from: its nodes and their boundary events, for {@link #stepsFromStarts()}. */
    private final ProcessModel model;

    private FlowGraph(ProcessModel model) {
        this.model = model;
    }

    public static FlowGraph of(ProcessModel model) {
        FlowGraph graph = new FlowGraph(model);
        for (SequenceFlow flow : model.sequenceFlows()) {
            graph.successors.computeIfAbsent(flow.sourceId(), k -> new ArrayList<>()).add(flow.targetId());
            graph.predecessors.computeIfAbsent(flow.targetId(), k -> new ArrayList<>()).add(flow.sourceId());
        }
        return graph;
    }

    /**
     * How many sequence flows each node lies from the nodes nothing leads to, breadth first (the starts and their
     * successors in the order of their ids): the order a reader walks the diagram in. An event on an activity's
     * boundary lies where its activity does, and starts no walk of its own. A node no walk reaches (a cycle on its
     * own) is absent.
     */
    public Map<String, Integer> stepsFromStarts() {
        // only the starts and each activity's boundary events need the order of their ids, not every node
        Map<String, List<String>> boundaryEvents = new HashMap<>();
        List<String> starts = new ArrayList<>();
        for (FlowNode node : model.nodes()) {
            if (node.attachedToId() != null) {
                boundaryEvents.computeIfAbsent(node.attachedToId(), k -> new ArrayList<>()).add(node.id());
            } else if (adjacent(node.id(), false).isEmpty()) {
                starts.add(node.id());
            }
        }
        Collections.sort(starts);
        boundaryEvents.values().forEach(Collections::sort);
        Map<String, Integer> steps = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String start : starts) {
            steps.put(start, 0);
            queue.add(start);
        }
        while (!queue.isEmpty()) {
            String id = queue.poll();
            int step = steps.get(id);
            for (String successor : adjacent(id, true)) {
                if (steps.putIfAbsent(successor, step + 1) == null) {
                    queue.add(successor);
                }
            }
            for (String event : boundaryEvents.getOrDefault(id, List.of())) {
                if (steps.putIfAbsent(event, step) == null) {
                    queue.add(event);
                }
            }
        }
        return steps;
    }

    /** Direct successors (forward) or predecessors. */
    public List<String> adjacent(String id, boolean forward) {
        return (forward ? successors : predecessors).getOrDefault(id, List.of());
    }

    /**
     * The nearest nodes that {@code counts} accepts, walking forward or backward from {@code id} through
     * every node it rejects. Sorted.
     */
    public Set<String> nearest(String id, boolean forward, Predicate<String> counts) {
        return within(id, forward, 1, counts);
    }

    /**
     * {@link #nearest}, for a caller that asks it of many nodes while {@code counts} holds still: what each node that
     * does not count reaches is kept in {@code reach} and shared by every walk that passes it, so asking it of every
     * node walks the graph about once, where a walk per question would cross most of a large model that has few
     * counting nodes. The caller keeps one {@code reach} per direction and empties it whenever {@code counts} changes.
     */
    public Set<String> nearest(String id, boolean forward, Predicate<String> counts, Map<String, Set<String>> reach) {
        List<String> first = adjacent(id, forward);
        if (first.isEmpty()) {
            return Set.of();
        }
        if (first.size() == 1 && !first.get(0).equals(id) && counts.test(first.get(0))) {
            return Set.of(first.get(0));
        }
        Set<String> found = new TreeSet<>();
        for (String next : first) {
            if (counts.test(next)) {
                found.add(next);
            } else {
                found.addAll(reach(next, forward, counts, reach));
            }
        }
        found.remove(id);
        return found.size() == 1 ? Set.of(found.iterator().next()) : Collections.unmodifiableSet(found);
    }

    /**
     * The counting nodes that a node that does not count reaches through nodes that do not count, by strongly
     * connected components: the nodes of a cycle reach the same nodes, and each component is finished after every
     * component it leads to.
     */
    private Set<String> reach(String start, boolean forward, Predicate<String> counts, Map<String, Set<String>> reach) {
        Set<String> known = reach.get(start);
        if (known != null) {
            return known;
        }
        // most often every node after it counts or is known already: no walk to make
        boolean walk = false;
        for (String next : adjacent(start, forward)) {
            walk |= next.equals(start) || !counts.test(next) && !reach.containsKey(next);
        }
        if (!walk) {
            reachTogether(List.of(start), forward, counts, reach);
            return reach.get(start);
        }
        new StrongComponents(next -> adjacent(next, forward), next -> !counts.test(next) && !reach.containsKey(next))
                .walk(start, members -> reachTogether(members, forward, counts, reach));
        return reach.get(start);
    }

    /**
     * Gives the nodes of a component (a cycle, or one node) what they reach together: the counting nodes after them
     * and what the known nodes after them reach.
     */
    private void reachTogether(List<String> members, boolean forward, Predicate<String> counts,
                               Map<String, Set<String>> reach) {
        String root = members.get(members.size() - 1);
        Set<String> inComponent = members.size() == 1 ? Set.of(root) : new HashSet<>(members);
        // a run of single steps shares one set instead of a copy per step
        Set<String> only = null;
        Set<String> union = null;
        for (String m : members) {
            for (String next : adjacent(m, forward)) {
                if (inComponent.contains(next)) {
                    continue;
                }
                Set<String> part = counts.test(next) ? Set.of(next) : reach.get(next);
                if (union != null) {
                    union.addAll(part);
                } else if (only == null || only == part) {
                    only = part;
                } else {
                    union = new HashSet<>(only);
                    union.addAll(part);
                }
            }
        }
        Set<String> reached = union != null ? union : only != null ? only : Set.of();
        for (String m : members) {
            reach.put(m, reached);
        }
    }

    /**
     * The counting nodes at most {@code steps} counting nodes away from {@code id} (1 = the nearest),
     * walking forward or backward through every node {@code counts} rejects. Sorted.
     */
    public Set<String> within(String id, boolean forward, int steps, Predicate<String> counts) {
        // most nodes have one neighbour in sequence, and the matcher asks for every node on both sides
        List<String> first = adjacent(id, forward);
        if (first.isEmpty()) {
            return Set.of();
        }
        if (steps == 1 && first.size() == 1 && !first.get(0).equals(id) && counts.test(first.get(0))) {
            return Set.of(first.get(0));
        }
        Set<String> found = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        seen.add(id);
        List<String> frontier = List.of(id);
        for (int step = 0; step < steps && !frontier.isEmpty(); step++) {
            List<String> hits = new ArrayList<>();
            Deque<String> queue = new ArrayDeque<>(frontier);
            while (!queue.isEmpty()) {
                for (String next : adjacent(queue.poll(), forward)) {
                    if (!seen.add(next)) {
                        continue;
                    }
                    if (counts.test(next)) {
                        hits.add(next);
                    } else {
                        queue.add(next);
                    }
                }
            }
            found.addAll(hits);
            frontier = hits;
        }
        found.remove(id);
        return Collections.unmodifiableSet(found);
    }

    /** Nodes that share a nearest counting predecessor or successor with {@code id}: its alternatives and parallel branches. */
    public Set<String> siblings(String id, Predicate<String> counts) {
        Set<String> out = new TreeSet<>();
        for (boolean forward : new boolean[] {true, false}) {
            for (String n : nearest(id, !forward, counts)) {
                out.addAll(nearest(n, forward, counts));
            }
        }
        out.remove(id);
        return out;
    }

}
