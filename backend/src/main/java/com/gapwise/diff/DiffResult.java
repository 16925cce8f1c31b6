package com.gapwise.diff;

import java.util.List;

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
}
