package com.gapwise.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A whole workspace as one zip, for backup and for moving between servers: every model version's
 * exact bytes, the catalogue, goals, settings and analyst decisions, with a manifest and a format
 * version. Import creates a new workspace in one transaction (all or nothing).
 *
 * <p>Derived keys (gaps, requirements, initiatives, placements) embed the process's database id, so
 * a decision cannot keep its key in a new workspace. The archive carries the derived items' order;
 * import re-derives in stages (matches, gaps, requirements, initiatives, placements) and moves each
 * decision to the item at the same place (same subject, the same process, same rank).
 */
@Service
public class WorkspaceArchive {

    public static final String FORMAT = "gapwise-workspace";
    public static final int FORMAT_VERSION = 1;
    /** Bounds on an uploaded archive: counted while inflating, never trusted from the zip headers. */
    static final int MAX_ENTRIES = 5_000;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

    record Manifest(String format, int formatVersion, Instant exportedAt, String workspaceName,
                    Instant workspaceCreatedAt) {
    }

    record ProcessEntry(long id, String name, int level, Long parentId, Instant createdAt) {
    }

    record ModelEntry(long processId, String state, int version, String fileName, String sha256, long size,
                      Instant uploadedAt, String warnings, String path) {
    }

    record GoalEntry(String name, String description, double weight, List<String> keywords,
                     List<String> capabilities, List<String> initiativeKeys) {
    }

    record DecisionEntry(String subject, String itemKey, String payload, Instant updatedAt) {
    }

    record DerivedEntry(String subject, String key, Long processId, int position) {
    }

    private final Repositories.Workspaces workspaces;
    private final Repositories.Processes processes;
    private final Repositories.ModelVersions versions;
    private final Repositories.ModelContents contents;
    private final Repositories.Goals goals;
    private final Repositories.Decisions decisions;
    private final Repositories.Settings settings;
    private final DerivedItems derived;
    private final ModelReader reader;
    private final Analysis analysis;
    private final ObjectMapper json;
    private final Clock clock;

    WorkspaceArchive(Repositories.Workspaces workspaces, Repositories.Processes processes,
                     Repositories.ModelVersions versions, Repositories.ModelContents contents, Repositories.Goals goals,
                     Repositories.Decisions decisions, Repositories.Settings settings, DerivedItems derived,
                     ModelReader reader, Analysis analysis, ObjectMapper json, Clock clock) {
        this.workspaces = workspaces;
        this.processes = processes;
        this.versions = versions;
        this.contents = contents;
        this.goals = goals;
        this.decisions = decisions;
        this.settings = settings;
        this.derived = derived;
        this.reader = reader;
        this.analysis = analysis;
        this.json = json;
        this.clock = clock;
    }

