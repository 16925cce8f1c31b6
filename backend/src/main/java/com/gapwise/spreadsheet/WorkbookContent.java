package com.gapwise.spreadsheet;

import com.gapwise.portfolio.Deployment;
import com.gapwise.portfolio.Posture;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a workbook holds: the workspace as exported, or as read back from an analyst's file. Rows read from a
 * file carry their Excel row number ({@code row}); rows built from the workspace carry 0.
 *
 * @param periods      the roadmap's periods, which initiatives may be pinned to
 * @param applications the application inventory (applications sheet)
 */
public record WorkbookContent(List<GoalRow> goals, List<ProcessRow> processes, List<ScoreRow> scores,
                              List<RequirementRow> requirements, List<InitiativeRow> initiatives,
                              List<String> periods, List<ApplicationRow> applications) {

    public WorkbookContent {
        goals = List.copyOf(goals);
        processes = List.copyOf(processes);
        scores = List.copyOf(scores);
        requirements = List.copyOf(requirements);
        initiatives = List.copyOf(initiatives);
        periods = List.copyOf(periods);
        applications = List.copyOf(applications);
    }

    /** A goal; {@code id} is null for a goal the analyst adds in the workbook. */
    public record GoalRow(int row, Long id, String name, double weight, String description, List<String> keywords) {
        public GoalRow {
            description = description == null ? "" : description;
            keywords = List.copyOf(keywords);
        }
    }

    /**
     * A catalogue process; {@code id} is null for a new one. {@code parent} is the parent's id (as text) or its
     * name, null at the top.
     */
    public record ProcessRow(int row, Long id, String name, int level, String parent) {
    }

    /**
     * One process's scores against the goals, goal id to 0..5 (a goal without a score is absent).
     *
     * @param goals the goals the row has a column for: only those change (a deleted column clears nothing)
     */
    public record ScoreRow(int row, long processId, String processName, Map<Long, Integer> scores, Set<Long> goals) {
        public ScoreRow {
            scores = Map.copyOf(scores);
            goals = Set.copyOf(goals);
        }
    }

    /** A derived requirement: text, priority and initiative are the analyst's to change. */
    public record RequirementRow(int row, String key, String process, String type, String priority, String text,
                                 String initiative, List<String> gapKeys) {
        public RequirementRow {
            gapKeys = List.copyOf(gapKeys);
        }
    }

    /**
     * An initiative: name, effort, the analyst's dependencies and the pinned period are the analyst's to change;
     * the derived dependencies and the score are shown for context.
     */
    public record InitiativeRow(int row, String key, String name, List<String> requirementKeys, int effort,
                                List<String> dependsOn, List<String> derivedDependsOn, String pinnedPeriod,
                                String score) {
        public InitiativeRow {
            requirementKeys = List.copyOf(requirementKeys);
            dependsOn = List.copyOf(dependsOn);
            derivedDependsOn = List.copyOf(derivedDependsOn);
        }
    }

    /**
     * An application of the portfolio as the sheet shows it ({@code key} null for one the analyst adds; blanks read
     * as the application's defaults: no vendor, on premise, cost 0). Capabilities are not on the sheet and stay as
     * they are.
     *
     * @param recommended the last assessment's recommended posture, for context (null when none)
     * @param rule        the posture rule that fired and why, for context (null when none)
     */
    public record ApplicationRow(int row, String key, String name, String vendor, Deployment deployment,
                                 double annualCost, String owner, Integer functionalFit, Integer integration,
                                 Integer technicalHealth, List<String> lanes, List<String> elements,
                                 Posture postureOverride, String overrideReason, String recommended, String rule) {
        public ApplicationRow {
            vendor = vendor == null ? "" : vendor;
            deployment = deployment == null ? Deployment.ON_PREMISE : deployment;
            owner = owner == null ? "" : owner;
            lanes = List.copyOf(lanes);
            elements = List.copyOf(elements);
            overrideReason = overrideReason == null ? "" : overrideReason;
        }
    }
}
