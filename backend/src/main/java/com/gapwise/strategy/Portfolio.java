package com.gapwise.strategy;

import com.gapwise.gaps.KeywordSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Looks up which application of the portfolio supports a requirement: by element first, then by lane. */
final class Portfolio {

    record Support(Application application) {
    }

    private final Map<String, Application> byElement = new HashMap<>();
    private final Map<String, List<Application>> byLane = new HashMap<>();

    Portfolio(List<Application> applications) {
        for (Application application : applications) {
            application.elements().forEach(e -> byElement.putIfAbsent(e, application));
            application.lanes().forEach(l -> byLane.computeIfAbsent(laneKey(l), k -> new ArrayList<>()).add(application));
        }
    }

    /** The supporting application, or null. Element support wins over lane support; earlier applications win ties. */
    Support supporting(Requirement requirement) {
        for (String element : requirement.elementIds()) {
            Application application = byElement.get(requirement.processKey() + ":" + element);
            if (application != null) {
                return new Support(application);
            }
        }
        if (requirement.lane() != null) {
            for (Application application : byLane.getOrDefault(laneKey(requirement.lane()), List.of())) {
                if (application.capabilities().isEmpty() || application.capabilities().contains(requirement.capability())) {
                    return new Support(application);
                }
            }
        }
        return null;
    }

    /** Lane names compare by their words, ignoring case and punctuation. */
    private static String laneKey(String lane) {
        return KeywordSet.Text.of(lane).padded().strip();
    }
}
