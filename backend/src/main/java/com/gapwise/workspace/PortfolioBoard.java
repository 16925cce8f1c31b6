package com.gapwise.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gapwise.portfolio.Application;
import com.gapwise.portfolio.PortfolioAssessment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application inventory of a workspace, kept in its settings document ({@code "applications"}), so that
 * there is one stored model of an application (the engine's record), the workspace archive carries it, and
 * settings written before this board existed need no migration. Each application has its own ETag: a hash of
 * its content, so a change to one application never makes another's stale. Every change re-derives the
 * strategy, whose portfolio assessment (postures, summary, heat map) is stored as a derived item.
 */
@Service
public class PortfolioBoard {

    static final String ITEM_KEY = "portfolio";

    /** The JSON fields of an application: the record's components. */
    private static final Set<String> FIELDS = Arrays.stream(Application.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    /** An application and its ETag. */
    public record Entry(Application application, String tag) {
    }

    private final Catalogue catalogue;
    private final Repositories.Workspaces workspaces;
    private final Repositories.Settings settingsRows;
    private final StrategySettingsCodec settingsCodec;
    private final DerivedItems items;
    private final Analysis analysis;
    private final ObjectMapper json;

    PortfolioBoard(Catalogue catalogue, Repositories.Workspaces workspaces, Repositories.Settings settingsRows,
                   StrategySettingsCodec settingsCodec, DerivedItems items, Analysis analysis, ObjectMapper json) {
        this.catalogue = catalogue;
        this.workspaces = workspaces;
        this.settingsRows = settingsRows;
        this.settingsCodec = settingsCodec;
        this.items = items;
        this.analysis = analysis;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public List<Entry> applications(long workspaceId) {
        catalogue.workspace(workspaceId);
        return stored(workspaceId).stream().map(a -> new Entry(a, tag(a))).toList();
    }

    @Transactional(readOnly = true)
    public Entry application(long workspaceId, String key) {
        catalogue.workspace(workspaceId);
        Application a = find(stored(workspaceId), key);
        return new Entry(a, tag(a));
    }

    /** Adds an application; without a key, its key is made from its name. */
    @Transactional
    public Entry add(long workspaceId, JsonNode body) {
        lock(workspaceId);
        List<Application> all = new ArrayList<>(stored(workspaceId));
        Application added = adding(all, body);
        store(workspaceId, all, true);
        return new Entry(added, tag(added));
    }

    /** Adds several applications at once (one re-derivation), all or none; e.g. the demo workspace's inventory. */
    @Transactional
    public List<Entry> addAll(long workspaceId, JsonNode array) {
        lock(workspaceId);
        if (array == null || !array.isArray()) {
            throw new InvalidRequestException("applications must be a JSON array");
        }
        List<Application> all = new ArrayList<>(stored(workspaceId));
        List<Entry> added = new ArrayList<>();
        for (JsonNode body : array) {
            Application a = build(fields(body));
            checkNewKey(a.key());
            all.add(a);
            added.add(new Entry(a, tag(a)));
        }
        store(workspaceId, all, true);
        return added;
    }

    /** Applies a JSON merge patch (null resets a field) if {@code expectedTag} is the application's current tag. */
    @Transactional
    public Entry update(long workspaceId, String key, String expectedTag, JsonNode patch) {
        lock(workspaceId);
        List<Application> all = new ArrayList<>(stored(workspaceId));
        Application old = find(all, key);
        checkTag(old, expectedTag);
        Application changed = changing(all, old, patch);
        store(workspaceId, all, true);
        return new Entry(changed, tag(changed));
    }

    /**
     * The workbook import's part: merge-patches and adds applications exactly as {@link #update} and {@link #add}
     * do, stored at once. No ETags (the import holds the workspace lock and compared with what is stored) and no
     * re-derivation: the import re-derives once for all its changes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addAndChange(long workspaceId, List<JsonNode> added, Map<String, JsonNode> patches) {
        List<Application> all = new ArrayList<>(stored(workspaceId));
        patches.forEach((key, patch) -> changing(all, find(all, key), patch));
        added.forEach(body -> adding(all, body));
        store(workspaceId, all, false);
    }

    /** Builds the application of a POST body and appends it to {@code all}; without a key, it is made from the name. */
    private Application adding(List<Application> all, JsonNode body) {
        ObjectNode fields = fields(body);
        if (!fields.hasNonNull("key") && fields.hasNonNull("name")) {
            fields.put("key", Application.keyFor(fields.get("name").asText()));
        }
        Application added = build(fields);
        checkNewKey(added.key());
        if (all.stream().anyMatch(a -> a.key().equals(added.key()))) {
            throw new InvalidRequestException("an application with the key '" + added.key() + "' already exists");
        }
        all.add(added);
        return added;
    }

    /** Applies a merge patch to {@code old}, replacing it in {@code all}. */
    private Application changing(List<Application> all, Application old, JsonNode patch) {
        ObjectNode changes = fields(patch);
        if (changes.hasNonNull("key") && !changes.get("key").asText().equals(old.key())) {
            throw new InvalidRequestException("the key of an application cannot change (its initiative and the "
                    + "analysts' decisions on it are keyed by it); add a new application instead");
        }
        ObjectNode merged = json.valueToTree(old);
        changes.properties().forEach(e -> {
            if (e.getValue().isNull()) {
                merged.remove(e.getKey());
            } else {
                merged.set(e.getKey(), e.getValue());
            }
        });
        Application changed = build(merged);
        all.set(all.indexOf(old), changed);
        return changed;
    }

    @Transactional
    public void delete(long workspaceId, String key, String expectedTag) {
        lock(workspaceId);
        List<Application> all = new ArrayList<>(stored(workspaceId));
        Application old = find(all, key);
        checkTag(old, expectedTag);
        all.remove(old);
        store(workspaceId, all, true);
    }

    /** The portfolio assessment of the last derivation: postures with rationale, summary, heat map, support. */
    @Transactional(readOnly = true)
    public RawJson portfolio(long workspaceId) {
        catalogue.workspace(workspaceId);
        return new RawJson(items.body(workspaceId, Subject.PORTFOLIO, ITEM_KEY).orElseGet(() -> {
            try {
                return json.writeValueAsString(PortfolioAssessment.EMPTY);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private List<Application> stored(long workspaceId) {
        String body = settingsRows.findById(workspaceId).map(StrategySettingsRow::getBody).orElse("{}");
        return settingsCodec.settings(body, List.of()).applications();
    }

    /** Writes the inventory into the settings document, leaving its other parts as they are; re-derives if asked. */
    private void store(long workspaceId, List<Application> applications, boolean rederive) {
        StrategySettingsCodec.checkApplications(applications);
        StrategySettingsRow row = settingsRows.findById(workspaceId).orElse(null);
        ObjectNode document = (ObjectNode) read(row == null ? "{}" : row.getBody());
        ArrayNode list = document.putArray("applications");
        applications.forEach(a -> list.add(json.valueToTree(a)));
        if (row == null) {
            row = new StrategySettingsRow(workspaceId, document.toString());
        } else {
            row.replace(document.toString());
        }
        settingsRows.saveAndFlush(row);
        if (rederive) {
            analysis.rederive(workspaceId);
        }
    }

    private Application build(ObjectNode fields) {
        try {
            return json.treeToValue(fields, Application.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidRequestException("application refused: " + StrategySettingsCodec.rootMessage(e));
        }
    }

    /** The body as an object of known fields; an unknown field is refused rather than silently dropped. */
    private static ObjectNode fields(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("an application must be a JSON object");
        }
        List<String> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                unknown.add(f);
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("unknown application field(s) " + unknown + "; known: "
                    + FIELDS.stream().sorted().toList());
        }
        return ((ObjectNode) body).deepCopy();
    }

    private static void checkNewKey(String key) {
        try {
            Application.checkNewKey(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("application refused: " + e.getMessage());
        }
    }

    private static Application find(List<Application> applications, String key) {
        return applications.stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("application '" + key + "' does not exist"));
    }

    private void checkTag(Application current, String expectedTag) {
        String tag = tag(current);
        if (!tag.equals(expectedTag)) {
            throw new StaleVersionException("application '" + current.key() + "'", tag);
        }
    }

    /** A hash of the application's content: changes whenever any of its fields does. */
    private String tag(Application application) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(application).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void lock(long workspaceId) {
        workspaces.lockById(workspaceId).orElseThrow(
                () -> new NotFoundException("workspace " + workspaceId + " does not exist"));
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored settings are unreadable", e);
        }
    }
}
