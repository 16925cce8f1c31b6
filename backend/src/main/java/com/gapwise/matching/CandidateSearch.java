package com.gapwise.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The candidates the label passes score for each unmatched element: in a revision those next to the
 * counterparts of its neighbours, otherwise every element of the other side, or, between large models, those
 * that share a word stem with it.
 */
final class CandidateSearch {

    private final ModelView a;
    private final ModelView b;

    CandidateSearch(ModelView current, ModelView future) {
        this.a = current;
        this.b = future;
    }

    /**
     * In a revision, an element that lost its id can only be the same element re-drawn in the same place,
     * so the candidates are the unmatched elements next to the counterparts of its neighbours.
     */
    Map<String, List<String>> neighbourCandidates(List<String> left, List<String> right) {
        Map<String, List<String>> byNeighbour = b.byNearestMatched(right);
        Map<String, List<String>> out = new HashMap<>();
        for (String c : left) {
            Set<String> found = new TreeSet<>();
            if (b.nodes.containsKey(c)) {
                // its id survived but names something else now: anything may be its counterpart
                found.addAll(right);
            }
            for (boolean forward : new boolean[] {true, false}) {
                for (String n : a.nearest(c, forward)) {
                    found.addAll(byNeighbour.getOrDefault(a.partner.get(n), List.of()));
                }
            }
            out.put(c, new ArrayList<>(found));
        }
        return out;
    }

    static Map<String, List<String>> allPairs(List<String> left, List<String> right) {
        Map<String, List<String>> out = new HashMap<>();
        for (String c : left) {
            out.put(c, right);
        }
        return out;
    }

    /**
     * Candidates that share a word stem, rarest words first: a rare shared word is the best hint, and
     * very common words would make the candidate lists quadratic. Of a word too common to take whole, the
     * elements that stand nearest along the flow: two drawings of one process keep their steps roughly in order,
     * and a large model whose labels repeat (twenty labels over thousands of steps) then still finds each step's
     * counterpart among its candidates, where the first elements of the document would not hold it.
     */
    Map<String, List<String>> indexedCandidates(List<String> left, List<String> right) {
        Map<String, List<String>> postings = new HashMap<>();
        for (String f : right) {
            for (String stem : b.labels.get(f).stems()) {
                postings.computeIfAbsent(stem, k -> new ArrayList<>()).add(f);
            }
        }
        int cap = Math.max(64, (int) (4 * Math.sqrt(right.size())));
        // by the posting list itself: a list's own hash code would read all its ids at every lookup
        Map<List<String>, Along> along = new IdentityHashMap<>();
        Map<String, List<String>> out = new HashMap<>();
        for (String c : left) {
            List<List<String>> lists = new ArrayList<>();
            for (String stem : a.labels.get(c).stems()) {
                List<String> posting = postings.get(stem);
                if (posting != null) {
                    lists.add(posting);
                }
            }
            lists.sort(Comparator.comparingInt(List::size));
            Set<String> found = new TreeSet<>();
            for (List<String> list : lists) {
                if (found.size() >= 4 * MatchRun.TOP_CANDIDATES || (list.size() > cap && !found.isEmpty())) {
                    break;
                }
                found.addAll(list.size() > cap
                        ? along.computeIfAbsent(list, Along::new).nearest(a.position.get(c), cap) : list);
            }
            out.put(c, new ArrayList<>(found));
        }
        return out;
    }

    /** A long posting list in the order of its elements' positions along the flow (document order on ties). */
    private final class Along {
        private final List<String> ids;
        private final double[] positions;

        Along(List<String> posting) {
            ids = new ArrayList<>(posting);
            ids.sort(Comparator.comparingDouble(b.position::get));
            positions = new double[ids.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = b.position.get(ids.get(i));
            }
        }

        /** The {@code count} elements nearest to {@code position}; of two as near, the earlier one. */
        List<String> nearest(double position, int count) {
            int after = 0;
            int before = positions.length;
            while (after < before) {
                int middle = (after + before) >>> 1;
                if (positions[middle] < position) {
                    after = middle + 1;
                } else {
                    before = middle;
                }
            }
            before = after - 1;
            List<String> out = new ArrayList<>(count);
            while (out.size() < count) {
                boolean takeBefore = after >= positions.length
                        || before >= 0 && position - positions[before] <= positions[after] - position;
                out.add(ids.get(takeBefore ? before-- : after++));
            }
            return out;
        }
    }
}
