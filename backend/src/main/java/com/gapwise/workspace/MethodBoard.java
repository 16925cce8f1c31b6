package com.gapwise.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.method.CatalogueCsv;
import com.gapwise.method.MethodPhase;
import com.gapwise.method.ProjectCharter;
import com.gapwise.method.Raci;
import com.gapwise.method.RaciMatrix;
import com.gapwise.method.RaciViolation;
import com.gapwise.method.Shortlisting;
import com.gapwise.metrics.SuccessMetricSeeds;
import com.gapwise.strategy.Initiative;
import com.gapwise.strategy.ProcessAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The method's deliverables of a workspace: charter, RACI, process-against-goal scores and the shortlist they
 * give, catalogue import, success metrics. Reports read them through the read methods here.
 */
@Service
public class MethodBoard {

    private final Catalogue catalogue;
    private final StrategyBoard strategy;
    private final MethodRepositories.Charters charters;
    private final MethodRepositories.RaciRows raciRows;
    private final MethodRepositories.Scores scores;
    private final MethodRepositories.Metrics metrics;
    private final Repositories.Workspaces workspaces;
    private final Repositories.ModelVersions versions;
    private final Analysis analysis;
    private final ObjectMapper json;

    MethodBoard(Catalogue catalogue, StrategyBoard strategy, MethodRepositories.Charters charters,
                MethodRepositories.RaciRows raciRows, MethodRepositories.Scores scores,
                MethodRepositories.Metrics metrics, Repositories.Workspaces workspaces,
                Repositories.ModelVersions versions, Analysis analysis, ObjectMapper json) {
        this.versions = versions;
        this.analysis = analysis;
        this.catalogue = catalogue;
        this.strategy = strategy;
        this.charters = charters;
        this.raciRows = raciRows;
        this.scores = scores;
        this.metrics = metrics;
        this.workspaces = workspaces;
        this.json = json;
    }

    // ---- charter

    /** The charter and its version tag ("0" while none was saved: the charter is then empty). */
    public record Charter(ProjectCharter charter, String tag) {
    }

    @Transactional(readOnly = true)
    public Charter charter(long workspaceId) {
        catalogue.workspace(workspaceId);
        return charters.findById(workspaceId)
                .map(row -> new Charter(read(row.getBody(), ProjectCharter.class), tag(row.getVersion())))
                .orElse(new Charter(ProjectCharter.EMPTY, "0"));
    }

    @Transactional
    public Charter replaceCharter(long workspaceId, String expectedTag, ProjectCharter charter) {
        lock(workspaceId);
        if (!charter.problems().isEmpty()) {
            throw new InvalidRequestException(String.join(" ", charter.problems()));
        }
        CharterRow row = charters.findById(workspaceId).orElse(null);
        checkTag("the charter of workspace " + workspaceId, row == null ? "0" : tag(row.getVersion()), expectedTag);
        if (row == null) {
            row = new CharterRow(workspaceId, write(charter));
        } else {
            row.replace(write(charter));
        }
        charters.saveAndFlush(row);
        return charter(workspaceId);
    }

    // ---- RACI

    /**
     * The matrix, its violations and its version tag. Until a matrix is saved this is the method's default
     * (every step of the three phases) with tag "0".
     */
    public record RaciState(RaciMatrix matrix, List<RaciViolation> violations, boolean saved, String tag) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public RaciState raci(long workspaceId) {
        catalogue.workspace(workspaceId);
        RaciRow row = raciRows.findById(workspaceId).orElse(null);
        RaciMatrix m = row == null ? RaciMatrix.methodDefault() : fromStored(read(row.getBody(), StoredRaci.class));
        return new RaciState(m, m.violations(), row != null, row == null ? "0" : tag(row.getVersion()));
    }

    /**
     * Stores the matrix even when it breaks a rule, so a half-filled matrix is never lost; the violations come
     * back with it (and with every read) for the analyst to fix.
     */
    @Transactional
    public RaciState replaceRaci(long workspaceId, String expectedTag, RaciMatrix matrix) {
        lock(workspaceId);
        RaciRow row = raciRows.findById(workspaceId).orElse(null);
        checkTag("the RACI matrix of workspace " + workspaceId, row == null ? "0" : tag(row.getVersion()), expectedTag);
        String body = write(toStored(matrix));
        if (row == null) {
            row = new RaciRow(workspaceId, body);
        } else {
            row.replace(body);
        }
        raciRows.saveAndFlush(row);
        return raci(workspaceId);
    }

    /** The stored shape: letters as text ("AR"), so the JSON stays readable. */
    record StoredRaci(List<String> roles, List<StoredActivity> activities) {
    }

    record StoredActivity(MethodPhase phase, String name, Map<String, String> assignments) {
    }

    private static StoredRaci toStored(RaciMatrix m) {
        return new StoredRaci(m.roles(), m.activities().stream().map(a -> {
            Map<String, String> cells = new TreeMap<>();
            a.assignments().forEach((role, letters) -> cells.put(role, Raci.format(letters)));
            return new StoredActivity(a.phase(), a.name(), cells);
        }).toList());
    }

