package com.gapwise.strategy;

import com.gapwise.gaps.Gap;
import com.gapwise.gaps.GapFinder;
import com.gapwise.gaps.GapStatus;
import com.gapwise.gaps.LaneRoles;
import com.gapwise.model.ProcessModel;
import com.gapwise.portfolio.PortfolioAssessment;
import com.gapwise.portfolio.PortfolioProcess;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facade: from per-process diffs, settings and analyst decisions to the whole strategy. Stateless,
 * deterministic (same input, same output, including order) and free of side effects.
 */
public final class StrategyEngine {

    private StrategyEngine() {
    }

    /**
     * The whole strategy. The processes' metrics should be built with {@link StrategySettings#laneClassifier()},
     * so that service gains read lanes as the gaps do.
     */
    public static Strategy derive(List<ProcessAnalysis> processes, StrategySettings settings, Decisions decisions) {
        settings = settings == null ? StrategySettings.defaults() : settings;
        decisions = decisions == null ? Decisions.none() : decisions;
        List<StaleDecision> stale = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        Map<String, ProcessAnalysis> byProcess = new LinkedHashMap<>();
        for (ProcessAnalysis process : processes) {
            if (byProcess.put(process.processKey(), process) != null) {
                throw new IllegalArgumentException("process key '" + process.processKey() + "' appears twice");
            }
        }

        // The application portfolio over the models: support, postures; its unsupported tasks are gaps.
        PortfolioAssessment portfolio = PortfolioAssessment.of(settings.applications(), processes.stream()
                .map(p -> new PortfolioProcess(p.processKey(), p.processName(), p.current(), p.future())).toList());

        // Gaps, with triage applied.
        LaneRoles lanes = settings.laneRoles();
        List<Gap> gaps = new ArrayList<>();
        for (ProcessAnalysis process : processes) {
            gaps.addAll(GapFinder.find(process.processKey(), process.current(), process.future(), process.diff(),
                    lanes, new HashSet<>(portfolio.unsupported().getOrDefault(process.processKey(), List.of()))));
        }
        Map<String, Gap> gapByKey = new HashMap<>();
        gaps.forEach(g -> gapByKey.put(g.key(), g));
        decisions.gaps().forEach((key, decision) -> {
            Gap gap = gapByKey.get(key);
            if (gap == null) {
                stale.add(new StaleDecision(DecisionKind.GAP_STATUS, key, decision.status() + note(decision.note()),
                        "the gap is no longer found: the elements it concerned changed or the difference is gone"));
            } else {
                gapByKey.put(key, gap.withStatus(decision.status(), decision.note()));
            }
        });
        gaps.replaceAll(g -> gapByKey.get(g.key()));

        checkManualMatches(decisions.manualMatches(), byProcess, stale);

        // Requirements, with edits applied; those of dismissed gaps are set aside, their edits kept.
        List<Requirement> generated = new ArrayList<>();
        gaps.forEach(g -> generated.addAll(RequirementGenerator.generate(g, lanes)));
        Set<String> generatedKeys = new HashSet<>();
        generated.forEach(r -> generatedKeys.add(r.key()));
        Map<String, RequirementEdit> edits = decisions.requirements();
        edits.forEach((key, edit) -> {
            if (!generatedKeys.contains(key)) {
                stale.add(new StaleDecision(DecisionKind.REQUIREMENT_EDIT, key, describe(edit),
                        "the requirement is no longer generated: its gap no longer exists"));
            }
        });
        List<Requirement> active = new ArrayList<>();
        for (Requirement requirement : generated) {
            RequirementEdit edit = edits.get(requirement.key());
            Requirement edited = edit == null ? requirement : requirement.withEdit(edit);
            boolean open = requirement.gapKeys().stream().anyMatch(k -> gapByKey.get(k).status() != GapStatus.DISMISSED);
            if (open) {
                active.add(edited);
            }
        }

        // Initiatives.
        Bundler.Bundles bundles = Bundler.bundle(active, generatedKeys, decisions, settings.applications(),
                portfolio);
        stale.addAll(bundles.stale());
        warnings.addAll(bundles.warnings());
        Map<String, String> gone = bundles.goneReasons();
        List<Requirement> requirements = new ArrayList<>(active.size());
        Map<String, Requirement> requirementByKey = new HashMap<>();
        for (Requirement requirement : active) {
            Requirement placed = requirement.withInitiative(bundles.initiativeOfRequirement().get(requirement.key()));
            requirements.add(placed);
            requirementByKey.put(placed.key(), placed);
        }
        Set<String> initiativeKeys = new LinkedHashSet<>();
        bundles.drafts().forEach(d -> initiativeKeys.add(d.key));

        decisions.initiativeNames().forEach((key, name) -> {
            if (!initiativeKeys.contains(key)) {
                stale.add(new StaleDecision(DecisionKind.INITIATIVE_NAME, key, name, goneReason(key, gone)));
            }
        });
        decisions.efforts().forEach((key, effort) -> {
            if (!initiativeKeys.contains(key)) {
                stale.add(new StaleDecision(DecisionKind.EFFORT, key, effort + " points", goneReason(key, gone)));
            }
        });
        Map<String, List<Dependency>> dependencies = Dependencies.derive(bundles.drafts(), requirementByKey);
        decisions.dependencies().forEach((key, dependsOn) -> {
            if (!initiativeKeys.contains(key)) {
                stale.add(new StaleDecision(DecisionKind.DEPENDENCY, key, "depends on " + String.join(", ", dependsOn),
                        goneReason(key, gone)));
                return;
            }
            for (String dep : dependsOn) {
                if (!initiativeKeys.contains(dep)) {
                    stale.add(new StaleDecision(DecisionKind.DEPENDENCY, key + "->" + dep, "depends on " + dep,
                            goneReason(dep, gone)));
                } else if (dep.equals(key)) {
                    warnings.add("Initiative " + key + " is declared to depend on itself; ignored.");
                } else {
                    List<Dependency> list = dependencies.get(key);
                    list.removeIf(d -> d.initiativeKey().equals(dep));
                    list.add(new Dependency(dep, true, "declared by an analyst"));
                }
            }
        });

        List<Initiative> initiatives = new ArrayList<>();
        for (Bundler.Draft draft : bundles.drafts()) {
            List<Requirement> members = draft.requirementKeys.stream().map(requirementByKey::get).toList();
            Set<String> gapKeys = new LinkedHashSet<>();
            Set<String> processKeys = new LinkedHashSet<>();
            members.forEach(r -> {
                gapKeys.addAll(r.gapKeys());
                processKeys.add(r.processKey());
            });
            Effort effort = Effort.of(members, decisions.efforts().get(draft.key));
            String rename = decisions.initiativeNames().get(draft.key);
            Capability capability = draft.bundleCapability != null ? draft.bundleCapability
                    : Bundler.dominantCapability(members);
            Initiative initiative = new Initiative(draft.key, rename != null ? rename : draft.name, rename != null,
                    draft.origin, capability, draft.application, draft.bundleReason, List.copyOf(draft.requirementKeys),
                    List.copyOf(gapKeys), List.copyOf(processKeys), draft.mergedFrom, effort.points(), effort.reason(),
                    dependencies.get(draft.key), null);
            List<Gap> memberGaps = gapKeys.stream().map(gapByKey::get).toList();
            List<ServiceGain> gains = processKeys.stream().map(byProcess::get)
                    .map(p -> ServiceGain.of(p.processName().isEmpty() ? p.processKey() : p.processName(), p.metrics()))
                    .toList();
            initiatives.add(initiative.withScore(Scorer.score(initiative, members, memberGaps, settings.goals(),
                    settings.scoring(), gains, lanes)));
        }
        for (Goal goal : settings.goals()) {
            for (String key : goal.initiativeKeys()) {
                if (!initiativeKeys.contains(key)) {
                    warnings.add("Goal '" + goal.name() + "' is linked to initiative " + key + ", which "
                            + gone.getOrDefault(key, "does not exist") + ".");
                }
            }
        }
        initiatives.sort(PRIORITY);
        for (int i = 0; i < initiatives.size(); i++) {
            Initiative initiative = initiatives.get(i);
            initiatives.set(i, initiative.withScore(initiative.score().withRank(i + 1)));
        }

        // Roadmap.
        Map<String, String> pins = new HashMap<>();
        RoadmapSettings roadmapSettings = settings.roadmap();
        decisions.placements().forEach((key, period) -> {
            if (!initiativeKeys.contains(key)) {
                stale.add(new StaleDecision(DecisionKind.PLACEMENT, key, period, goneReason(key, gone)));
                return;
            }
            try {
                Periods.parse(period, roadmapSettings.unit());
                pins.put(key, period.strip());
            } catch (IllegalArgumentException e) {
                stale.add(new StaleDecision(DecisionKind.PLACEMENT, key, period,
                        "the roadmap now uses another period unit: " + e.getMessage()));
            }
        });
        List<RoadmapScheduler.Item> items = initiatives.stream()
                .map(i -> new RoadmapScheduler.Item(i.key(), i.effort(),
                        i.dependsOn().stream().map(Dependency::initiativeKey).toList()))
                .toList();
        Roadmap roadmap = RoadmapScheduler.schedule(items, roadmapSettings, pins);

        return new Strategy(gaps, requirements, initiatives, roadmap, stale, warnings, portfolio);
    }

