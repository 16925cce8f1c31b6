package com.gapwise.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every analyst decision, by the stable key it applies to. The engine re-applies them after each
 * re-analysis; those whose key no longer exists come back as {@link StaleDecision}s.
 *
 * @param gaps                  triage by gap key
 * @param requirements          text and priority edits by requirement key
 * @param manualMatches         match corrections, applied by the diff engine, checked here against the models
 * @param requirementInitiative membership: requirement key to the initiative it was moved to
 * @param initiativeNames       renames by initiative key
 * @param mergedInto            merges: initiative key to the initiative key it was merged into
 * @param createdInitiatives    initiatives an analyst created (e.g. by splitting one): key to name; fill them
 *                              by moving requirements with {@code requirementInitiative}
 * @param dependencies          dependencies an analyst declared: initiative key to the keys it depends on
 * @param efforts               effort points an analyst set, by initiative key
 * @param placements            manual roadmap placements: initiative key to period label (e.g. "2027-Q3")
 */
public record Decisions(
        SortedMap<String, GapDecision> gaps,
        SortedMap<String, RequirementEdit> requirements,
        List<ManualMatch> manualMatches,
        SortedMap<String, String> requirementInitiative,
        SortedMap<String, String> initiativeNames,
        SortedMap<String, String> mergedInto,
        SortedMap<String, String> createdInitiatives,
        SortedMap<String, List<String>> dependencies,
        SortedMap<String, Integer> efforts,
        SortedMap<String, String> placements) {

    public Decisions {
        gaps = Copies.map(gaps);
        requirements = Copies.map(requirements);
        manualMatches = Copies.list(manualMatches);
        requirementInitiative = Copies.map(requirementInitiative);
        initiativeNames = Copies.map(initiativeNames);
        mergedInto = Copies.map(mergedInto);
        createdInitiatives = Copies.map(createdInitiatives);
        dependencies = Copies.map(dependencies);
        efforts = Copies.map(efforts);
        placements = Copies.map(placements);
    }

    /** No decisions yet. */
    public static Decisions none() {
        return new Decisions(null, null, null, null, null, null, null, null, null, null);
    }

    public Decisions withGap(String gapKey, GapDecision decision) {
        return new Decisions(put(gaps, gapKey, decision), requirements, manualMatches, requirementInitiative,
                initiativeNames, mergedInto, createdInitiatives, dependencies, efforts, placements);
    }

    public Decisions withRequirementEdit(String requirementKey, RequirementEdit edit) {
        return new Decisions(gaps, put(requirements, requirementKey, edit), manualMatches, requirementInitiative,
                initiativeNames, mergedInto, createdInitiatives, dependencies, efforts, placements);
    }

    public Decisions withManualMatch(ManualMatch match) {
        List<ManualMatch> matches = new ArrayList<>(manualMatches);
        matches.add(match);
        return new Decisions(gaps, requirements, matches, requirementInitiative, initiativeNames, mergedInto,
                createdInitiatives, dependencies, efforts, placements);
    }

    public Decisions withRequirementMovedTo(String requirementKey, String initiativeKey) {
        return new Decisions(gaps, requirements, manualMatches, put(requirementInitiative, requirementKey, initiativeKey),
                initiativeNames, mergedInto, createdInitiatives, dependencies, efforts, placements);
    }

    public Decisions withInitiativeName(String initiativeKey, String name) {
        return new Decisions(gaps, requirements, manualMatches, requirementInitiative,
                put(initiativeNames, initiativeKey, name), mergedInto, createdInitiatives, dependencies, efforts, placements);
    }

    public Decisions withMerge(String fromInitiativeKey, String intoInitiativeKey) {
        return new Decisions(gaps, requirements, manualMatches, requirementInitiative, initiativeNames,
                put(mergedInto, fromInitiativeKey, intoInitiativeKey), createdInitiatives, dependencies, efforts, placements);
    }

    public Decisions withCreatedInitiative(String initiativeKey, String name) {
        return new Decisions(gaps, requirements, manualMatches, requirementInitiative, initiativeNames, mergedInto,
                put(createdInitiatives, initiativeKey, name), dependencies, efforts, placements);
    }

    public Decisions withDependencies(String initiativeKey, List<String> dependsOn) {
        return new Decisions(gaps, requirements, manualMatches, requirementInitiative, initiativeNames, mergedInto,
                createdInitiatives, put(dependencies, initiativeKey, List.copyOf(dependsOn)), efforts, placements);
    }

    public Decisions withEffort(String initiativeKey, int effort) {
        return new Decisions(gaps, requirements, manualMatches, requirementInitiative, initiativeNames, mergedInto,
                createdInitiatives, dependencies, put(efforts, initiativeKey, effort), placements);
    }

    public Decisions withPlacement(String initiativeKey, String period) {
        return new Decisions(gaps, requirements, manualMatches, requirementInitiative, initiativeNames, mergedInto,
                createdInitiatives, dependencies, efforts, put(placements, initiativeKey, period));
    }

    private static <V> SortedMap<String, V> put(Map<String, V> map, String key, V value) {
        SortedMap<String, V> copy = new TreeMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
