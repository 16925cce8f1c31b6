package com.gapwise.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The diff of a current-state and a future-state model. Deterministic for the same input: every
 * list is sorted by a stable key.
 */
public record DiffResult(List<Match> matches, List<ElementRef> added, List<ElementRef> removed, List<Change> changes) {

    public DiffResult {
        matches = List.copyOf(matches);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changes = List.copyOf(changes);
    }

    /** The merges: each future element with several current counterparts, and those counterparts in match order. */
    public Map<String, List<String>> merges() {
        return several(false);
    }

    /** The splits: each current element with several future counterparts, and those counterparts in match order. */
    public Map<String, List<String>> splits() {
        return several(true);
    }

    private Map<String, List<String>> several(boolean byCurrent) {
        // grouped by hash, sorted only for the few with several counterparts
        Map<String, List<String>> counterparts = new HashMap<>();
        for (Match match : matches) {
            counterparts.computeIfAbsent(byCurrent ? match.current() : match.future(), k -> new ArrayList<>(1))
                    .add(byCurrent ? match.future() : match.current());
        }
        Map<String, List<String>> several = new TreeMap<>();
        counterparts.forEach((id, ids) -> {
            if (ids.size() >= 2) {
                several.put(id, ids);
            }
        });
        return several;
    }
}
