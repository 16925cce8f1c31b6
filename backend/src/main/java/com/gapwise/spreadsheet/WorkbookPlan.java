package com.gapwise.spreadsheet;

import com.gapwise.method.CatalogueTree;
import com.gapwise.portfolio.Application;
import com.gapwise.spreadsheet.WorkbookContent.ApplicationRow;
import com.gapwise.spreadsheet.WorkbookContent.GoalRow;
import com.gapwise.spreadsheet.WorkbookContent.InitiativeRow;
import com.gapwise.spreadsheet.WorkbookContent.ProcessRow;
import com.gapwise.spreadsheet.WorkbookContent.RequirementRow;
import com.gapwise.spreadsheet.WorkbookContent.ScoreRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an edited workbook changes in the workspace it was downloaded from: only cells that differ become changes,
 * so importing an unchanged workbook changes nothing. Every row is checked against the workspace first (unknown
 * ids and keys, duplicates, unknown parents, levels, loops in the catalogue, unknown periods); with any error the
 * plan is empty and the errors say where.
 *
 * @param newProcesses       parents before children; a parent added in the same workbook is named by its index here
 * @param scores             process id to (goal id to score; null clears it)
 * @param requirementPatches decisions as the PATCH endpoints take them (field to value; null clears)
 * @param placementPatches   pins: {@code period} (null unpins)
 * @param newApplications    the applications' fields as the API adds them (key made from the name)
 * @param applicationPatches merge patches of applications as the API takes them (null resets a field)
 */
