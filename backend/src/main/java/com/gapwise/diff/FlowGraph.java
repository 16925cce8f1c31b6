package com.gapwise.diff;

import com.gapwise.model.FlowNode;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
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
