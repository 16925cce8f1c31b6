package com.gapwise.report;

import com.gapwise.strategy.ProcessAnalysis;
import com.gapwise.strategy.Strategy;
import com.gapwise.strategy.StrategySettings;
import java.time.LocalDate;
import java.util.List;

/**
 * What the strategy document shows: the analysed processes, the derived strategy and the settings it was
 * derived with (goals, scoring thresholds, application portfolio).
 *
 * @param method sections of the method's front matter (charter summary, shortlisted processes, portfolio
 *               posture) supplied by whoever holds that data; each appears only when given. Empty until the
 *               charter and shortlisting feature provides them.
 */
public record ReportInput(String workspaceName, LocalDate date, List<ProcessAnalysis> processes, Strategy strategy,
                          StrategySettings settings, List<Narrative> method) {

    public ReportInput {
        workspaceName = workspaceName == null ? "" : workspaceName;
        processes = List.copyOf(processes);
        settings = settings == null ? StrategySettings.defaults() : settings;
        method = List.copyOf(method);
    }

    /** A titled section of text with an optional table (first row is the header). */
    public record Narrative(String title, List<String> paragraphs, List<List<String>> table) {

        public Narrative {
            paragraphs = List.copyOf(paragraphs);
            table = table.stream().map(List::copyOf).toList();
        }
    }
}
