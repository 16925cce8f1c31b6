package com.gapwise.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.spreadsheet.CellError;
import com.gapwise.spreadsheet.WorkbookContent;
import com.gapwise.spreadsheet.WorkbookContent.ApplicationRow;
import com.gapwise.spreadsheet.WorkbookContent.GoalRow;
import com.gapwise.spreadsheet.WorkbookContent.InitiativeRow;
import com.gapwise.spreadsheet.WorkbookContent.ProcessRow;
import com.gapwise.spreadsheet.WorkbookContent.RequirementRow;
import com.gapwise.spreadsheet.WorkbookContent.ScoreRow;
import com.gapwise.spreadsheet.WorkbookPlan;
import com.gapwise.spreadsheet.Workbooks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysts' workbook of a workspace: exports goals, catalogue, scores, requirements, initiatives and
 * applications as XLSX, and imports an edited copy all or nothing, through the services the API's own endpoints
 * use (decisions stay decisions, so they survive re-analysis).
 */
@Service
public class WorkbookBoard {

    /** What an import changed, counted. */
    public record Imported(int changes, int goalsAdded, int goalsChanged, int processesAdded, int processesChanged,
                           int scoresChanged, int requirementsChanged, int initiativesChanged, int pinsChanged,
                           int applicationsAdded, int applicationsChanged) {
    }

    private final Catalogue catalogue;
    private final StrategyBoard strategy;
    private final MethodBoard method;
    private final MethodRepositories.Scores scores;
    private final Repositories.Workspaces workspaces;
    private final Repositories.Decisions decisions;
    private final DerivedItems items;
    private final PortfolioBoard portfolio;
    private final Analysis analysis;
    private final ObjectMapper json;

