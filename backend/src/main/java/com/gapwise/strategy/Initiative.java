package com.gapwise.strategy;

import java.util.List;

/**
 * A bundle of requirements delivered together, scored and placed on the roadmap.
 *
 * @param key             stable: "I-sys-" + system lane for application bundles, "I-cap-" + capability for
 *                        capability bundles, or the key an analyst gave a created initiative
 * @param name            the name in force (the analyst's if renamed)
 * @param renamed         whether an analyst renamed it
 * @param origin          how it came to be
 * @param capability      the capability most of its requirements serve
 * @param application     the system lane it bundles, or null for a capability bundle
 * @param bundleReason    why these requirements belong together, in words
 * @param mergedFrom      keys of initiatives an analyst merged into this one
 * @param effort          effort points (the analyst's if set)
 * @param effortReason    how the effort was computed
 * @param dependsOn       initiatives that must not come later than this one
 */
public record Initiative(
        String key,
        String name,
        boolean renamed,
        Origin origin,
        Capability capability,
        String application,
        String bundleReason,
        List<String> requirementKeys,
        List<String> gapKeys,
        List<String> processKeys,
        List<String> mergedFrom,
        int effort,
        String effortReason,
        List<Dependency> dependsOn,
        Score score) {

    /** Derived by the bundling rules, or created by an analyst (e.g. when splitting one). */
    public enum Origin { DERIVED, CREATED }

    public Initiative {
        requirementKeys = Copies.list(requirementKeys);
        gapKeys = Copies.list(gapKeys);
        processKeys = Copies.list(processKeys);
        mergedFrom = Copies.list(mergedFrom);
        dependsOn = Copies.list(dependsOn);
    }

    Initiative withScore(Score newScore) {
        return new Initiative(key, name, renamed, origin, capability, application, bundleReason, requirementKeys,
                gapKeys, processKeys, mergedFrom, effort, effortReason, dependsOn, newScore);
    }
}
