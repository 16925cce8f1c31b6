package com.gapwise.metrics;

import com.gapwise.model.BpmnProcess;
import com.gapwise.model.ElementKind;
import com.gapwise.model.FlowNode;
import com.gapwise.model.SequenceFlow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Shortest and longest paths, hand-offs per path and loops, in time linear in the size of the
 * flow: one depth-first search finds the back edges (each closes a loop) and a topological order
 * of the rest; longest paths are a pass over that order, shortest paths a 0-1 breadth-first search
 * over the whole flow (loops never shorten a path).
 *
 * <p>The graph: one vertex per flow node, plus an exit vertex per expanded sub-process (the node's
 * own vertex is its entry). Edges: the sequence flows (leaving a sub-process from its exit), entry
 * to the sub-process's starts, its ends to its exit, and each activity to its boundary events.
 * Entering a vertex costs one step for a task, a call activity or a collapsed sub-process.
 */
final class PathAnalysis {

    private final ModelIndex index;
    private final List<FlowNode> nodes;
    private final Map<String, Integer> vertexOf = new HashMap<>();
    private final int[] exitOf;
    private final int vertexCount;
    private final int[] weight;
    /** Owning node of each vertex (an exit vertex belongs to its sub-process). */
    private final int[] nodeOf;
    // edges in compressed rows
    private int[] edgeStart;
    private int[] edgeTarget;
    private int[] edgeHandoff;
    private String[] edgeFlow;
    private boolean[] backEdge;
    private int[] topoOrder;
    private final Map<String, List<Integer>> starts;

