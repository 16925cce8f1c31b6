package com.gapwise.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.model.ProcessModel;
import java.time.Clock;
import com.gapwise.strategy.ProcessAnalysis;
import com.gapwise.strategy.Strategy;
import com.gapwise.strategy.StrategySettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Re-derives a workspace's strategy from its latest models, settings and analyst decisions, and
 * stores the result as derived items plus a snapshot. Callers hold the workspace row lock.
 */
@Component
class Analysis {

    /**
     * One catalogue process with its latest models; {@code current} is empty (and its hash null) for a
     * greenfield process. The hashes identify the model contents, e.g. for caching their diff.
     */
    record ProcessPair(CatalogueProcess process, ProcessModel current, String currentSha256, ProcessModel future,
                       String futureSha256) {
    }

    /** What one derivation produced. */
    record Derivation(List<DerivedItems.Row> rows, Map<String, Object> summary) {
    }

    /** The engine's view of a workspace: the analysed processes and the strategy derived from them. */
    record Analysed(List<ProcessAnalysis> processes, StrategySettings settings, Strategy strategy,
                    List<String> warnings) {
    }

    /** The engine behind the derivation (the strategy facade), kept behind one seam. */
    interface Engine {
        /** Diffs the processes and derives the strategy, without turning it into stored items. */
        Analysed analyse(List<ProcessPair> processes, List<Decision> decisions, List<Goal> goals, String settings);

        Derivation derive(List<ProcessPair> processes, List<Decision> decisions, List<Goal> goals, String settings);

        /** Computes what the next derivation can reuse (e.g. diffs), without deriving. */
        void warm(List<ProcessPair> processes, List<Decision> decisions);
    }

    private static final int PARSED_CACHE_SIZE = 256;

