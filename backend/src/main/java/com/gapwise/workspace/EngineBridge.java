package com.gapwise.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.diff.DiffEngine;
import com.gapwise.diff.DiffReport;
import com.gapwise.diff.DiffResult;
import com.gapwise.diff.Match;
import com.gapwise.gaps.Gap;
import com.gapwise.gaps.GapJson;
import com.gapwise.gaps.GapStatus;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.metrics.LaneClassifier;
import com.gapwise.metrics.MetricsJson;
import com.gapwise.model.FlowNode;
import com.gapwise.strategy.Decisions;
import com.gapwise.strategy.GapDecision;
import com.gapwise.strategy.Initiative;
import com.gapwise.strategy.ManualMatch;
import com.gapwise.strategy.Placement;
import com.gapwise.strategy.Priority;
import com.gapwise.strategy.ProcessAnalysis;
import com.gapwise.strategy.Requirement;
import com.gapwise.strategy.RequirementEdit;
import com.gapwise.strategy.Strategy;
import com.gapwise.strategy.StrategyEngine;
import com.gapwise.strategy.StrategySettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the engine over a workspace: matches and diffs every analysed process (with the analysts'
 * match corrections), derives the strategy with their decisions, and turns the result into
 * derived items. The process key the engine sees is the catalogue process id, stable across versions.
 */
@Component
class EngineBridge implements Analysis.Engine {

    private static final Logger LOG = LoggerFactory.getLogger(EngineBridge.class);
    private static final int DIFF_CACHE_SIZE = 256;

