package com.gapwise.strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derived dependencies between initiatives. Rule: an initiative whose requirements concern an element that
 * sends or receives a message over an interface built by another initiative depends on that initiative (the
 * task cannot work before its interface exists).
 */
final class Dependencies {

    private Dependencies() {
    }

    /** Mutable lists per initiative key, in bundle order, so that analysts' declarations can be added. */
    static Map<String, List<Dependency>> derive(List<Bundler.Draft> drafts, Map<String, Requirement> requirements) {
        Map<String, Map<String, String>> interfaceOwners = new HashMap<>(); // element -> initiative -> interface text
        for (Bundler.Draft draft : drafts) {
            for (String key : draft.requirementKeys) {
                Requirement requirement = requirements.get(key);
                if (requirement.topic() == RequirementTopic.INTERFACE) {
                    for (String element : requirement.elementIds()) {
                        interfaceOwners.computeIfAbsent(requirement.processKey() + '#' + element, e -> new LinkedHashMap<>())
                                .putIfAbsent(draft.key, requirement.text());
                    }
                }
            }
        }
        Map<String, List<Dependency>> result = new LinkedHashMap<>();
        for (Bundler.Draft draft : drafts) {
            List<Dependency> dependencies = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (String key : draft.requirementKeys) {
                Requirement requirement = requirements.get(key);
                if (requirement.topic() == RequirementTopic.INTERFACE || requirement.topic() == RequirementTopic.SECURITY) {
                    continue;
                }
                for (String element : requirement.elementIds()) {
                    Map<String, String> owners = interfaceOwners.get(requirement.processKey() + '#' + element);
                    if (owners == null) {
                        continue;
                    }
                    owners.forEach((owner, interfaceText) -> {
                        if (!owner.equals(draft.key) && seen.add(owner)) {
                            dependencies.add(new Dependency(owner, false, "element " + element + " of requirement "
                                    + key + " uses an interface built there: " + interfaceText));
                        }
                    });
                }
            }
            result.put(draft.key, dependencies);
        }
        return result;
    }
}