public record WorkbookPlan(List<GoalRow> newGoals, List<GoalRow> changedGoals, List<NewProcess> newProcesses,
                           List<ProcessUpdate> changedProcesses, Map<Long, Map<Long, Integer>> scores,
                           List<Patch> requirementPatches, List<Patch> initiativePatches,
                           List<Patch> placementPatches, List<Patch> newApplications,
                           List<Patch> applicationPatches) {

    /** A decision patch of one item; a null value clears the field. */
    public record Patch(String key, Map<String, Object> fields) {
    }

    /** A parent: an existing process, a process added by the same workbook (index in newProcesses), or none. */
    public record ParentRef(Long existingId, Integer newIndex) {
        static final ParentRef NONE = new ParentRef(null, null);
    }

    public record NewProcess(String name, int level, ParentRef parent) {
    }

    public record ProcessUpdate(long id, String name, int level, ParentRef parent) {
    }

    /** Either a plan or the errors (then the plan is null). */
    public record Result(WorkbookPlan plan, List<CellError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The number of changes, for the import's answer. */
    public int size() {
        return newGoals.size() + changedGoals.size() + newProcesses.size() + changedProcesses.size()
                + scores.values().stream().mapToInt(Map::size).sum() + requirementPatches.size()
                + initiativePatches.size() + placementPatches.size() + newApplications.size()
                + applicationPatches.size();
    }

    /** Whether the plan adds or changes applications (architects' business). */
    public boolean changesApplications() {
        return !newApplications.isEmpty() || !applicationPatches.isEmpty();
    }

    public static Result between(WorkbookContent current, WorkbookContent edited) {
        List<CellError> errors = new ArrayList<>();
        List<GoalRow> newGoals = new ArrayList<>();
        List<GoalRow> changedGoals = new ArrayList<>();
        goals(current, edited, errors, newGoals, changedGoals);
        List<NewProcess> newProcesses = new ArrayList<>();
        List<ProcessUpdate> changedProcesses = new ArrayList<>();
        processes(current, edited, errors, newProcesses, changedProcesses);
        Map<Long, Map<Long, Integer>> scores = scores(current, edited, errors);
        List<Patch> requirementPatches = requirements(current, edited, errors);
        List<Patch> initiativePatches = new ArrayList<>();
        List<Patch> placementPatches = new ArrayList<>();
        initiatives(current, edited, errors, initiativePatches, placementPatches);
        List<Patch> newApplications = new ArrayList<>();
        List<Patch> applicationPatches = new ArrayList<>();
        applications(current, edited, errors, newApplications, applicationPatches);
        if (!errors.isEmpty()) {
            List<String> order = Workbooks.CODECS.stream().map(SheetCodec::sheetName).toList();
            errors.sort(Comparator.comparingInt((CellError e) -> order.indexOf(e.sheet())).thenComparingInt(CellError::row));
            return new Result(null, List.copyOf(errors));
        }
        return new Result(new WorkbookPlan(newGoals, changedGoals, newProcesses, changedProcesses, scores,
                requirementPatches, initiativePatches, placementPatches, newApplications, applicationPatches),
                List.of());
    }

    // ---- goals: added (no id) or changed; goals left out of the sheet are kept

    private static void goals(WorkbookContent current, WorkbookContent edited, List<CellError> errors,
                              List<GoalRow> added, List<GoalRow> changed) {
        Map<Long, GoalRow> byId = new HashMap<>();
        current.goals().forEach(g -> byId.put(g.id(), g));
        Map<Long, Integer> seen = new HashMap<>();
        for (GoalRow g : edited.goals()) {
            if (g.id() == null) {
                added.add(g);
                continue;
            }
            GoalRow now = byId.get(g.id());
            boolean good = firstKnown("Goals", g.row(), g.id(), now != null, seen, "goal G" + g.id(),
                    "leave the id blank to add a goal", errors);
            if (good && (!now.name().equals(g.name()) || now.weight() != g.weight()
                    || !now.description().strip().equals(g.description()) || !now.keywords().equals(g.keywords()))) {
                changed.add(g);
            }
        }
    }

    /**
     * Whether a row's id or key is one of the workspace and not already on an earlier row of the sheet; reports
     * the row (column A) otherwise.
     */
    private static <K> boolean firstKnown(String sheet, int row, K key, boolean known, Map<K, Integer> seen,
                                          String what, String hint, List<CellError> errors) {
        Integer first = seen.putIfAbsent(key, row);
        if (!known) {
            errors.add(new CellError(sheet, row, "A", "There is no " + what + " in this workspace; " + hint + "."));
            return false;
        }
        if (first != null) {
            errors.add(new CellError(sheet, row, "A", Character.toUpperCase(what.charAt(0)) + what.substring(1)
                    + " is already on row " + first + "."));
            return false;
        }
        return true;
    }

    // ---- processes: added (no id) or changed; the catalogue must stay a tree with levels rising downwards

    /** One process as it will be: existing ("id:7") or added by the workbook ("row:12"). */
    private record Node(String key, Long id, ProcessRow edit, String name, int level, String parentKey) {
    }

    private static void processes(WorkbookContent current, WorkbookContent edited, List<CellError> errors,
                                  List<NewProcess> added, List<ProcessUpdate> changed) {
        String sheet = "Processes";
        Map<Long, ProcessRow> existing = new LinkedHashMap<>();
        current.processes().forEach(p -> existing.put(p.id(), p));
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (ProcessRow p : existing.values()) {
            nodes.put("id:" + p.id(), new Node("id:" + p.id(), p.id(), null, p.name(), p.level(),
                    p.parent() == null ? null : "id:" + p.parent()));
        }
        Map<Long, Integer> seen = new HashMap<>();
        List<ProcessRow> rows = new ArrayList<>();
        for (ProcessRow p : edited.processes()) {
            if (p.id() != null && !firstKnown(sheet, p.row(), p.id(), existing.containsKey(p.id()), seen,
                    "process " + p.id(), "leave the id blank to add a process", errors)) {
                continue;
            }
            rows.add(p);
            String key = p.id() == null ? "row:" + p.row() : "id:" + p.id();
            Node before = nodes.get(key);
            nodes.put(key, new Node(key, p.id(), p, p.name(), p.level(), before == null ? null : before.parentKey()));
        }
        Map<String, List<String>> byName = new HashMap<>();
        nodes.values().forEach(n -> byName.computeIfAbsent(norm(n.name()), k -> new ArrayList<>()).add(n.key()));
        // resolve the parents the sheet names
        for (ProcessRow p : rows) {
            String key = p.id() == null ? "row:" + p.row() : "id:" + p.id();
            String parentKey = null;
            String ref = p.parent();
            if (ref != null) {
                List<String> named = byName.getOrDefault(norm(ref), List.of());
                if (ref.matches("\\d{1,18}") && nodes.containsKey("id:" + ref)) {
                    parentKey = "id:" + ref;
                } else if (named.size() == 1) {
                    parentKey = named.get(0);
                } else if (named.size() > 1) {
                    errors.add(new CellError(sheet, p.row(), "D", "The parent '" + ref + "' is ambiguous: "
                            + named.size() + " processes have that name; give its id."));
                    continue;
                } else {
                    errors.add(new CellError(sheet, p.row(), "D", "The parent '" + ref
                            + "' is neither a process id nor a process name of the catalogue or this sheet."));
                    continue;
                }
            }
            if (key.equals(parentKey)) {
                errors.add(new CellError(sheet, p.row(), "D", "A process cannot be its own parent."));
                continue;
            }
            Node n = nodes.get(key);
            nodes.put(key, new Node(key, n.id(), p, n.name(), n.level(), parentKey));
        }
        if (!errors.isEmpty()) {
            return;
        }
        // loops, then levels, on the catalogue as it will be
        Set<String> inLoop = new HashSet<>();
        for (Node n : nodes.values()) {
            List<String> path = new ArrayList<>(List.of(n.name()));
            Set<String> visited = new HashSet<>(Set.of(n.key()));
            for (Node up = parent(nodes, n); up != null; up = parent(nodes, up)) {
                path.add(up.name());
                if (!visited.add(up.key())) {
                    // report each loop once, on the first of its rows
                    if (up.key().equals(n.key()) && !inLoop.contains(n.key()) && n.edit() != null) {
                        errors.add(new CellError(sheet, n.edit().row(), "D", "The parents loop: "
                                + String.join(" > ", path) + "."));
                        inLoop.addAll(visited);
                    }
                    break;
                }
            }
        }
        for (Node n : nodes.values()) {
            Node parent = parent(nodes, n);
            String message = parent == null || inLoop.contains(n.key()) ? null
                    : CatalogueTree.misplacement(n.level(), n.name(), parent.level(), parent.name());
            if (message == null) {
                continue;
            }
            // on the row the analyst changed: the child's (moved or re-levelled), else the re-levelled parent's
            boolean childChanged = n.edit() != null && (n.id() == null || existing.get(n.id()).level() != n.level()
                    || !Objects.equals(existing.get(n.id()).parent() == null ? null : "id:" + existing.get(n.id()).parent(),
                    n.parentKey()));
            if (childChanged || parent.edit() == null) {
                errors.add(new CellError(sheet, n.edit() == null ? 1 : n.edit().row(), n.edit() == null ? null : "C",
                        message));
            } else {
                errors.add(new CellError(sheet, parent.edit().row(), "C", message));
            }
        }
        if (!errors.isEmpty()) {
            return;
        }
        // added ones parents first (a parent's level is lower), then the changed ones
        List<Node> fresh = nodes.values().stream().filter(n -> n.id() == null)
                .sorted(Comparator.comparingInt(Node::level).thenComparingInt(n -> n.edit().row())).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            index.put(fresh.get(i).key(), i);
        }
        for (Node n : fresh) {
            added.add(new NewProcess(n.name(), n.level(), ref(n.parentKey(), nodes, index)));
        }
        for (Node n : nodes.values()) {
            if (n.id() != null && n.edit() != null) {
                ProcessRow before = existing.get(n.id());
                String parentBefore = before.parent() == null ? null : "id:" + before.parent();
                if (!before.name().equals(n.name()) || before.level() != n.level()
                        || !Objects.equals(parentBefore, n.parentKey())) {
                    changed.add(new ProcessUpdate(n.id(), n.name(), n.level(), ref(n.parentKey(), nodes, index)));
                }
            }
        }
    }

    private static Node parent(Map<String, Node> nodes, Node n) {
        return n.parentKey() == null ? null : nodes.get(n.parentKey());
    }

    private static ParentRef ref(String parentKey, Map<String, Node> nodes, Map<String, Integer> index) {
        if (parentKey == null) {
            return ParentRef.NONE;
        }
        Node p = nodes.get(parentKey);
        return p.id() != null ? new ParentRef(p.id(), null) : new ParentRef(null, index.get(parentKey));
    }

    // ---- scores: only the cells that differ, and only for goal columns the sheet has

    private static Map<Long, Map<Long, Integer>> scores(WorkbookContent current, WorkbookContent edited,
                                                        List<CellError> errors) {
        Map<Long, ScoreRow> now = new HashMap<>();
        current.scores().forEach(s -> now.put(s.processId(), s));
        Set<Long> processIds = new HashSet<>();
        current.processes().forEach(p -> processIds.add(p.id()));
        Set<Long> goalIds = new HashSet<>();
        current.goals().forEach(g -> goalIds.add(g.id()));
        Set<Long> unknownGoals = new LinkedHashSet<>();
        Map<Long, Integer> seen = new HashMap<>();
        Map<Long, Map<Long, Integer>> changes = new TreeMap<>();
        for (ScoreRow s : edited.scores()) {
            s.goals().stream().filter(g -> !goalIds.contains(g)).forEach(unknownGoals::add);
            if (!firstKnown("Scores", s.row(), s.processId(), processIds.contains(s.processId()), seen,
                    "process " + s.processId(), "add processes on the Processes sheet", errors)) {
                continue;
            }
            Map<Long, Integer> before = now.containsKey(s.processId()) ? now.get(s.processId()).scores() : Map.of();
            Map<Long, Integer> diff = new HashMap<>();
            for (long goal : s.goals()) {
                if (goalIds.contains(goal) && !Objects.equals(before.get(goal), s.scores().get(goal))) {
                    diff.put(goal, s.scores().get(goal));
                }
            }
            if (!diff.isEmpty()) {
                changes.put(s.processId(), diff);
            }
        }
        for (long g : unknownGoals) {
            errors.add(new CellError("Scores", 1, null, "A column names goal G" + g
                    + ", which is not a goal of this workspace (a goal added on the Goals sheet is scored after "
                    + "the next download)."));
        }
        return changes;
    }

    // ---- requirements: priority, text and initiative as decisions

    private static List<Patch> requirements(WorkbookContent current, WorkbookContent edited, List<CellError> errors) {
        String sheet = "Requirements";
        Map<String, RequirementRow> now = new HashMap<>();
        current.requirements().forEach(r -> now.put(r.key(), r));
        Set<String> initiatives = new HashSet<>();
        current.initiatives().forEach(i -> initiatives.add(i.key()));
        Map<String, Integer> seen = new HashMap<>();
        List<Patch> patches = new ArrayList<>();
        for (RequirementRow r : edited.requirements()) {
            RequirementRow before = now.get(r.key());
            if (!firstKnown(sheet, r.row(), r.key(), before != null, seen, "requirement '" + r.key() + "'",
                    "requirements come from the models and cannot be added here", errors)) {
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            if (!r.text().equals(before.text().strip())) { // cells are read stripped
                fields.put("text", r.text());
            }
            if (!r.priority().equals(before.priority())) {
                fields.put("priority", r.priority());
            }
            if (!Objects.equals(r.initiative(), before.initiative())) {
                if (r.initiative() == null) {
                    errors.add(new CellError(sheet, r.row(), "F", "The initiative is empty; every requirement "
                            + "belongs to one (it was " + before.initiative() + ")."));
                    continue;
                }
                if (!initiatives.contains(r.initiative())) {
                    errors.add(new CellError(sheet, r.row(), "F", "There is no initiative '" + r.initiative()
                            + "'; use a key from the Initiatives sheet."));
                    continue;
                }
                fields.put("initiative", r.initiative());
            }
            if (!fields.isEmpty()) {
                patches.add(new Patch(r.key(), fields));
            }
        }
        return patches;
    }

    // ---- initiatives: name, effort, the analyst's dependencies as decisions; the pinned period as a placement

    private static void initiatives(WorkbookContent current, WorkbookContent edited, List<CellError> errors,
                                    List<Patch> patches, List<Patch> placements) {
        String sheet = "Initiatives";
        Map<String, InitiativeRow> now = new HashMap<>();
        current.initiatives().forEach(i -> now.put(i.key(), i));
        Set<String> periods = new HashSet<>(current.periods());
        Map<String, Integer> seen = new HashMap<>();
        for (InitiativeRow i : edited.initiatives()) {
            InitiativeRow before = now.get(i.key());
            if (!firstKnown(sheet, i.row(), i.key(), before != null, seen, "initiative '" + i.key() + "'",
                    "create initiatives on the initiative board", errors)) {
                continue;
            }
            boolean good = true;
            for (String dep : i.dependsOn()) {
                if (dep.equals(i.key())) {
                    errors.add(new CellError(sheet, i.row(), "E", "An initiative cannot depend on itself."));
                    good = false;
                } else if (!now.containsKey(dep)) {
                    errors.add(new CellError(sheet, i.row(), "E", "There is no initiative '" + dep + "' to depend on."));
                    good = false;
                }
            }
            if (i.pinnedPeriod() != null && !periods.contains(i.pinnedPeriod())) {
                errors.add(new CellError(sheet, i.row(), "G", "'" + i.pinnedPeriod() + "' is not a period of the "
                        + "roadmap (" + String.join(", ", current.periods()) + ")."));
                good = false;
            }
            if (!good) {
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            if (!i.name().equals(before.name().strip())) {
                fields.put("name", i.name());
            }
            if (i.effort() != before.effort()) {
                fields.put("effort", i.effort());
            }
            if (!new HashSet<>(i.dependsOn()).equals(new HashSet<>(before.dependsOn()))) {
                fields.put("dependsOn", List.copyOf(new LinkedHashSet<>(i.dependsOn())));
            }
            if (!fields.isEmpty()) {
                patches.add(new Patch(i.key(), fields));
            }
            if (!Objects.equals(i.pinnedPeriod(), before.pinnedPeriod())) {
                Map<String, Object> pin = new LinkedHashMap<>();
                pin.put("period", i.pinnedPeriod());
                placements.add(new Patch(i.key(), pin));
            }
        }
    }

    // ---- applications: added (no key) or changed; applications left out of the sheet are kept

    private static void applications(WorkbookContent current, WorkbookContent edited, List<CellError> errors,
                                     List<Patch> added, List<Patch> patches) {
        String sheet = "Applications";
        Map<String, ApplicationRow> now = new LinkedHashMap<>();
        current.applications().forEach(a -> now.put(a.key(), a));
        Map<String, Integer> seen = new HashMap<>();
        // the names as they will be (key -> name, and the sheet row naming it), to find names given twice
        Map<String, String> names = new LinkedHashMap<>();
        now.values().forEach(a -> names.put(a.key(), a.name()));
        Map<String, Integer> rowOf = new HashMap<>();
        List<ApplicationRow> named = new ArrayList<>(); // rows that add a name or change one
        for (ApplicationRow a : edited.applications()) {
            if (a.key() == null) {
                String key = Application.keyFor(a.name());
                if (names.containsKey(key)) {
                    errors.add(new CellError(sheet, a.row(), "B", "The name '" + a.name() + "' makes the key '" + key
                            + "', which application '" + names.get(key) + "' has"
                            + (rowOf.containsKey(key) ? " (row " + rowOf.get(key) + ")" : "")
                            + "; choose a distinct name."));
                    continue;
                }
                names.put(key, a.name());
                rowOf.put(key, a.row());
                named.add(a);
                Map<String, Object> fields = fields(a, null);
                fields.put("key", key);
                added.add(new Patch(key, fields));
                continue;
            }
            ApplicationRow before = now.get(a.key());
            if (!firstKnown(sheet, a.row(), a.key(), before != null, seen, "application '" + a.key() + "'",
                    "leave the key blank to add an application", errors)) {
                continue;
            }
            Map<String, Object> fields = fields(a, before);
            if (!fields.isEmpty()) {
                patches.add(new Patch(a.key(), fields));
            }
            if (fields.containsKey("name")) {
                names.put(a.key(), a.name());
                rowOf.put(a.key(), a.row());
                named.add(a);
            }
        }
        // only names the sheet adds or changes are checked: the API may have stored look-alikes before
        Map<String, List<String>> keysByName = new HashMap<>();
        names.forEach((key, name) -> keysByName.computeIfAbsent(norm(name), n -> new ArrayList<>()).add(key));
        for (ApplicationRow a : named) {
            String own = a.key() == null ? Application.keyFor(a.name()) : a.key();
            for (String key : keysByName.get(norm(a.name()))) {
                if (!key.equals(own)) {
                    errors.add(new CellError(sheet, a.row(), "B", "The name '" + a.name() + "' is already the name "
                            + "of application '" + key + "'" + (rowOf.containsKey(key) ? " (row " + rowOf.get(key)
                            + ")" : "") + "; application names are distinct."));
                }
            }
        }
    }

    /**
     * The API fields of a row that differ from {@code before} (all of them for a new application, null): a merge
     * patch, null resetting a field. Lists count as unchanged when they read back as the sheet showed them, so
     * a lane whose name holds a comma survives an unchanged upload.
     */
    private static Map<String, Object> fields(ApplicationRow a, ApplicationRow before) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (before == null || !a.name().equals(before.name())) {
            f.put("name", a.name());
        }
        if (before == null || !a.vendor().equals(before.vendor())) {
            f.put("vendor", a.vendor());
        }
        if (before == null || a.deployment() != before.deployment()) {
            f.put("deployment", a.deployment().name());
        }
        if (before == null || a.annualCost() != before.annualCost()) {
            f.put("annualCost", a.annualCost());
        }
        if (before == null || !a.owner().equals(before.owner())) {
            f.put("owner", a.owner());
        }
        if (before == null || !Objects.equals(a.functionalFit(), before.functionalFit())) {
            f.put("functionalFit", a.functionalFit());
        }
        if (before == null || !Objects.equals(a.integration(), before.integration())) {
            f.put("integration", a.integration());
        }
        if (before == null || !Objects.equals(a.technicalHealth(), before.technicalHealth())) {
            f.put("technicalHealth", a.technicalHealth());
        }
        if (before == null || !a.lanes().equals(SheetReader.split(String.join(",", before.lanes())))) {
            f.put("lanes", a.lanes());
        }
        if (before == null || !a.elements().equals(SheetReader.split(String.join(",", before.elements())))) {
            f.put("elements", a.elements());
        }
        if (before == null || a.postureOverride() != before.postureOverride()) {
            f.put("postureOverride", a.postureOverride() == null ? null : a.postureOverride().name());
        }
        if (before == null || !a.overrideReason().equals(before.overrideReason())) {
            f.put("overrideReason", a.overrideReason());
        }
        return f;
    }

    private static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