    private final ProcessMatcher matcher = ProcessMatcher.withDefaults();
    private final DiffEngine differ = DiffEngine.using(matcher);
    private final ObjectMapper json;
    private final StrategySettingsCodec settingsCodec;
    /** Diffs by the hashes of their models and the match corrections: pure functions of immutable inputs. */
    private final Map<String, DiffResult> diffs = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, DiffResult> eldest) {
                    return size() > DIFF_CACHE_SIZE;
                }
            });

    EngineBridge(ObjectMapper json, StrategySettingsCodec settingsCodec) {
        this.json = json;
        this.settingsCodec = settingsCodec;
    }

    @Override
    public Analysis.Analysed analyse(List<Analysis.ProcessPair> processes, List<Decision> decisionRows,
                                     List<Goal> goals, String settingsJson) {
        Decisions decisions = decisions(decisionRows);
        StrategySettings settings = settingsCodec.settings(settingsJson, goals);
        LaneClassifier lanes = settings.laneClassifier();
        List<String> warnings = new ArrayList<>();
        List<ProcessAnalysis> analyses = new ArrayList<>();
        for (Analysis.ProcessPair pair : processes) {
            String processKey = String.valueOf(pair.process().getId());
            List<ManualMatch> manual = decisions.manualMatches().stream()
                    .filter(m -> m.processKey().equals(processKey)).toList();
            try {
                analyses.add(new ProcessAnalysis(processKey, pair.process().getName(), pair.current(), pair.future(),
                        diff(pair, manual), lanes));
            } catch (RuntimeException e) {
                // An engine fault on one process must not lose the upload or hide the other processes.
                LOG.error("diff of process {} failed", processKey, e);
                warnings.add("process '" + pair.process().getName() + "' (" + processKey + ") could not be diffed: " + e);
            }
        }
        Strategy strategy = StrategyEngine.derive(analyses, settings, decisions);
        warnings.addAll(strategy.warnings());
        return new Analysis.Analysed(analyses, settings, strategy, warnings);
    }

    @Override
    public Analysis.Derivation derive(List<Analysis.ProcessPair> processes, List<Decision> decisionRows,
                                      List<Goal> goals, String settingsJson) {
        Analysis.Analysed analysed = analyse(processes, decisionRows, goals, settingsJson);
        List<ProcessAnalysis> analyses = analysed.processes();
        Strategy strategy = analysed.strategy();
        List<String> warnings = analysed.warnings();

        List<DerivedItems.Row> rows = new ArrayList<>();
        Map<String, List<Gap>> gapsByProcess = new LinkedHashMap<>();
        int position = 0;
        for (Gap g : strategy.gaps()) {
            gapsByProcess.computeIfAbsent(g.processKey(), k -> new ArrayList<>()).add(g);
            rows.add(new DerivedItems.Row(Subject.GAP, g.key(), position++, Long.valueOf(g.processKey()),
                    g.type().name(), g.status().name(), GapJson.toJson(g)));
        }
        position = 0;
        for (Requirement r : strategy.requirements()) {
            rows.add(new DerivedItems.Row(Subject.REQUIREMENT, r.key(), position++, Long.valueOf(r.processKey()),
                    r.type().name(), r.priority().name(), write(r)));
        }
        position = 0;
        for (Initiative i : strategy.initiatives()) {
            rows.add(new DerivedItems.Row(Subject.INITIATIVE, i.key(), position++, null,
                    i.capability() == null ? null : i.capability().name(),
                    i.score() == null || i.score().quadrant() == null ? null : i.score().quadrant().name(), write(i)));
        }
        position = 0;
        for (Placement p : strategy.roadmap().placements()) {
            rows.add(new DerivedItems.Row(Subject.PLACEMENT, p.initiativeKey(), position++, null, null, p.period(),
                    write(p)));
        }
        position = 0;
        for (ProcessAnalysis a : analyses) {
            // the CLI's diff document, with this process's gaps and its service metrics as sections
            List<Gap> processGaps = gapsByProcess.getOrDefault(a.processKey(), List.of());
            java.io.StringWriter body = new java.io.StringWriter();
            try {
                DiffReport.of(a.diff())
                        .with("gaps", g -> GapJson.write(g, processGaps))
                        .with("metrics", g -> MetricsJson.write(g, a.metrics()))
                        .writeJson(body, false);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            rows.add(new DerivedItems.Row(Subject.DIFF, a.processKey(), position++, Long.valueOf(a.processKey()), null,
                    null, body.toString()));
        }

        rows.add(new DerivedItems.Row(Subject.PORTFOLIO, PortfolioBoard.ITEM_KEY, 0, null, null, null,
                write(strategy.portfolio())));

        Map<String, Object> roadmap = new LinkedHashMap<>();
        roadmap.put("periods", strategy.roadmap().periods());
        roadmap.put("unscheduled", strategy.roadmap().unscheduled());
        roadmap.put("load", strategy.roadmap().load());
        roadmap.put("issues", strategy.roadmap().issues());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("counts", Map.of("processes", analyses.size(), "gaps", strategy.gaps().size(),
                "requirements", strategy.requirements().size(), "initiatives", strategy.initiatives().size()));
        summary.put("staleDecisions", strategy.staleDecisions());
        summary.put("warnings", warnings);
        summary.put("roadmap", roadmap);
        return new Analysis.Derivation(rows, summary);
    }

    @Override
    public void warm(List<Analysis.ProcessPair> processes, List<Decision> decisionRows) {
        Decisions decisions = decisions(decisionRows);
        for (Analysis.ProcessPair pair : processes) {
            String processKey = String.valueOf(pair.process().getId());
            try {
                diff(pair, decisions.manualMatches().stream().filter(m -> m.processKey().equals(processKey)).toList());
            } catch (RuntimeException e) {
                LOG.warn("warming the diff of process {} failed: {}", processKey, e.toString());
            }
        }
    }

    private DiffResult diff(Analysis.ProcessPair pair, List<ManualMatch> manual) {
        String key = pair.currentSha256() + "|" + pair.futureSha256() + "|" + manual;
        DiffResult d = diffs.get(key);
        if (d == null) {
            d = manual.isEmpty() ? differ.diff(pair.current(), pair.future())
                    : differ.diff(pair.current(), pair.future(), corrected(pair, manual));
            diffs.put(key, d);
        }
        return d;
    }

    /**
     * The automatic matches with the analysts' corrections applied: a manual pair replaces every
     * automatic match of either element; a one-sided correction (an unmatch) just removes them.
     */
    private List<Match> corrected(Analysis.ProcessPair pair, List<ManualMatch> manual) {
        List<Match> matches = new ArrayList<>(matcher.match(pair.current(), pair.future()));
        Map<String, FlowNode> futureNodes = pair.future().nodesById();
        Map<String, FlowNode> currentNodes = pair.current().nodesById();
        for (ManualMatch m : manual) {
            matches.removeIf(x -> (m.currentId() != null && m.currentId().equals(x.current()))
                    || (m.futureId() != null && m.futureId().equals(x.future())));
        }
        for (ManualMatch m : manual) {
            if (m.currentId() != null && m.futureId() != null
                    && currentNodes.containsKey(m.currentId()) && futureNodes.containsKey(m.futureId())) {
                matches.add(new Match(m.currentId(), m.futureId(), futureNodes.get(m.futureId()).kind().xmlName(), 1.0,
                        List.of("matched by an analyst"), true));
            }
        }
        matches.sort((a, b) -> a.current().equals(b.current()) ? a.future().compareTo(b.future())
                : a.current().compareTo(b.current()));
        return matches;
    }

    /** The stored decision rows as the engine's value. */
    private Decisions decisions(List<Decision> rows) {
        SortedMap<String, GapDecision> gaps = new TreeMap<>();
        SortedMap<String, RequirementEdit> edits = new TreeMap<>();
        List<ManualMatch> matches = new ArrayList<>();
        SortedMap<String, String> membership = new TreeMap<>();
        SortedMap<String, String> names = new TreeMap<>();
        SortedMap<String, String> merged = new TreeMap<>();
        SortedMap<String, String> created = new TreeMap<>();
        SortedMap<String, List<String>> dependencies = new TreeMap<>();
        SortedMap<String, Integer> efforts = new TreeMap<>();
        SortedMap<String, String> placements = new TreeMap<>();
        for (Decision d : rows) {
            JsonNode p = read(d.getPayload());
            String key = d.getItemKey();
            switch (d.getSubject()) {
                case GAP -> {
                    if (p.has("status") || p.has("note")) {
                        gaps.put(key, new GapDecision(p.has("status")
                                ? GapStatus.valueOf(p.get("status").asText().toUpperCase(Locale.ROOT)) : GapStatus.OPEN,
                                text(p, "note")));
                    }
                }
                case REQUIREMENT -> {
                    if (p.has("text") || p.has("priority")) {
                        edits.put(key, new RequirementEdit(text(p, "text"),
                                p.has("priority") ? Priority.valueOf(p.get("priority").asText()) : null));
                    }
                    if (p.has("initiative")) {
                        membership.put(key, p.get("initiative").asText());
                    }
                }
                case INITIATIVE -> {
                    if (p.path("created").asBoolean(false)) {
                        created.put(key, text(p, "name"));
                    } else if (p.has("name")) {
                        names.put(key, p.get("name").asText());
                    }
                    if (p.has("mergeInto")) {
                        merged.put(key, p.get("mergeInto").asText());
                    }
                    if (p.has("dependsOn")) {
                        List<String> on = new ArrayList<>();
                        p.get("dependsOn").forEach(n -> on.add(n.asText()));
                        dependencies.put(key, on);
                    }
                    if (p.has("effort")) {
                        efforts.put(key, p.get("effort").asInt());
                    }
                }
                case PLACEMENT -> {
                    if (p.has("period")) {
                        placements.put(key, p.get("period").asText());
                    }
                }
                case MATCH -> {
                    if (p.has("processId")) {
                        matches.add(new ManualMatch(p.get("processId").asText(), text(p, "current"),
                                text(p, "future")));
                    }
                }
                case DIFF -> { }
                default -> { }
            }
        }
        return new Decisions(gaps, edits, matches, membership, names, merged, created, dependencies, efforts,
                placements);
    }

    private static String text(JsonNode p, String field) {
        return p.hasNonNull(field) ? p.get(field).asText() : null;
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored decision is not JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
