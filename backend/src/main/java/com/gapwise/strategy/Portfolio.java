package com.gapwise.strategy;

import com.gapwise.portfolio.Application;
import com.gapwise.portfolio.PortfolioAssessment;
import com.gapwise.portfolio.SupportLink;
import com.gapwise.portfolio.SupportResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks up which application of the portfolio supports a requirement: by element first (linked by hand, or
 * by the task's extension property), then by lane.
 */
final class Portfolio {

    record Support(Application application) {
    }

    private final Map<String, Application> byElement = new HashMap<>();
    private final Map<String, List<Application>> byLane = new HashMap<>();

    Portfolio(List<Application> applications, PortfolioAssessment assessment) {
        Map<String, Application> byKey = new HashMap<>();
        for (Application application : applications) {
            byKey.put(application.key(), application);
            application.elements().forEach(e -> byElement.putIfAbsent(e, application));
        }
        if (assessment != null) {
            assessment.support().forEach((key, links) -> links.stream().filter(l -> l.via() == SupportLink.Via.PROPERTY)
                    .forEach(l -> byElement.putIfAbsent(l.processKey() + ":" + l.elementId(), byKey.get(key))));
        }
        for (Application application : applications) {
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
                if (application.capabilities().isEmpty() || application.capabilities().contains(requirement.capability().name())) {
                    return new Support(application);
                }
            }
        }
        return null;
    }

    /** Lane names compare by their words, ignoring case and punctuation. */
    private static String laneKey(String lane) {
        return SupportResolver.normal(lane);
    }
}
