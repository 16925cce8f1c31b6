package com.gapwise.strategy;

import com.gapwise.portfolio.Application;
import com.gapwise.portfolio.PortfolioAssessment;
import com.gapwise.portfolio.Posture;
import com.gapwise.portfolio.PostureRecommendation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bundles requirements into initiatives and applies the analysts' membership, creation and merge decisions.
 *
 * <p>Rules, first that applies, across processes:
 * <ol>
 *   <li>an application of the portfolio that supports one of the requirement's elements: "I-app-" + its key;</li>
 *   <li>an application that supports the requirement's lane (for its capability, if it names capabilities);</li>
 *   <li>a requirement on a system lane: that system's initiative, "I-sys-" + lane name;</li>
 *   <li>otherwise its capability's initiative, "I-cap-" + capability.</li>
 * </ol>
 * The keys depend only on application keys, lane names and capabilities, so they survive re-analysis. An
 * application's initiative is named by its posture in force ("Replace CRM", "Enhance Telephony"); an
 * analyst's rename of the key still wins.
 */
final class Bundler {

    /** The outcome: initiatives without effort, dependencies or score, and what happened to vanished keys. */
    record Bundles(List<Draft> drafts, Map<String, String> initiativeOfRequirement, Map<String, String> goneReasons,
                   List<StaleDecision> stale, List<String> warnings) {
    }

    /** An initiative being assembled. */
    static final class Draft {
        final String key;
        final Initiative.Origin origin;
        final String application;
        final Capability bundleCapability;
        String name;
        final String bundleReason;
        final LinkedHashSet<String> requirementKeys = new LinkedHashSet<>();
        final List<String> mergedFrom = new ArrayList<>();

        Draft(String key, Initiative.Origin origin, String name, String application, Capability capability, String reason) {
            this.key = key;
            this.origin = origin;
            this.name = name;
            this.application = application;
            this.bundleCapability = capability;
            this.bundleReason = reason;
        }
    }

    private Bundler() {
    }

    static String systemKey(String lane) {
        return "I-sys-" + slug(lane);
    }

    static String capabilityKey(Capability capability) {
        return "I-cap-" + slug(capability.name());
    }

    /**
     * @param active       requirements of gaps not dismissed, in order
     * @param allGenerated keys of every generated requirement, dismissed ones included (their decisions still apply)
     */
    static Bundles bundle(List<Requirement> active, Set<String> allGenerated, Decisions decisions) {
        return bundle(active, allGenerated, decisions, List.of());
    }

    static String applicationKey(Application application) {
        return "I-app-" + slug(application.key());
    }

    static Bundles bundle(List<Requirement> active, Set<String> allGenerated, Decisions decisions,
                          List<Application> applications) {
        return bundle(active, allGenerated, decisions, applications, null);
    }

    /** @param assessment the portfolio over the models (property links, postures), or null to bundle without */