    /** Quadrant order (quick wins first), then value minus risk, then value, then key: a total, stable order. */
    static final Comparator<Initiative> PRIORITY = Comparator
            .comparing((Initiative i) -> i.score().quadrant())
            .thenComparing(i -> -(i.score().value() - i.score().risk()))
            .thenComparing(i -> -i.score().value())
            .thenComparing(Initiative::key);

    private static void checkManualMatches(List<ManualMatch> matches, Map<String, ProcessAnalysis> byProcess,
                                           List<StaleDecision> stale) {
        Map<String, Set<String>> currentIds = new HashMap<>();
        Map<String, Set<String>> futureIds = new HashMap<>();
        for (ManualMatch match : matches) {
            String key = match.processKey() + ":" + match.currentId() + "->" + match.futureId();
            ProcessAnalysis process = byProcess.get(match.processKey());
            if (process == null) {
                stale.add(new StaleDecision(DecisionKind.MANUAL_MATCH, key, "manual match",
                        "process " + match.processKey() + " is no longer analysed"));
                continue;
            }
            Set<String> current = currentIds.computeIfAbsent(match.processKey(), k -> ids(process.current()));
            Set<String> future = futureIds.computeIfAbsent(match.processKey(), k -> ids(process.future()));
            if (match.currentId() != null && !current.contains(match.currentId())) {
                stale.add(new StaleDecision(DecisionKind.MANUAL_MATCH, key, "manual match",
                        "element " + match.currentId() + " is no longer in the current-state model"));
            } else if (match.futureId() != null && !future.contains(match.futureId())) {
                stale.add(new StaleDecision(DecisionKind.MANUAL_MATCH, key, "manual match",
                        "element " + match.futureId() + " is no longer in the future-state model"));
            }
        }
    }

    /** Every element id of a model that a match can name. */
    private static Set<String> ids(ProcessModel model) {
        Set<String> ids = new HashSet<>();
        model.nodes().forEach(n -> ids.add(n.id()));
        model.lanes().forEach(l -> ids.add(l.id()));
        model.pools().forEach(p -> ids.add(p.id()));
        model.data().forEach(d -> ids.add(d.id()));
        model.messageFlows().forEach(f -> ids.add(f.id()));
        model.sequenceFlows().forEach(f -> ids.add(f.id()));
        return ids;
    }

    private static String goneReason(String key, Map<String, String> gone) {
        return "initiative " + key + " " + gone.getOrDefault(key, "no longer exists: none of its requirements remain");
    }

    private static String note(String note) {
        return note.isEmpty() ? "" : ": " + note;
    }

    private static String describe(RequirementEdit edit) {
        List<String> parts = new ArrayList<>();
        if (edit.text() != null && !edit.text().isBlank()) {
            parts.add("text \"" + edit.text() + "\"");
        }
        if (edit.priority() != null) {
            parts.add("priority " + edit.priority());
        }
        return String.join(", ", parts);
    }
}