    private final Repositories.Processes processes;
    private final Repositories.ModelVersions versions;
    private final Repositories.ModelContents contents;
    private final Repositories.Decisions decisions;
    private final Repositories.Goals goals;
    private final Repositories.Settings settings;
    private final Repositories.Snapshots snapshots;
    private final DerivedItems items;
    private final ModelReader reader;
    private final Engine engine;
    private final ObjectMapper json;
    private final Clock clock;
    /** This build of the engine (gapwise.engine.build), recorded with each derivation. */
    private final String engineBuild;
    /**
     * Parsed models by content hash. Only a cache of immutable values computed from stored bytes: any
     * instance can rebuild it, so the web tier still keeps no state between requests.
     */
    private final Map<String, ProcessModel> parsed = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ProcessModel> eldest) {
                    return size() > PARSED_CACHE_SIZE;
                }
            });

    Analysis(Repositories.Processes processes, Repositories.ModelVersions versions,
             Repositories.ModelContents contents, Repositories.Decisions decisions, Repositories.Goals goals,
             Repositories.Settings settings, Repositories.Snapshots snapshots, DerivedItems items, ModelReader reader,
             Engine engine, ObjectMapper json, Clock clock,
             @Value("${gapwise.engine.build:unknown}") String engineBuild) {
        this.processes = processes;
        this.versions = versions;
        this.contents = contents;
        this.decisions = decisions;
        this.goals = goals;
        this.settings = settings;
        this.snapshots = snapshots;
        this.items = items;
        this.reader = reader;
        this.engine = engine;
        this.json = json;
        this.clock = clock;
        this.engineBuild = engineBuild;
    }

    void remember(String sha256, ProcessModel model) {
        parsed.put(sha256, model);
    }

    /** Fills the caches (parsed models, diffs) of a workspace, so that its next derivation is fast. */
    void warm(long workspaceId) {
        List<String> ignored = new ArrayList<>();
        engine.warm(pairs(workspaceId, ignored), decisions.findByWorkspaceIdOrderByIdAsc(workspaceId));
    }

    /** Re-derives everything of the workspace. Must run in a transaction holding the workspace lock. */
    void rederive(long workspaceId) {
        long t0 = System.nanoTime();
        // counted first: the models loaded below include at least these
        long modelVersions = versions.countInWorkspace(workspaceId);
        List<String> notAnalysed = new ArrayList<>();
        List<ProcessPair> pairs = pairs(workspaceId, notAnalysed);
        long t1 = System.nanoTime();
        Derivation d = engine.derive(pairs, decisions.findByWorkspaceIdOrderByIdAsc(workspaceId),
                goals.findByWorkspaceIdOrderByIdAsc(workspaceId),
                settings.findById(workspaceId).map(StrategySettingsRow::getBody).orElse("{}"));
        long t2 = System.nanoTime();
        items.replace(workspaceId, d.rows());
        long t3 = System.nanoTime();
        Map<String, Object> summary = new LinkedHashMap<>(d.summary());
        summary.put("processesNotAnalysed", notAnalysed);
        // where the time of this derivation went, for operators and the benchmark
        summary.put("timingsMs", Map.of("loadModels", (t1 - t0) / 1_000_000, "engine", (t2 - t1) / 1_000_000,
                "store", (t3 - t2) / 1_000_000));
        StrategySnapshot snapshot = snapshots.findById(workspaceId).orElseGet(() -> new StrategySnapshot(workspaceId));
        snapshot.next(clock.instant(), toJson(summary), modelVersions, engineBuild);
        snapshots.save(snapshot);
    }

    /**
     * Whether the workspace's last derivation is behind: a model version was stored after it (e.g. cut off by a crash),
     * or another build of the engine made it (an upgrade's diffs and gaps would not reach it until its next change).
     */
    boolean behind(long workspaceId) {
        StrategySnapshot last = snapshots.findById(workspaceId).orElse(null);
        long derived = last == null ? 0 : last.getModelVersionsSeen();
        return versions.countInWorkspace(workspaceId) > derived || last != null && !engineBuild.equals(last.getEngineBuild());
    }

    /** The workspace analysed afresh from its latest models, settings and decisions (for documents). */
    Analysed analyse(long workspaceId) {
        List<String> notAnalysed = new ArrayList<>();
        return engine.analyse(pairs(workspaceId, notAnalysed), decisions.findByWorkspaceIdOrderByIdAsc(workspaceId),
                goals.findByWorkspaceIdOrderByIdAsc(workspaceId),
                settings.findById(workspaceId).map(StrategySettingsRow::getBody).orElse("{}"));
    }

    /** The processes with a future-state model and their latest models; the others are named in {@code notAnalysed}. */
    private List<ProcessPair> pairs(long workspaceId, List<String> notAnalysed) {
        Map<Long, Map<ModelState, ModelVersion>> latest = new LinkedHashMap<>();
        for (ModelVersion v : versions.latestInWorkspace(workspaceId)) {
            latest.computeIfAbsent(v.getProcessId(), k -> new EnumMap<>(ModelState.class)).put(v.getState(), v);
        }
        List<ProcessPair> pairs = new ArrayList<>();
        for (CatalogueProcess p : processes.findByWorkspaceIdOrderByLevelAscIdAsc(workspaceId)) {
            Map<ModelState, ModelVersion> models = latest.getOrDefault(p.getId(), Map.of());
            ModelVersion future = models.get(ModelState.FUTURE);
            if (future == null) {
                if (models.containsKey(ModelState.CURRENT)) {
                    notAnalysed.add("process '" + p.getName() + "' (" + p.getId()
                            + ") has a current-state model but no future-state model yet: not analysed");
                }
                continue;
            }
            ModelVersion current = models.get(ModelState.CURRENT);
            pairs.add(new ProcessPair(p, current == null ? empty() : model(current),
                    current == null ? null : current.getSha256(), model(future), future.getSha256()));
        }
        return pairs;
    }

    private ProcessModel model(ModelVersion v) {
        ProcessModel m = parsed.get(v.getSha256());
        if (m == null) {
            byte[] xml = contents.findById(v.getId()).orElseThrow().getContent();
            m = reader.read(xml, v.getFileName() == null ? v.getState().word() + ".bpmn" : v.getFileName());
            parsed.put(v.getSha256(), m);
        }
        return m;
    }

    private static ProcessModel empty() {
        return new ProcessModel("", "", "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