    static Bundles bundle(List<Requirement> active, Set<String> allGenerated, Decisions decisions,
                          List<Application> applications, PortfolioAssessment assessment) {
        Portfolio portfolio = new Portfolio(applications, assessment);
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<String, String> goneReasons = new HashMap<>();
        List<StaleDecision> stale = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> owner = new LinkedHashMap<>();

        for (Requirement requirement : active) {
            Draft draft;
            Portfolio.Support support = portfolio.supporting(requirement);
            if (support != null) {
                Application application = support.application();
                PostureRecommendation posture = assessment == null ? null : assessment.posture(application.key());
                draft = drafts.computeIfAbsent(applicationKey(application), k -> new Draft(k, Initiative.Origin.DERIVED,
                        applicationInitiativeName(application, posture), application.name(), null,
                        "requirements on what the application '" + application.name() + "' supports"
                                + (posture == null ? "" : "; its posture is " + posture.posture().verb().toLowerCase(
                                Locale.ROOT) + (posture.overridden() ? " (set by an analyst: "
                                + posture.overrideReason() + ")" : " (rule " + posture.rule() + ")"))));
            } else if (requirement.systemLane() && requirement.lane() != null) {
                String key = systemKey(requirement.lane());
                draft = drafts.computeIfAbsent(key, k -> new Draft(k, Initiative.Origin.DERIVED,
                        requirement.lane() + " (application)", requirement.lane(), null,
                        "requirements on the system lane '" + requirement.lane() + "'"));
            } else {
                Capability capability = requirement.capability();
                draft = drafts.computeIfAbsent(capabilityKey(capability), k -> new Draft(k, Initiative.Origin.DERIVED,
                        capability.initiativeName(), null, capability,
                        "requirements serving " + capability.label() + ", outside system lanes"));
            }
            draft.requirementKeys.add(requirement.key());
            owner.put(requirement.key(), draft.key);
        }

        decisions.createdInitiatives().forEach((key, name) -> {
            if (drafts.containsKey(key)) {
                warnings.add("Created initiative '" + key + "' has the key of a derived initiative; it is that initiative.");
            } else {
                drafts.put(key, new Draft(key, Initiative.Origin.CREATED, name, null, null, "created by an analyst"));
            }
        });

        decisions.requirementInitiative().forEach((requirementKey, target) -> {
            if (!allGenerated.contains(requirementKey)) {
                stale.add(new StaleDecision(DecisionKind.REQUIREMENT_MEMBERSHIP, requirementKey, "moved to " + target,
                        "the requirement is no longer generated: its gap no longer exists"));
            } else if (!owner.containsKey(requirementKey)) {
                // Its gaps are dismissed: the move still applies should they be reopened.
            } else if (!drafts.containsKey(target)) {
                stale.add(new StaleDecision(DecisionKind.REQUIREMENT_MEMBERSHIP, requirementKey, "moved to " + target,
                        "the target initiative " + target + " no longer exists"));
            } else {
                drafts.get(owner.get(requirementKey)).requirementKeys.remove(requirementKey);
                drafts.get(target).requirementKeys.add(requirementKey);
                owner.put(requirementKey, target);
            }
        });

        decisions.mergedInto().forEach((from, into) -> {
            if (!drafts.containsKey(from)) {
                stale.add(new StaleDecision(DecisionKind.INITIATIVE_MERGE, from, "merged into " + into,
                        goneReasons.getOrDefault(from, "initiative " + from + " no longer exists")));
            } else if (!drafts.containsKey(into)) {
                stale.add(new StaleDecision(DecisionKind.INITIATIVE_MERGE, from, "merged into " + into,
                        "the target initiative " + into + " " + goneReasons.getOrDefault(into, "no longer exists")));
            } else if (from.equals(into)) {
                warnings.add("Initiative " + from + " is merged into itself; ignored.");
            } else {
                Draft source = drafts.remove(from);
                Draft target = drafts.get(into);
                for (String requirementKey : source.requirementKeys) {
                    target.requirementKeys.add(requirementKey);
                    owner.put(requirementKey, into);
                }
                target.mergedFrom.add(from);
                target.mergedFrom.addAll(source.mergedFrom);
                goneReasons.put(from, "was merged into " + into);
            }
        });

        List<Draft> kept = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            if (!draft.requirementKeys.isEmpty()) {
                kept.add(draft);
            } else if (draft.origin == Initiative.Origin.CREATED) {
                goneReasons.put(draft.key, "has no requirements left");
                stale.add(new StaleDecision(DecisionKind.INITIATIVE_CREATED, draft.key, draft.name,
                        "no requirement is in it any more"));
            } else {
                goneReasons.put(draft.key, "has no requirements left (all moved elsewhere)");
            }
        }
        return new Bundles(kept, owner, goneReasons, stale, warnings);
    }

    /** "Replace CRM", "Enhance CRM", "Retire CRM"; a retained (or unassessed) application keeps its name. */
    static String applicationInitiativeName(Application application, PostureRecommendation posture) {
        return posture == null || posture.posture() == Posture.RETAIN ? application.name()
                : posture.posture().verb() + " " + application.name();
    }

    /** The capability most of the requirements serve; ties go to the earlier capability. */
    static Capability dominantCapability(List<Requirement> requirements) {
        Map<Capability, Integer> counts = new EnumMap<>(Capability.class);
        requirements.forEach(r -> counts.merge(r.capability(), 1, Integer::sum));
        Capability best = Capability.PROCESS;
        int bestCount = 0;
        for (Map.Entry<Capability, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }

    static String slug(String text) {
        return Application.slug(text);
    }
}
