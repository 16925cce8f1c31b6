package com.gapwise.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The derived strategy of a workspace (gaps, requirements, initiatives, roadmap placements, diffs)
 * and the analyst decisions on it. Reads come from the stored derivation; every decision is stored
 * and followed by a re-derivation in the same transaction.
 */
@Service
public class StrategyBoard {

    /** One page of derived items (each the engine's JSON of it). */
    public record Page(long revision, int page, int size, long total, List<JsonNode> items) {
    }

    /** One derived item with the tag of its decision (the ETag clients send back in If-Match). */
    public record Item(String key, String tag, JsonNode body, JsonNode decision) {
    }

    private final Catalogue catalogue;
    private final Repositories.Workspaces workspaces;
    private final Repositories.Decisions decisions;
    private final Repositories.Goals goals;
    private final Repositories.Snapshots snapshots;
    private final DerivedItems items;
    private final Analysis analysis;
    private final ObjectMapper json;
    private final Clock clock;

    StrategyBoard(Catalogue catalogue, Repositories.Workspaces workspaces, Repositories.Decisions decisions,
                  Repositories.Goals goals, Repositories.Snapshots snapshots, DerivedItems items, Analysis analysis,
                  ObjectMapper json, Clock clock) {
        this.catalogue = catalogue;
        this.workspaces = workspaces;
        this.decisions = decisions;
        this.goals = goals;
        this.snapshots = snapshots;
        this.items = items;
        this.analysis = analysis;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page list(long workspaceId, Subject subject, Long processId, String type, String status, int page,
                     int size) {
        catalogue.workspace(workspaceId);
        if (page < 0 || size < 1 || size > 500) {
            throw new InvalidRequestException("page must be >= 0 and size between 1 and 500");
        }
        DerivedItems.Filter f = new DerivedItems.Filter(processId, type, status);
        long total = items.count(workspaceId, subject, f);
        List<JsonNode> bodies = items.page(workspaceId, subject, f, page, size).stream().map(this::parse).toList();
        return new Page(revision(workspaceId), page, size, total, bodies);
    }

    @Transactional(readOnly = true)
    public Item item(long workspaceId, Subject subject, String key) {
        catalogue.workspace(workspaceId);
        JsonNode body = items.body(workspaceId, subject, key).map(this::parse).orElseThrow(
                () -> new NotFoundException("no " + subject.word() + " with key '" + key + "' in workspace " + workspaceId));
        Decision d = decisions.findByWorkspaceIdAndSubjectAndItemKey(workspaceId, subject.word(), key).orElse(null);
        return new Item(key, tag(d), body, d == null ? null : parse(d.getPayload()));
    }

    /** The stored diff of one process (CLI JSON shape), derived with its latest models. */
    @Transactional(readOnly = true)
    public JsonNode diff(long workspaceId, long processId) {
        CatalogueProcess p = catalogue.process(workspaceId, processId);
        return items.body(workspaceId, Subject.DIFF, String.valueOf(processId)).map(this::parse).orElseThrow(
                () -> new NotFoundException("process '" + p.getName() + "' (" + processId
                        + ") has no diff yet: it needs a future-state model"));
    }

    /**
     * Records a decision (a JSON merge patch over the previous one) if {@code expectedTag} is still
     * the item's tag, then re-derives. The item must exist now; a decision then outlives it.
     */
    @Transactional
    public Item decide(long workspaceId, Subject subject, String key, String expectedTag, JsonNode patch) {
        DecisionFields.check(subject, patch);
        workspaces.lockById(workspaceId).orElseThrow(
                () -> new NotFoundException("workspace " + workspaceId + " does not exist"));
        Decision d = decisions.findByWorkspaceIdAndSubjectAndItemKey(workspaceId, subject.word(), key).orElse(null);
        if (d == null && items.body(workspaceId, subject, key).isEmpty()) {
            throw new NotFoundException("no " + subject.word() + " with key '" + key + "' in workspace " + workspaceId);
        }
        if (!tag(d).equals(expectedTag)) {
            throw new StaleVersionException(subject.word() + " '" + key + "'", tag(d));
        }
        if (d == null) {
            d = new Decision(workspaceId, subject, key);
        }
        ObjectNode merged = (ObjectNode) parse(d.getPayload());
        patch.fields().forEachRemaining(e -> {
            if (e.getValue().isNull()) {
                merged.remove(e.getKey());
            } else {
                merged.set(e.getKey(), e.getValue());
            }
        });
        d.record(merged.toString(), clock.instant());
        decisions.saveAndFlush(d);
        analysis.rederive(workspaceId);
        return item(workspaceId, subject, key);
    }

    /** The workspace-wide report of the last derivation (stale decisions, warnings, counts). */
    @Transactional(readOnly = true)
    public JsonNode summary(long workspaceId) {
        catalogue.workspace(workspaceId);
        return snapshots.findById(workspaceId).map(s -> {
            ObjectNode n = (ObjectNode) parse(s.getSummary());
            n.put("revision", s.getRevision());
            n.put("derivedAt", s.getDerivedAt().toString());
            return (JsonNode) n;
        }).orElseGet(() -> json.createObjectNode().put("revision", 0));
    }

    @Transactional
    public Goal addGoal(long workspaceId, String name, String description, double weight) {
        workspaces.lockById(workspaceId).orElseThrow(
                () -> new NotFoundException("workspace " + workspaceId + " does not exist"));
        checkWeight(weight);
        Goal g = goals.saveAndFlush(new Goal(workspaceId, Catalogue.requireName(name),
                description == null ? "" : description, weight));
        analysis.rederive(workspaceId);
        return g;
    }

    @Transactional(readOnly = true)
    public List<Goal> goals(long workspaceId) {
        catalogue.workspace(workspaceId);
        return goals.findByWorkspaceIdOrderByIdAsc(workspaceId);
    }

    @Transactional(readOnly = true)
    public Goal goal(long workspaceId, long goalId) {
        catalogue.workspace(workspaceId);
        return goals.findByIdAndWorkspaceId(goalId, workspaceId).orElseThrow(
                () -> new NotFoundException("goal " + goalId + " does not exist in workspace " + workspaceId));
    }

    @Transactional
    public Goal updateGoal(long workspaceId, long goalId, long expectedVersion, String name, String description,
                           Double weight) {
        workspaces.lockById(workspaceId).orElseThrow(
                () -> new NotFoundException("workspace " + workspaceId + " does not exist"));
        Goal g = goal(workspaceId, goalId);
        if (g.getVersion() != expectedVersion) {
            throw new StaleVersionException("goal " + goalId, String.valueOf(g.getVersion()));
        }
        if (weight != null) {
            checkWeight(weight);
        }
        g.update(name == null ? null : Catalogue.requireName(name), description, weight);
        goals.saveAndFlush(g);
        analysis.rederive(workspaceId);
        return g;
    }

    /** Re-derives on request (e.g. after the engine was upgraded). */
    @Transactional
    public JsonNode rederive(long workspaceId) {
        workspaces.lockById(workspaceId).orElseThrow(
                () -> new NotFoundException("workspace " + workspaceId + " does not exist"));
        analysis.rederive(workspaceId);
        return summary(workspaceId);
    }

    private static void checkWeight(double weight) {
        if (!(weight >= 0 && weight <= 100)) {
            throw new InvalidRequestException("weight must be between 0 and 100, was " + weight);
        }
    }

    private long revision(long workspaceId) {
        return snapshots.findById(workspaceId).map(StrategySnapshot::getRevision).orElse(0L);
    }

    /** 0 while no decision exists, then 1, 2, ... with every change. */
    private static String tag(Decision d) {
        return d == null ? "0" : String.valueOf(d.getVersion() + 1);
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }

}