    PathAnalysis(ModelIndex index) {
        this.index = index;
        this.nodes = index.model.nodes();
        int n = nodes.size();
        for (int i = 0; i < n; i++) {
            vertexOf.put(nodes.get(i).id(), i);
        }
        Map<String, List<Integer>> children = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String parent = nodes.get(i).parentId();
            if (parent != null && vertexOf.containsKey(parent)) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(i);
            }
        }
        exitOf = new int[n];
        int next = n;
        for (int i = 0; i < n; i++) {
            exitOf[i] = children.containsKey(nodes.get(i).id()) ? next++ : i;
        }
        vertexCount = next;
        weight = new int[vertexCount];
        nodeOf = new int[vertexCount];
        for (int i = 0; i < n; i++) {
            ElementKind kind = nodes.get(i).kind();
            boolean expanded = exitOf[i] != i;
            weight[i] = kind.isTask() || kind == ElementKind.CALL_ACTIVITY || kind.isSubProcess() && !expanded ? 1 : 0;
            nodeOf[i] = i;
            nodeOf[exitOf[i]] = i;
        }
        buildEdges(children);
        starts = topLevelStarts();
        findBackEdges();
    }

    private record Edge(int from, int to, int handoff, String flowId) {
    }

    private void buildEdges(Map<String, List<Integer>> children) {
        List<Edge> edges = new ArrayList<>();
        boolean[] hasIncoming = new boolean[nodes.size()];
        boolean[] hasOutgoing = new boolean[nodes.size()];
        for (SequenceFlow flow : index.model.sequenceFlows()) {
            Integer s = vertexOf.get(flow.sourceId());
            Integer t = vertexOf.get(flow.targetId());
            if (s == null || t == null) {
                continue;
            }
            hasOutgoing[s] = true;
            hasIncoming[t] = true;
            edges.add(new Edge(exitOf[s], t, isHandoff(flow.sourceId(), flow.targetId()) ? 1 : 0, flow.id()));
        }
        for (int i = 0; i < nodes.size(); i++) {
            FlowNode node = nodes.get(i);
            if (node.kind() == ElementKind.BOUNDARY_EVENT && node.attachedToId() != null) {
                Integer host = vertexOf.get(node.attachedToId());
                if (host != null) {
                    edges.add(new Edge(host, i, 0, null));
                }
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            List<Integer> inner = children.get(nodes.get(i).id());
            if (inner == null) {
                continue;
            }
            for (int c : startsAmong(inner, hasIncoming)) {
                edges.add(new Edge(i, c, 0, null));
            }
            for (int c : inner) {
                if (!hasOutgoing[c]) {
                    edges.add(new Edge(exitOf[c], exitOf[i], 0, null));
                }
            }
        }
        edgeStart = new int[vertexCount + 1];
        for (Edge e : edges) {
            edgeStart[e.from() + 1]++;
        }
        for (int v = 0; v < vertexCount; v++) {
            edgeStart[v + 1] += edgeStart[v];
        }
        int[] fill = Arrays.copyOf(edgeStart, vertexCount);
        edgeTarget = new int[edges.size()];
        edgeHandoff = new int[edges.size()];
        edgeFlow = new String[edges.size()];
        for (Edge e : edges) {
            int k = fill[e.from()]++;
            edgeTarget[k] = e.to();
            edgeHandoff[k] = e.handoff();
            edgeFlow[k] = e.flowId();
        }
    }

    private boolean isHandoff(String sourceId, String targetId) {
        String a = index.laneOf(sourceId);
        String b = index.laneOf(targetId);
        return a != null && b != null && !a.equals(b);
    }

    /** Start events among the given nodes; if none, the nodes nothing flows into (boundary events excluded). */
    private List<Integer> startsAmong(List<Integer> candidates, boolean[] hasIncoming) {
        List<Integer> starts = new ArrayList<>();
        for (int c : candidates) {
            if (nodes.get(c).kind() == ElementKind.START_EVENT) {
                starts.add(c);
            }
        }
        if (starts.isEmpty()) {
            for (int c : candidates) {
                if (!hasIncoming[c] && nodes.get(c).kind() != ElementKind.BOUNDARY_EVENT) {
                    starts.add(c);
                }
            }
        }
        return starts;
    }

    /** Iterative DFS from every start, then from whatever is left, so that loops anywhere are found. */
    private void findBackEdges() {
        backEdge = new boolean[edgeTarget.length];
        byte[] state = new byte[vertexCount]; // 0 new, 1 on stack, 2 done
        int[] postorder = new int[vertexCount];
        int post = 0;
        int[] stack = new int[vertexCount];
        int[] cursor = new int[vertexCount];
        List<Integer> roots = new ArrayList<>();
        starts.values().forEach(roots::addAll);
        for (int v = 0; v < vertexCount; v++) {
            roots.add(v);
        }
        for (int root : roots) {
            if (state[root] != 0) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            state[root] = 1;
            cursor[root] = edgeStart[root];
            while (top > 0) {
                int v = stack[top - 1];
                if (cursor[v] < edgeStart[v + 1]) {
                    int k = cursor[v]++;
                    int w = edgeTarget[k];
                    if (state[w] == 0) {
                        state[w] = 1;
                        cursor[w] = edgeStart[w];
                        stack[top++] = w;
                    } else if (state[w] == 1) {
                        backEdge[k] = true;
                    }
                } else {
                    state[v] = 2;
                    postorder[post++] = v;
                    top--;
                }
            }
        }
        topoOrder = new int[vertexCount];
        for (int i = 0; i < vertexCount; i++) {
            topoOrder[i] = postorder[vertexCount - 1 - i];
        }
    }

    /** Start vertices of each process, at its top level, in model order. */
    private Map<String, List<Integer>> topLevelStarts() {
        Map<String, List<Integer>> byProcess = new LinkedHashMap<>();
        boolean[] hasIncoming = new boolean[nodes.size()];
        for (SequenceFlow flow : index.model.sequenceFlows()) {
            Integer t = vertexOf.get(flow.targetId());
            if (t != null) {
                hasIncoming[t] = true;
            }
        }
        Map<String, List<Integer>> topLevel = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).parentId() == null || !vertexOf.containsKey(nodes.get(i).parentId())) {
                topLevel.computeIfAbsent(Objects.toString(nodes.get(i).processId(), ""), k -> new ArrayList<>()).add(i);
            }
        }
        topLevel.forEach((process, candidates) -> byProcess.put(process, startsAmong(candidates, hasIncoming)));
        return byProcess;
    }

    /** Paths of every process of the model, in the order of its process list (then any process only nodes name). */
    List<ProcessPaths> perProcess() {
        int[] shortest = zeroOneShortest(starts, false);
        int[] fewestHandoffs = zeroOneShortest(starts, true);
        int[] longest = new int[vertexCount];
        int[] mostHandoffs = new int[vertexCount];
        Arrays.fill(longest, -1);
        Arrays.fill(mostHandoffs, -1);
        for (List<Integer> s : starts.values()) {
            for (int v : s) {
                longest[v] = weight[v];
                mostHandoffs[v] = 0;
            }
        }
        for (int v : topoOrder) {
            if (longest[v] < 0) {
                continue;
            }
            for (int k = edgeStart[v]; k < edgeStart[v + 1]; k++) {
                if (!backEdge[k]) {
                    int w = edgeTarget[k];
                    longest[w] = Math.max(longest[w], longest[v] + weight[w]);
                    mostHandoffs[w] = Math.max(mostHandoffs[w], mostHandoffs[v] + edgeHandoff[k]);
                }
            }
        }
        Set<String> processIds = new LinkedHashSet<>();
        Map<String, String> names = new HashMap<>();
        for (BpmnProcess p : index.model.processes()) {
            processIds.add(p.id());
            names.put(p.id(), p.name());
        }
        for (FlowNode node : nodes) {
            processIds.add(Objects.toString(node.processId(), ""));
        }
        Map<String, List<Integer>> verticesByProcess = new HashMap<>();
        for (int v = 0; v < vertexCount; v++) {
            verticesByProcess.computeIfAbsent(Objects.toString(nodes.get(nodeOf[v]).processId(), ""),
                    k -> new ArrayList<>()).add(v);
        }
        List<ProcessPaths> result = new ArrayList<>();
        for (String processId : processIds) {
            result.add(paths(processId, names.getOrDefault(processId, ""), verticesByProcess.getOrDefault(processId,
                    List.of()), shortest, fewestHandoffs, longest, mostHandoffs));
        }
        return result;
    }

    private ProcessPaths paths(String processId, String name, List<Integer> vertices, int[] shortest,
            int[] fewestHandoffs, int[] longest, int[] mostHandoffs) {
        // ends: reached top-level vertices with no way on; if a loop never ends, the vertices the loop-free flow ends at
        List<Integer> ends = new ArrayList<>();
        List<Integer> dagEnds = new ArrayList<>();
        int tasks = 0;
        int loops = 0;
        List<String> loopFlows = new ArrayList<>();
        for (int v : vertices) {
            FlowNode node = nodes.get(nodeOf[v]);
            if (v < nodes.size() && node.kind().isTask()) {
                tasks++;
            }
            boolean anyEdge = false;
            boolean anyForward = false;
            for (int k = edgeStart[v]; k < edgeStart[v + 1]; k++) {
                anyEdge = true;
                anyForward |= !backEdge[k];
                if (backEdge[k]) {
                    loops++;
                    if (edgeFlow[k] != null) {
                        loopFlows.add(edgeFlow[k]);
                    }
                }
            }
            if (longest[v] >= 0 && isTopLevel(v)) {
                if (!anyEdge) {
                    ends.add(v);
                }
                if (!anyForward) {
                    dagEnds.add(v);
                }
            }
        }
        List<Integer> terminal = ends.isEmpty() ? dagEnds : ends;
        int shortestPath = Integer.MAX_VALUE;
        int longestPath = 0;
        int fewest = Integer.MAX_VALUE;
        int most = 0;
        for (int v : terminal) {
            shortestPath = Math.min(shortestPath, shortest[v]);
            fewest = Math.min(fewest, fewestHandoffs[v]);
            longestPath = Math.max(longestPath, longest[v]);
            most = Math.max(most, mostHandoffs[v]);
        }
        return new ProcessPaths(processId, name, tasks, terminal.isEmpty() ? 0 : shortestPath, longestPath,
                terminal.isEmpty() ? 0 : fewest, most, loops, loopFlows);
    }

    private boolean isTopLevel(int v) {
        FlowNode node = nodes.get(nodeOf[v]);
        return node.parentId() == null || !vertexOf.containsKey(node.parentId());
    }

    /** 0-1 BFS from all starts: vertex weights (tasks) or edge weights (hand-offs). */
    private int[] zeroOneShortest(Map<String, List<Integer>> starts, boolean handoffs) {
        int[] dist = new int[vertexCount];
        Arrays.fill(dist, Integer.MAX_VALUE);
        ArrayDeque<Integer> deque = new ArrayDeque<>();
        for (List<Integer> s : starts.values()) {
            for (int v : s) {
                int d = handoffs ? 0 : weight[v];
                if (d < dist[v]) {
                    dist[v] = d;
                    if (d == 0) {
                        deque.addFirst(v);
                    } else {
                        deque.addLast(v);
                    }
                }
            }
        }
        while (!deque.isEmpty()) {
            int v = deque.pollFirst();
            for (int k = edgeStart[v]; k < edgeStart[v + 1]; k++) {
                int w = edgeTarget[k];
                int cost = handoffs ? edgeHandoff[k] : weight[w];
                if (dist[v] + cost < dist[w]) {
                    dist[w] = dist[v] + cost;
                    if (cost == 0) {
                        deque.addFirst(w);
                    } else {
                        deque.addLast(w);
                    }
                }
            }
        }
        return dist;
    }
}