    private static RaciMatrix fromStored(StoredRaci s) {
        return new RaciMatrix(s.roles(), s.activities().stream().map(a -> {
            Map<String, Set<Raci>> cells = new LinkedHashMap<>();
            a.assignments().forEach((role, letters) -> cells.put(role, Raci.parse(letters)));
            return new RaciMatrix.Activity(a.phase(), a.name(), cells);
        }).toList());
    }

    // ---- scores and shortlist

    /** The scores of one process, goal id → 0..5. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> scores(long workspaceId, long processId) {
        catalogue.process(workspaceId, processId);
        Map<Long, Integer> out = new TreeMap<>();
        scores.findByProcessId(processId).forEach(s -> out.put(s.getGoalId(), s.getScore()));
        return out;
    }

    /**
     * Sets the given goals' scores of a process; a null score clears one, goals not mentioned keep theirs.
     * Every goal must belong to the workspace and every score lie in 0..5, else nothing changes.
     */
    @Transactional
    public Map<Long, Integer> setScores(long workspaceId, long processId, Map<Long, Integer> changes) {
        lock(workspaceId);
        catalogue.process(workspaceId, processId);
        Set<Long> goalIds = new java.util.HashSet<>(strategy.goals(workspaceId).stream().map(Goal::getId).toList());
        for (Map.Entry<Long, Integer> e : changes.entrySet()) {
            if (!goalIds.contains(e.getKey())) {
                throw new InvalidRequestException("goal " + e.getKey() + " is not a goal of workspace " + workspaceId);
            }
            Integer s = e.getValue();
            if (s != null && (s < Shortlisting.MIN_SCORE || s > Shortlisting.MAX_SCORE)) {
                throw new InvalidRequestException("the score for goal " + e.getKey() + " is " + s
                        + "; scores run from 0 (does not serve the goal) to 5 (serves it decisively)");
            }
        }
        Map<Long, ProcessGoalScore> existing = new HashMap<>();
        scores.findByProcessId(processId).forEach(s -> existing.put(s.getGoalId(), s));
        changes.forEach((goalId, score) -> {
            ProcessGoalScore row = existing.get(goalId);
            if (score == null) {
                if (row != null) {
                    scores.delete(row);
                }
            } else if (row == null) {
                scores.save(new ProcessGoalScore(processId, goalId, score));
            } else {
                row.setScore(score);
            }
        });
        scores.flush();
        return scores(workspaceId, processId);
    }

    /** Every catalogue process ranked against the weighted goals, the shortlist marked by the rule. */
    @Transactional(readOnly = true)
    public Shortlisting.Result shortlist(long workspaceId, Shortlisting.Rule rule) {
        List<CatalogueProcess> processes = catalogue.processes(workspaceId);
        List<Shortlisting.WeightedGoal> goals = strategy.goals(workspaceId).stream()
                .map(g -> new Shortlisting.WeightedGoal(g.getId(), g.getName(), g.getWeight())).toList();
        Map<Long, Map<Long, Integer>> byProcess = new HashMap<>();
        if (!processes.isEmpty()) {
            scores.findByProcessIds(processes.stream().map(CatalogueProcess::getId).toList()).forEach(s ->
                    byProcess.computeIfAbsent(s.getProcessId(), k -> new HashMap<>()).put(s.getGoalId(), s.getScore()));
        }
        return Shortlisting.rank(goals, processes.stream()
                .map(p -> new Shortlisting.Candidate(p.getId(), p.getName(), p.getLevel())).toList(), byProcess, rule);
    }

    // ---- catalogue import

    /** Imports a catalogue CSV all or nothing; returns the created processes, parents first. */
    @Transactional
    public List<CatalogueProcess> importCatalogue(long workspaceId, String csv) {
        lock(workspaceId);
        List<CatalogueCsv.Existing> existing = catalogue.processes(workspaceId).stream()
                .map(p -> new CatalogueCsv.Existing(p.getId(), p.getName(), p.getLevel())).toList();
        CatalogueCsv.Parsed parsed = CatalogueCsv.parse(csv, existing);
        if (!parsed.ok()) {
            throw new CatalogueImportException(parsed.errors());
        }
        List<CatalogueProcess> created = new ArrayList<>();
        for (CatalogueCsv.Row row : parsed.rows()) {
            CatalogueCsv.Parent p = row.parent();
            Long parentId = p.existingId() != null ? p.existingId()
                    : p.rowIndex() != null ? created.get(p.rowIndex()).getId() : null;
            created.add(catalogue.addProcess(workspaceId, row.name(), row.level(), parentId));
        }
        return created;
    }

    // ---- success metrics

    /** What an analyst enters for a success metric. */
    public record MetricInput(String name, String unit, Double currentValue, Double target,
                              SuccessMetric.Direction direction, List<String> initiativeKeys) {
    }

