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
    public record Page(long revision, int page, int size, long total, List<RawJson> items) {
    }

    /** One derived item with the tag of its decision (the ETag clients send back in If-Match). */
    public record Item(String key, String tag, RawJson body, RawJson decision) {
    }

    private final Catalogue catalogue;
    private final Repositories.Workspaces workspaces;
    private final Repositories.Decisions decisions;
    private final Repositories.Goals goals;
    private final Repositories.Snapshots snapshots;
    private final Repositories.Settings settingsRows;
    private final StrategySettingsCodec settingsCodec;
    private final DerivedItems items;
    private final Analysis analysis;
    private final ObjectMapper json;
    private final Clock clock;

    StrategyBoard(Catalogue catalogue, Repositories.Workspaces workspaces, Repositories.Decisions decisions,
                  Repositories.Goals goals, Repositories.Snapshots snapshots, Repositories.Settings settingsRows,
                  StrategySettingsCodec settingsCodec, DerivedItems items, Analysis analysis, ObjectMapper json,
                  Clock clock) {
        this.settingsRows = settingsRows;
        this.settingsCodec = settingsCodec;
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
        // Types, statuses and priorities are enum names; periods are upper case already.
        DerivedItems.Filter f = new DerivedItems.Filter(processId, upper(type), upper(status));
        long total = items.count(workspaceId, subject, f);
        List<RawJson> bodies = items.page(workspaceId, subject, f, page, size).stream().map(RawJson::new).toList();
        return new Page(revision(workspaceId), page, size, total, bodies);
    }

    @Transactional(readOnly = true)
    public Item item(long workspaceId, Subject subject, String key) {
        catalogue.workspace(workspaceId);
        RawJson body = items.body(workspaceId, subject, key).map(RawJson::new).orElseThrow(
                () -> new NotFoundException("no " + subject.word() + " with key '" + key + "' in workspace " + workspaceId));
        Decision d = decisions.findByWorkspaceIdAndSubjectAndItemKey(workspaceId, subject.word(), key).orElse(null);
        return new Item(key, tag(d), body, d == null ? null : new RawJson(d.getPayload()));
    }

    /** The stored diff of one process (CLI JSON shape), derived with its latest models. */
    @Transactional(readOnly = true)
    public RawJson diff(long workspaceId, long processId) {
        CatalogueProcess p = catalogue.process(workspaceId, processId);
        return items.body(workspaceId, Subject.DIFF, String.valueOf(processId)).map(RawJson::new).orElseThrow(
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
        // A placement may be set for an initiative the scheduler left out of the horizon.
        boolean exists = items.body(workspaceId, subject, key).isPresent()
                || subject == Subject.PLACEMENT && items.body(workspaceId, Subject.INITIATIVE, key).isPresent();
        if (d == null && !exists) {
            throw new NotFoundException("no " + subject.word() + " with key '" + key + "' in workspace " + workspaceId);
        }
        if (!tag(d).equals(expectedTag)) {
            throw new StaleVersionException(subject.word() + " '" + key + "'", tag(d));
        }
        d = record(workspaceId, subject, key, d, patch);
        analysis.rederive(workspaceId);
        // The item may be gone now (e.g. a merged initiative): the decision is still answered.
        RawJson body = items.body(workspaceId, subject, key).map(RawJson::new).orElse(new RawJson("null"));
        return new Item(key, tag(d), body, new RawJson(d.getPayload()));
    }

    /** One decision of a batch: a checked JSON merge patch of one item. */
    record Patch(Subject subject, String key, JsonNode fields) {
    }

    /**
     * Records several decisions as {@link #decide} does, in the caller's transaction and under its workspace lock,
     * without tags (the caller checked the items) and without re-deriving: the caller re-derives once after all.
     */
    void recordAll(long workspaceId, List<Patch> patches) {
        patches.forEach(p -> DecisionFields.check(p.subject(), p.fields()));
        for (Patch p : patches) {
            Decision d = decisions.findByWorkspaceIdAndSubjectAndItemKey(workspaceId, p.subject().word(), p.key())
                    .orElse(null);
            record(workspaceId, p.subject(), p.key(), d, p.fields());
        }
    }

    /** Merges a patch into the item's decision (creating it) and stores it: the one way a decision is written. */
    private Decision record(long workspaceId, Subject subject, String key, Decision d, JsonNode patch) {
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
        return decisions.saveAndFlush(d);
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

    /** What a goal says besides its name and weight; null lists leave them as they are (or empty). */
    public record GoalLinks(List<String> keywords, List<String> capabilities, List<String> initiativeKeys) {
    }

    @Transactional
    public Goal addGoal(long workspaceId, String name, String description, double weight, GoalLinks links) {
        workspaces.lockById(workspaceId).orElseThrow(
                () -> new NotFoundException("workspace " + workspaceId + " does not exist"));
        Goal g = storeNewGoal(workspaceId, name, description, weight, links);
        analysis.rederive(workspaceId);
        return g;
    }

    /** Adds a goal without re-deriving: for callers that change more and re-derive once (under the lock). */
    Goal storeNewGoal(long workspaceId, String name, String description, double weight, GoalLinks links) {
        checkWeight(weight);
        StrategySettingsCodec.checkCapabilities(links.capabilities());
        return goals.saveAndFlush(new Goal(workspaceId, Catalogue.requireName(name),
                description == null ? "" : description, weight, orEmpty(links.keywords()),
                orEmpty(links.capabilities()), orEmpty(links.initiativeKeys())));
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
                           Double weight, GoalLinks links) {
        workspaces.lockById(workspaceId).orElseThrow(
                () -> new NotFoundException("workspace " + workspaceId + " does not exist"));
        Goal g = storeGoalChange(workspaceId, goalId, expectedVersion, name, description, weight, links);
        analysis.rederive(workspaceId);
        return g;
    }

    /** Changes a goal without re-deriving: for callers that change more and re-derive once (under the lock). */
    Goal storeGoalChange(long workspaceId, long goalId, long expectedVersion, String name, String description,
                         Double weight, GoalLinks links) {
        Goal g = goal(workspaceId, goalId);
        if (g.getVersion() != expectedVersion) {
            throw new StaleVersionException("goal " + goalId, String.valueOf(g.getVersion()));
        }
        if (weight != null) {
            checkWeight(weight);
        }
        StrategySettingsCodec.checkCapabilities(links.capabilities());
        g.update(name == null ? null : Catalogue.requireName(name), description, weight, links.keywords(),
                links.capabilities(), links.initiativeKeys());
        return goals.saveAndFlush(g);
    }

    /** Re-derives on request (e.g. after the engine was upgraded). */
    @Transactional
    public JsonNode rederive(long workspaceId) {
        workspaces.lockById(workspaceId).orElseThrow(
                () -> new NotFoundException("workspace " + workspaceId + " does not exist"));
        analysis.rederive(workspaceId);
        return summary(workspaceId);
    }

    /** The strategy settings in force (defaults filled in) and their version tag. */
    public record Settings(JsonNode settings, String tag) {
    }

    @Transactional(readOnly = true)
    public Settings settings(long workspaceId) {
        catalogue.workspace(workspaceId);
        StrategySettingsRow row = settingsRows.findById(workspaceId).orElse(null);
        return new Settings(settingsCodec.effective(row == null ? "{}" : row.getBody()),
                row == null ? "0" : String.valueOf(row.getVersion() + 1));
    }

    /** Replaces the settings if {@code expectedTag} is current, then re-derives. */
    @Transactional
    public Settings replaceSettings(long workspaceId, String expectedTag, JsonNode document) {
        workspaces.lockById(workspaceId).orElseThrow(
                () -> new NotFoundException("workspace " + workspaceId + " does not exist"));
        if (document == null || !document.isObject()) {
            throw new InvalidRequestException("settings must be a JSON object {scoring, roadmap}");
        }
        StrategySettingsCodec.checkApplications(settingsCodec.settings(document.toString(), List.of()).applications());
        StrategySettingsRow row = settingsRows.findById(workspaceId).orElse(null);
        String tag = row == null ? "0" : String.valueOf(row.getVersion() + 1);
        if (!tag.equals(expectedTag)) {
            throw new StaleVersionException("the settings of workspace " + workspaceId, tag);
        }
        if (row == null) {
            row = new StrategySettingsRow(workspaceId, document.toString());
        } else {
            row.replace(document.toString());
        }
        settingsRows.saveAndFlush(row);
        analysis.rederive(workspaceId);
        return settings(workspaceId);
    }

    /**
     * Creates an empty initiative (e.g. to split one: then move requirements into it). Its key is
     * {@code I-new-<n>}; it is an analyst decision like a rename, listed once it holds requirements.
     */
    @Transactional
    public Item createInitiative(long workspaceId, String name) {
        workspaces.lockById(workspaceId).orElseThrow(
                () -> new NotFoundException("workspace " + workspaceId + " does not exist"));
        String clean = Catalogue.requireName(name);
        int n = 1;
        while (decisions.findByWorkspaceIdAndSubjectAndItemKey(workspaceId, Subject.INITIATIVE.word(), "I-new-" + n)
                .isPresent()) {
            n++;
        }
        Decision d = new Decision(workspaceId, Subject.INITIATIVE, "I-new-" + n);
        d.record(json.createObjectNode().put("name", clean).put("created", true).toString(), clock.instant());
        decisions.saveAndFlush(d);
        analysis.rederive(workspaceId);
        // Listed once a requirement is moved into it; until then the engine reports it as empty.
        RawJson body = items.body(workspaceId, Subject.INITIATIVE, d.getItemKey()).map(RawJson::new)
                .orElse(new RawJson("null"));
        return new Item(d.getItemKey(), tag(d), body, new RawJson(d.getPayload()));
    }

    /**
     * Corrects the matching of one process: pairs two elements by hand, or (with one side null)
     * declares an element to have no counterpart. Replaces any earlier correction of those elements.
     */
    @Transactional
    public RawJson correctMatch(long workspaceId, long processId, String currentId, String futureId) {
        workspaces.lockById(workspaceId).orElseThrow(
                () -> new NotFoundException("workspace " + workspaceId + " does not exist"));
        catalogue.process(workspaceId, processId);
        if (blank(currentId) && blank(futureId)) {
            throw new InvalidRequestException("give current, future, or both element ids");
        }
        for (Decision old : decisions.findByWorkspaceIdOrderByIdAsc(workspaceId)) {
            if (old.getSubject() == Subject.MATCH) {
                JsonNode p = parse(old.getPayload());
                boolean sameProcess = p.path("processId").asText().equals(String.valueOf(processId));
                if (sameProcess && ((!blank(currentId) && currentId.equals(p.path("current").asText(null)))
                        || (!blank(futureId) && futureId.equals(p.path("future").asText(null))))) {
                    decisions.delete(old);
                }
            }
        }
        decisions.flush();
        String key = processId + ":" + (blank(currentId) ? "" : currentId) + "->" + (blank(futureId) ? "" : futureId);
        Decision d = new Decision(workspaceId, Subject.MATCH, key);
        ObjectNode payload = json.createObjectNode().put("processId", String.valueOf(processId));
        payload.put("current", blank(currentId) ? null : currentId);
        payload.put("future", blank(futureId) ? null : futureId);
        d.record(payload.toString(), clock.instant());
        decisions.saveAndFlush(d);
        analysis.rederive(workspaceId);
        return diff(workspaceId, processId);
    }

    /** The roadmap: its frame (periods, load, issues, unscheduled) and every placement. */
    @Transactional(readOnly = true)
    public JsonNode roadmap(long workspaceId) {
        JsonNode summary = summary(workspaceId);
        ObjectNode roadmap = summary.has("roadmap") ? ((ObjectNode) summary.get("roadmap")).deepCopy()
                : json.createObjectNode();
        roadmap.put("revision", summary.path("revision").asLong());
        var placements = roadmap.putArray("placements");
        DerivedItems.Filter all = new DerivedItems.Filter(null, null, null);
        items.page(workspaceId, Subject.PLACEMENT, all, 0, Integer.MAX_VALUE).forEach(b -> placements.add(parse(b)));
        return roadmap;
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static void checkWeight(double weight) {
        if (!(weight >= 0 && weight <= 100)) {
            throw new InvalidRequestException("weight must be between 0 and 100, was " + weight);
        }
    }

    /**
     * The revision of the workspace's last derivation (0 before the first, or without such a
     * workspace): every change bumps it, so it names the content of every read below. One query.
     */
    public long revision(long workspaceId) {
        return items.revision(workspaceId);
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