    /** Writes the workspace's archive; the caller owns (and closes) the stream. */
    @Transactional(readOnly = true)
    public void export(long workspaceId, OutputStream out) throws IOException {
        Workspace ws = workspaces.findById(workspaceId)
                .orElseThrow(() -> new NotFoundException("workspace " + workspaceId + " does not exist"));
        List<CatalogueProcess> tree = processes.findByWorkspaceIdOrderByLevelAscIdAsc(workspaceId);
        ZipOutputStream zip = new ZipOutputStream(out);
        put(zip, "manifest.json", new Manifest(FORMAT, FORMAT_VERSION, clock.instant(), ws.getName(), ws.getCreatedAt()));
        put(zip, "catalogue.json", tree.stream().map(p -> new ProcessEntry(p.getId(), p.getName(), p.getLevel(),
                p.getParentId(), p.getCreatedAt())).toList());
        List<ModelEntry> models = new ArrayList<>();
        for (CatalogueProcess p : tree) {
            for (ModelState state : ModelState.values()) {
                for (ModelVersion v : versions.findByProcessIdAndStateOrderByVersionNoAsc(p.getId(), state)) {
                    String path = "models/" + p.getId() + "/" + state.word() + "-v" + v.getVersionNo() + ".bpmn";
                    models.add(new ModelEntry(p.getId(), state.word(), v.getVersionNo(), v.getFileName(), v.getSha256(),
                            v.getSizeBytes(), v.getUploadedAt(), v.getWarnings(), path));
                    zip.putNextEntry(new ZipEntry(path));
                    zip.write(contents.findById(v.getId()).orElseThrow().getContent());
                    zip.closeEntry();
                }
            }
        }
        put(zip, "models.json", models);
        put(zip, "goals.json", goals.findByWorkspaceIdOrderByIdAsc(workspaceId).stream().map(g -> new GoalEntry(
                g.getName(), g.getDescription(), g.getWeight(), g.getKeywords(), g.getCapabilities(),
                g.getInitiativeKeys())).toList());
        put(zip, "settings.json", settings.findById(workspaceId).map(StrategySettingsRow::getBody).orElse(null));
        // in the order they were made (ids differ after an import, times do not)
        put(zip, "decisions.json", decisions.findByWorkspaceIdOrderByIdAsc(workspaceId).stream()
                .sorted(java.util.Comparator.comparing(Decision::getUpdatedAt,
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))).map(d ->
                new DecisionEntry(d.getSubject().word(), d.getItemKey(), d.getPayload(), d.getUpdatedAt())).toList());
        put(zip, "derived.json", derived.index(workspaceId).stream().map(r ->
                new DerivedEntry(r.subject().word(), r.key(), r.processId(), r.position())).toList());
        zip.finish();
    }

    /**
     * Creates a new workspace from an archive. Every model is imported again (a hostile archive gets
     * no further than a hostile upload); any problem rolls the whole import back.
     */
    @Transactional
    public long importArchive(InputStream in) {
        Map<String, byte[]> entries = unzip(in);
        Manifest manifest = read(entries, "manifest.json", new TypeReference<>() { });
        if (!FORMAT.equals(manifest.format()) || manifest.formatVersion() != FORMAT_VERSION) {
            throw new InvalidRequestException("archive format '" + manifest.format() + "' version "
                    + manifest.formatVersion() + " is not supported; expected '" + FORMAT + "' version " + FORMAT_VERSION);
        }
        List<ProcessEntry> tree = read(entries, "catalogue.json", new TypeReference<>() { });
        List<ModelEntry> models = read(entries, "models.json", new TypeReference<>() { });
        List<GoalEntry> goalEntries = read(entries, "goals.json", new TypeReference<>() { });
        String settingsJson = read(entries, "settings.json", new TypeReference<>() { });
        List<DecisionEntry> decisionEntries = read(entries, "decisions.json", new TypeReference<>() { });
        List<DerivedEntry> derivedEntries = read(entries, "derived.json", new TypeReference<>() { });

        Workspace ws = workspaces.saveAndFlush(new Workspace(Catalogue.requireName(manifest.workspaceName()),
                manifest.workspaceCreatedAt() == null ? clock.instant() : manifest.workspaceCreatedAt()));
        long wsId = ws.getId();
        Map<Long, Long> processIds = new HashMap<>();
        for (ProcessEntry p : tree) {
            Long parent = p.parentId() == null ? null : processIds.get(p.parentId());
            if (p.parentId() != null && parent == null) {
                throw new InvalidRequestException("catalogue.json: process " + p.id() + " names parent " + p.parentId()
                        + " before it (or a parent that is not in the archive)");
            }
            if (p.level() < 1 || p.level() > 5) {
                throw new InvalidRequestException("catalogue.json: process " + p.id() + " has level " + p.level());
            }
            CatalogueProcess created = processes.saveAndFlush(new CatalogueProcess(wsId, Catalogue.requireName(p.name()),
                    p.level(), parent, p.createdAt() == null ? clock.instant() : p.createdAt()));
            if (processIds.put(p.id(), created.getId()) != null) {
                throw new InvalidRequestException("catalogue.json: process id " + p.id() + " appears twice");
            }
        }
        for (ModelEntry m : models) {
            Long processId = processIds.get(m.processId());
            ModelState state = ModelState.parse(Objects.requireNonNullElse(m.state(), "")).orElse(null);
            if (processId == null || state == null) {
                throw new InvalidRequestException("models.json: " + m.path() + " names unknown process " + m.processId()
                        + " or state '" + m.state() + "'");
            }
            byte[] xml = entries.get(m.path());
            if (xml == null) {
                throw new InvalidRequestException("models.json names " + m.path() + ", which the archive does not have");
            }
            if (!ModelLibrary.sha256(xml).equals(m.sha256())) {
                throw new InvalidRequestException(m.path() + " does not match its sha256 in models.json");
            }
            reader.read(xml, m.path());
            ModelVersion v = versions.saveAndFlush(new ModelVersion(processId, state, m.version(), m.fileName(),
                    m.sha256(), xml.length, m.uploadedAt() == null ? clock.instant() : m.uploadedAt(),
                    m.warnings() == null ? "[]" : m.warnings()));
            contents.save(new ModelContent(v.getId(), xml));
        }
        if (settingsJson != null) {
            settings.save(new StrategySettingsRow(wsId, withApplicationLinks(settingsJson, processIds)));
        }
        List<Goal> savedGoals = new ArrayList<>();
        for (GoalEntry g : goalEntries) {
            savedGoals.add(goals.save(new Goal(wsId, Catalogue.requireName(g.name()), Objects.requireNonNullElse(
                    g.description(), ""), g.weight(), orEmpty(g.keywords()), orEmpty(g.capabilities()),
                    orEmpty(g.initiativeKeys()))));
        }
        restoreDecisions(wsId, processIds, decisionEntries, derivedEntries, savedGoals);
        return wsId;
    }

    /** Moves decisions onto the new workspace's keys, one subject at a time, re-deriving in between. */
    private void restoreDecisions(long wsId, Map<Long, Long> processIds, List<DecisionEntry> entries,
                                  List<DerivedEntry> oldItems, List<Goal> savedGoals) {
        // a manual match is keyed "<process id>:<current>-><future>": only the process id changes
        for (DecisionEntry d : entries) {
            if (Subject.MATCH.word().equals(d.subject())) {
                int colon = d.itemKey().indexOf(':');
                Long newProcess = colon < 0 ? null : processIds.get(parseLong(d.itemKey().substring(0, colon)));
                String key = newProcess == null ? d.itemKey() : newProcess + d.itemKey().substring(colon);
                save(wsId, Subject.MATCH, key, new DecisionEntry(d.subject(), key, withProcessId(d.payload(), newProcess),
                        d.updatedAt()));
            }
        }
        Map<String, String> initiativeKeys = Map.of();
        for (Subject subject : List.of(Subject.GAP, Subject.REQUIREMENT, Subject.INITIATIVE, Subject.PLACEMENT)) {
            analysis.rederive(wsId);
            Map<String, String> moved = keyMap(subject, processIds, oldItems, derived.index(wsId));
            if (subject == Subject.INITIATIVE) {
                initiativeKeys = moved;
            }
            for (DecisionEntry d : entries) {
                if (subject.word().equals(d.subject())) {
                    save(wsId, subject, moved.getOrDefault(d.itemKey(), d.itemKey()), d);
                }
            }
        }
        Map<String, String> initiatives = initiativeKeys;
        for (Goal g : savedGoals) {
            g.update(null, null, null, null, null,
                    g.getInitiativeKeys().stream().map(k -> initiatives.getOrDefault(k, k)).toList());
        }
        analysis.rederive(wsId);
    }

    /** Old key to new key: the same key where it still exists, else the item at the same rank of the same process. */
    private static Map<String, String> keyMap(Subject subject, Map<Long, Long> processIds, List<DerivedEntry> oldItems,
                                              List<DerivedItems.Row> newItems) {
        Map<Long, List<String>> newByProcess = new HashMap<>();
        java.util.Set<String> newKeys = new java.util.HashSet<>();
        for (DerivedItems.Row r : newItems) {
            if (r.subject() == subject) {
                newByProcess.computeIfAbsent(r.processId() == null ? -1L : r.processId(), k -> new ArrayList<>())
                        .add(r.key());
                newKeys.add(r.key());
            }
        }
        Map<Long, Integer> rank = new HashMap<>();
        Map<String, String> map = new LinkedHashMap<>();
        oldItems.stream().filter(e -> subject.word().equals(e.subject()))
                .sorted(java.util.Comparator.comparingInt(DerivedEntry::position)).forEach(e -> {
                    long process = e.processId() == null ? -1L : processIds.getOrDefault(e.processId(), -2L);
                    int i = rank.merge(process, 1, Integer::sum) - 1;
                    List<String> candidates = newByProcess.getOrDefault(process, List.of());
                    if (newKeys.contains(e.key())) {
                        map.put(e.key(), e.key());
                    } else if (i < candidates.size()) {
                        map.put(e.key(), candidates.get(i));
                    }
                });
        return map;
    }

    /** A manual match's payload names its process too. */
    /** The settings with the applications' hand links ("processId:elementId") pointing at the new process ids. */
    private String withApplicationLinks(String settingsJson, Map<Long, Long> processIds) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = json.readTree(settingsJson);
            com.fasterxml.jackson.databind.JsonNode applications = node == null ? null : node.get("applications");
            if (applications == null || !applications.isArray()) {
                return settingsJson;
            }
            for (com.fasterxml.jackson.databind.JsonNode application : applications) {
                if (application.get("elements") instanceof com.fasterxml.jackson.databind.node.ArrayNode elements) {
                    for (int i = 0; i < elements.size(); i++) {
                        String link = elements.get(i).asText();
                        int colon = link.indexOf(':');
                        Long moved = colon <= 0 ? null : processIds.get(parseLong(link.substring(0, colon)));
                        if (moved != null) {
                            elements.set(i, json.getNodeFactory().textNode(moved + link.substring(colon)));
                        }
                    }
                }
            }
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("settings.json: the settings document is not JSON");
        }
    }

    private String withProcessId(String payload, Long processId) {
        if (processId == null || payload == null) {
            return payload;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = json.readTree(payload);
            if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o && o.has("processId")) {
                o.put("processId", String.valueOf(processId));
                return json.writeValueAsString(o);
            }
            return payload;
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("decisions.json: a match decision's payload is not JSON");
        }
    }

    private void save(long wsId, Subject subject, String key, DecisionEntry d) {
        Decision decision = new Decision(wsId, subject, key);
        decision.record(d.payload(), d.updatedAt() == null ? clock.instant() : d.updatedAt());
        decisions.saveAndFlush(decision);
    }

    private Map<String, byte[]> unzip(InputStream in) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.startsWith("/") || name.contains("\\") || name.contains("..") || name.contains(":")) {
                    throw new InvalidRequestException("archive entry '" + name + "' has an unsafe path");
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw new InvalidRequestException("the archive has more than " + MAX_ENTRIES + " entries");
                }
                if (e.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                for (int n; (n = zip.read(buffer)) != -1; ) {
                    total += n;
                    if (total > MAX_TOTAL_BYTES) {
                        throw new InvalidRequestException("the archive unpacks to more than " + MAX_TOTAL_BYTES
                                + " bytes");
                    }
                    bytes.write(buffer, 0, n);
                }
                if (entries.put(name, bytes.toByteArray()) != null) {
                    throw new InvalidRequestException("archive entry '" + name + "' appears twice");
                }
            }
        } catch (ZipException e) {
            throw new InvalidRequestException("not a readable zip archive: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries.isEmpty()) {
            throw new InvalidRequestException("not a zip archive, or an empty one: expected manifest.json and the "
                    + "workspace's files");
        }
        return entries;
    }

    private <T> T read(Map<String, byte[]> entries, String name, TypeReference<T> type) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new InvalidRequestException("the archive has no " + name);
        }
        try {
            T value = json.readValue(bytes, type);
            if (value == null && !"settings.json".equals(name)) {
                throw new InvalidRequestException(name + " is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(name + " is not valid: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(ZipOutputStream zip, String name, Object value) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
        zip.closeEntry();
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static Long parseLong(String s) {
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
