package com.gapwise.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The global one-to-one assignment of maximum total score over a sparse set of scored candidate
 * pairs (JGraphT's Hungarian-style maximum-weight bipartite matching), solved per connected
 * component so that large models stay fast.
 */
final class Assignment {

    /** A scored candidate pair. */
    record Edge<T>(String current, String future, double score, T payload) {
    }

    private Assignment() {
    }

    /**
     * The chosen pairs, in the order of the two models' documents. Deterministic for the same edges; where two
     * assignments score the same, the one the documents' order gives first wins, never the one the ids would (ids
     * may be numbers, hashes or anything: a tool that renames every id must get the same answer).
     *
     * @param currentRank each current id's place in its model's document
     * @param futureRank  each future id's place in its model's document
     */
    static <T> List<Edge<T>> solve(List<Edge<T>> edges, ToIntFunction<String> currentRank,
            ToIntFunction<String> futureRank) {
        Comparator<Edge<T>> documentOrder = Comparator.comparingInt((Edge<T> e) -> currentRank.applyAsInt(e.current))
                .thenComparingInt(e -> futureRank.applyAsInt(e.future));
        List<Edge<T>> sorted = new ArrayList<>(edges);
        sorted.sort(documentOrder);
        Map<String, String> parent = new HashMap<>();
        for (Edge<T> e : sorted) {
            union(parent, "c:" + e.current, "f:" + e.future);
        }
        // components keyed by their root (see union): each solved on its own, so their order does not matter
        Map<String, List<Edge<T>>> components = new TreeMap<>();
        for (Edge<T> e : sorted) {
            components.computeIfAbsent(find(parent, "c:" + e.current), k -> new ArrayList<>()).add(e);
        }
        List<Edge<T>> chosen = new ArrayList<>();
        for (List<Edge<T>> component : components.values()) {
            if (component.size() == 1) {
                chosen.add(component.get(0));
            } else {
                chosen.addAll(solveComponent(component));
            }
        }
        chosen.sort(documentOrder);
        return chosen;
    }

    /** Each item's place in its list (the document's order), by id: the ranks {@link #solve} orders ties by. */
    static <T> Map<String, Integer> ranks(List<T> items, Function<T, String> id) {
        Map<String, Integer> rank = new HashMap<>();
        for (T item : items) {
            rank.putIfAbsent(id.apply(item), rank.size());
        }
        return rank;
    }

    private static <T> List<Edge<T>> solveComponent(List<Edge<T>> component) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<String> left = new LinkedHashSet<>();
        Set<String> right = new LinkedHashSet<>();
        Map<DefaultWeightedEdge, Edge<T>> byEdge = new HashMap<>();
        for (Edge<T> e : component) {
            String c = "c:" + e.current;
            String f = "f:" + e.future;
            if (left.add(c)) {
                graph.addVertex(c);
            }
            if (right.add(f)) {
                graph.addVertex(f);
            }
            DefaultWeightedEdge edge = graph.addEdge(c, f);
            if (edge != null) {
                graph.setEdgeWeight(edge, e.score);
                byEdge.put(edge, e);
            }
        }
        List<Edge<T>> out = new ArrayList<>();
        for (DefaultWeightedEdge edge : new MaximumWeightBipartiteMatching<>(graph, left, right).getMatching().getEdges()) {
            out.add(byEdge.get(edge));
        }
        return out;
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        // path compression keeps large candidate graphs near linear
        String node = x;
        while (!node.equals(root)) {
            String next = parent.get(node);
            parent.put(node, root);
            node = next;
        }
        parent.putIfAbsent(root, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // the smaller key becomes the root so that components are keyed deterministically
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
