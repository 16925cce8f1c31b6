package com.gapwise.metrics;

import java.util.List;
import java.util.Optional;

/** The classes of every lane and pool of one model, pools first, each with its explanation. */
public record LaneClassification(List<ClassifiedLane> entries) {

    public LaneClassification {
        entries = List.copyOf(entries);
    }

    /** The entry for a lane or pool id. */
    public Optional<ClassifiedLane> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