    WorkbookBoard(Catalogue catalogue, StrategyBoard strategy, MethodBoard method, MethodRepositories.Scores scores,
                  Repositories.Workspaces workspaces, Repositories.Decisions decisions, DerivedItems items,
                  PortfolioBoard portfolio, Analysis analysis, ObjectMapper json) {
        this.catalogue = catalogue;
        this.strategy = strategy;
        this.method = method;
        this.scores = scores;
        this.workspaces = workspaces;
        this.decisions = decisions;
        this.items = items;
        this.portfolio = portfolio;
        this.analysis = analysis;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public byte[] export(long workspaceId) {
        return Workbooks.write(content(workspaceId));
    }

    /**
     * Checks every row of a read workbook against the workspace, then applies every change or none. (The file is
     * read before, outside the transaction: parsing holds no connection or lock.)
     *
     * @param mayChangeApplications whether the user's role may change the application portfolio (the web shell
     *                              knows the role); without it, a workbook is refused only if it changes applications
     * @throws WorkbookRejectedException with every row error, nothing changed
     * @throws ForbiddenChangeException  when it changes applications and the user may not, nothing changed
     */
    @Transactional
    public Imported importWorkbook(long workspaceId, Workbooks.Read read, boolean mayChangeApplications) {
        workspaces.lockById(workspaceId).orElseThrow(
                () -> new NotFoundException("workspace " + workspaceId + " does not exist"));
        WorkbookContent current = content(workspaceId);
        WorkbookPlan.Result result = WorkbookPlan.between(current, read.content());
        List<CellError> errors = new ArrayList<>(read.errors());
        errors.addAll(result.errors());
        if (!errors.isEmpty()) {
            throw new WorkbookRejectedException(errors);
        }
        WorkbookPlan plan = result.plan();
        if (plan.changesApplications() && !mayChangeApplications) {
            throw new ForbiddenChangeException("the workbook adds or changes applications (" + (plan.newApplications()
                    .size() + plan.applicationPatches().size()) + " rows of the Applications sheet), which needs the "
                    + "architect role; upload it without those edits, or ask an architect. Nothing was imported.");
        }
        if (plan.size() == 0) {
            return new Imported(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        apply(workspaceId, plan);
        return new Imported(plan.size(), plan.newGoals().size(), plan.changedGoals().size(),
                plan.newProcesses().size(), plan.changedProcesses().size(),
                plan.scores().values().stream().mapToInt(Map::size).sum(), plan.requirementPatches().size(),
                plan.initiativePatches().size(), plan.placementPatches().size(), plan.newApplications().size(),
                plan.applicationPatches().size());
    }

    private void apply(long workspaceId, WorkbookPlan plan) {
        for (GoalRow g : plan.newGoals()) {
            strategy.storeNewGoal(workspaceId, g.name(), g.description(), g.weight(),
                    new StrategyBoard.GoalLinks(g.keywords(), null, null));
        }
        for (GoalRow g : plan.changedGoals()) {
            long version = strategy.goal(workspaceId, g.id()).getVersion();
            strategy.storeGoalChange(workspaceId, g.id(), version, g.name(), g.description(), g.weight(),
                    new StrategyBoard.GoalLinks(g.keywords(), null, null));
        }
        // existing processes first (parents added by the workbook come after), then the added ones parents first
        for (WorkbookPlan.ProcessUpdate u : plan.changedProcesses()) {
            Long parent = u.parent().newIndex() == null ? u.parent().existingId()
                    : catalogue.process(workspaceId, u.id()).getParentId();
            catalogue.changeProcess(workspaceId, u.id(), u.name(), u.level(), parent);
        }
        List<CatalogueProcess> added = new ArrayList<>();
        for (WorkbookPlan.NewProcess n : plan.newProcesses()) {
            Long parent = n.parent().newIndex() != null ? added.get(n.parent().newIndex()).getId()
                    : n.parent().existingId();
            added.add(catalogue.addProcess(workspaceId, n.name(), n.level(), parent));
        }
        for (WorkbookPlan.ProcessUpdate u : plan.changedProcesses()) {
            if (u.parent().newIndex() != null) {
                catalogue.changeProcess(workspaceId, u.id(), u.name(), u.level(),
                        added.get(u.parent().newIndex()).getId());
            }
        }
        catalogue.checkTree(workspaceId);
        plan.scores().forEach((processId, changes) -> method.setScores(workspaceId, processId, changes));
        List<StrategyBoard.Patch> patches = new ArrayList<>();
        plan.requirementPatches().forEach(p -> patches.add(patch(Subject.REQUIREMENT, p)));
        plan.initiativePatches().forEach(p -> patches.add(patch(Subject.INITIATIVE, p)));
        plan.placementPatches().forEach(p -> patches.add(patch(Subject.PLACEMENT, p)));
        strategy.recordAll(workspaceId, patches);
        if (plan.changesApplications()) {
            Map<String, JsonNode> changes = new java.util.LinkedHashMap<>();
            plan.applicationPatches().forEach(p -> changes.put(p.key(), json.valueToTree(p.fields())));
            portfolio.addAndChange(workspaceId, plan.newApplications().stream()
                    .<JsonNode>map(p -> json.valueToTree(p.fields())).toList(), changes);
        }
        analysis.rederive(workspaceId);
    }

    private StrategyBoard.Patch patch(Subject subject, WorkbookPlan.Patch p) {
        return new StrategyBoard.Patch(subject, p.key(), json.valueToTree(p.fields()));
    }

    /** The workspace as the workbook shows it. */
    private WorkbookContent content(long workspaceId) {
        List<GoalRow> goals = strategy.goals(workspaceId).stream().map(g -> new GoalRow(0, g.getId(), g.getName(),
                g.getWeight(), g.getDescription(), g.getKeywords())).toList();
        List<CatalogueProcess> processes = catalogue.processes(workspaceId);
        Map<String, String> processNames = new HashMap<>();
        processes.forEach(p -> processNames.put(String.valueOf(p.getId()), p.getName()));
        List<ProcessRow> processRows = processes.stream().map(p -> new ProcessRow(0, p.getId(), p.getName(),
                p.getLevel(), p.getParentId() == null ? null : String.valueOf(p.getParentId()))).toList();
        Map<Long, Map<Long, Integer>> byProcess = new HashMap<>();
        if (!processes.isEmpty()) {
            scores.findByProcessIds(processes.stream().map(CatalogueProcess::getId).toList()).forEach(s ->
                    byProcess.computeIfAbsent(s.getProcessId(), k -> new HashMap<>()).put(s.getGoalId(), s.getScore()));
        }
        Set<Long> goalIds = new HashSet<>(goals.stream().map(GoalRow::id).toList());
        List<ScoreRow> scoreRows = processes.stream().map(p -> new ScoreRow(0, p.getId(), p.getName(),
                byProcess.getOrDefault(p.getId(), Map.of()), goalIds)).toList();

        DerivedItems.Filter all = new DerivedItems.Filter(null, null, null);
        List<RequirementRow> requirements = items.page(workspaceId, Subject.REQUIREMENT, all, 0, Integer.MAX_VALUE)
                .stream().map(this::parse).map(r -> new RequirementRow(0, r.path("key").asText(),
                        processNames.getOrDefault(r.path("processKey").asText(), r.path("processKey").asText()),
                        words(r.path("type").asText()), r.path("priority").asText(), r.path("text").asText(),
                        r.path("initiativeKey").isNull() ? null : r.path("initiativeKey").asText(null),
                        texts(r.path("gapKeys")))).toList();
        Map<String, String> pins = new HashMap<>();
        decisions.findByWorkspaceIdOrderByIdAsc(workspaceId).stream().filter(d -> d.getSubject() == Subject.PLACEMENT)
                .forEach(d -> {
                    JsonNode period = parse(d.getPayload()).path("period");
                    if (period.isTextual()) {
                        pins.put(d.getItemKey(), period.asText());
                    }
                });
        List<InitiativeRow> initiatives = items.page(workspaceId, Subject.INITIATIVE, all, 0, Integer.MAX_VALUE)
                .stream().map(this::parse).map(i -> {
                    List<String> manual = new ArrayList<>();
                    List<String> derived = new ArrayList<>();
                    i.path("dependsOn").forEach(d -> (d.path("manual").asBoolean() ? manual : derived)
                            .add(d.path("initiativeKey").asText()));
                    JsonNode s = i.path("score");
                    String score = s.isObject() ? String.format(Locale.ROOT, "#%d: value %.1f, risk %.1f, %s",
                            s.path("rank").asInt(), s.path("value").asDouble(), s.path("risk").asDouble(),
                            words(s.path("quadrant").asText())) : null;
                    return new InitiativeRow(0, i.path("key").asText(), i.path("name").asText(),
                            texts(i.path("requirementKeys")), i.path("effort").asInt(), manual, derived,
                            pins.get(i.path("key").asText()), score);
                }).toList();
        List<String> periods = texts(strategy.summary(workspaceId).path("roadmap").path("periods"));
        return new WorkbookContent(goals, processRows, scoreRows, requirements, initiatives, periods,
                applications(workspaceId));
    }

    /** The inventory, with the last assessment's recommendation and rule for context. */
    private List<ApplicationRow> applications(long workspaceId) {
        Map<String, JsonNode> postures = new HashMap<>();
        parse(portfolio.portfolio(workspaceId).json()).path("postures")
                .forEach(p -> postures.put(p.path("applicationKey").asText(), p));
        return portfolio.applications(workspaceId).stream().map(PortfolioBoard.Entry::application).map(a -> {
            JsonNode p = postures.get(a.key());
            return new ApplicationRow(0, a.key(), a.name(), a.vendor(), a.deployment(), a.annualCost(), a.owner(),
                    a.functionalFit(), a.integration(), a.technicalHealth(), a.lanes(), a.elements(),
                    a.postureOverride(), a.overrideReason(), p == null ? null : p.path("recommended").asText(),
                    p == null ? null : p.path("rule").asText() + ": " + p.path("rationale").asText());
        }).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String words(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