    @Transactional(readOnly = true)
    public List<SuccessMetric> successMetrics(long workspaceId) {
        catalogue.workspace(workspaceId);
        return metrics.findByWorkspaceIdOrderByIdAsc(workspaceId);
    }

    @Transactional(readOnly = true)
    public SuccessMetric successMetric(long workspaceId, long metricId) {
        catalogue.workspace(workspaceId);
        return metrics.findByIdAndWorkspaceId(metricId, workspaceId).orElseThrow(() -> new NotFoundException(
                "success metric " + metricId + " does not exist in workspace " + workspaceId));
    }

    @Transactional
    public SuccessMetric addSuccessMetric(long workspaceId, MetricInput in) {
        catalogue.workspace(workspaceId);
        check(in);
        return metrics.saveAndFlush(new SuccessMetric(workspaceId, Catalogue.requireName(in.name()), in.unit().strip(),
                in.currentValue(), in.target(), in.direction(), keys(in.initiativeKeys())));
    }

    /**
     * Adds a success metric for each service figure the process's future state improves (see
     * {@link SuccessMetricSeeds}), linked to the initiatives carrying the process's requirements. Metrics
     * whose name exists already are skipped, so seeding again adds nothing. Answers the metrics added.
     */
    @Transactional
    public List<SuccessMetric> seedSuccessMetrics(long workspaceId, long processId) {
        lock(workspaceId); // so that two seedings at once cannot both add the same name
        CatalogueProcess process = catalogue.process(workspaceId, processId);
        for (ModelState state : ModelState.values()) {
            if (versions.findFirstByProcessIdAndStateOrderByVersionNoDesc(processId, state).isEmpty()) {
                throw new InvalidRequestException("process '" + process.getName() + "' (" + processId + ") has no "
                        + state.word() + "-state model: success metrics are seeded from both models");
            }
        }
        String processKey = String.valueOf(processId);
        Analysis.Analysed analysed = analysis.analyse(workspaceId);
        ProcessAnalysis models = analysed.processes().stream().filter(a -> a.processKey().equals(processKey))
                .findFirst().orElseThrow(() -> new IllegalStateException("process " + processId + " not analysed"));
        List<String> initiativeKeys = analysed.strategy().initiatives().stream()
                .filter(i -> i.processKeys().contains(processKey)).map(Initiative::key).toList();
        Set<String> names = new HashSet<>();
        metrics.findByWorkspaceIdOrderByIdAsc(workspaceId).forEach(m -> names.add(m.getName()));
        List<SuccessMetric> added = new ArrayList<>();
        for (SuccessMetricSeeds.Seed seed : SuccessMetricSeeds.of(process.getName(), models.metrics())) {
            if (names.add(seed.name())) {
                added.add(metrics.saveAndFlush(new SuccessMetric(workspaceId, seed.name(), seed.unit(),
                        seed.currentValue(), seed.target(), SuccessMetric.Direction.valueOf(seed.direction().name()),
                        initiativeKeys)));
            }
        }
        return added;
    }

    @Transactional
    public SuccessMetric replaceSuccessMetric(long workspaceId, long metricId, long expectedVersion, MetricInput in) {
        SuccessMetric m = successMetric(workspaceId, metricId);
        if (m.getVersion() != expectedVersion) {
            throw new StaleVersionException("success metric " + metricId, String.valueOf(m.getVersion()));
        }
        check(in);
        m.replace(Catalogue.requireName(in.name()), in.unit().strip(), in.currentValue(), in.target(), in.direction(),
                keys(in.initiativeKeys()));
        return metrics.saveAndFlush(m);
    }

    @Transactional
    public void deleteSuccessMetric(long workspaceId, long metricId) {
        metrics.delete(successMetric(workspaceId, metricId));
    }

    private static void check(MetricInput in) {
        if (in.unit() == null || in.unit().isBlank() || in.unit().length() > 50) {
            throw new InvalidRequestException("unit must be 1 to 50 characters (e.g. %, seconds, per month)");
        }
        if (in.target() == null || in.direction() == null) {
            throw new InvalidRequestException("a success metric needs a target and a direction (INCREASE or DECREASE)");
        }
    }

    private static List<String> keys(List<String> keys) {
        return keys == null ? List.of() : keys.stream().filter(k -> k != null && !k.isBlank()).map(String::strip)
                .distinct().toList();
    }

    // ---- helpers

    private void lock(long workspaceId) {
        workspaces.lockById(workspaceId).orElseThrow(
                () -> new NotFoundException("workspace " + workspaceId + " does not exist"));
    }

    /** Version tags start at "1" for a saved row, so "0" can mean "nothing saved yet". */
    private static String tag(long version) {
        return String.valueOf(version + 1);
    }

    private static void checkTag(String what, String current, String expected) {
        if (!current.equals(expected)) {
            throw new StaleVersionException(what, current);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored method document does not parse", e);
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
