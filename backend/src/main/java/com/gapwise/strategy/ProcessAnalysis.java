package com.gapwise.strategy;

import com.gapwise.diff.DiffResult;
import com.gapwise.metrics.LaneClassifier;
import com.gapwise.metrics.MetricsComparison;
import com.gapwise.model.ProcessModel;

/**
 * One process's input to the engine: its current- and future-state models, their diff and their service
 * metrics, computed once here for the diff document and the scoring.
 *
 * @param processKey stable key of the process (part of every gap key, so keep it across model versions)
 * @param metrics    current against future service metrics, lanes classified with the analyst's overrides
 */
public record ProcessAnalysis(String processKey, String processName, ProcessModel current, ProcessModel future,
                              DiffResult diff, MetricsComparison metrics) {

    /** An analysis whose metrics classify lanes by the default rules, without analyst overrides. */
    public ProcessAnalysis(String processKey, String processName, ProcessModel current, ProcessModel future,
                           DiffResult diff) {
        this(processKey, processName, current, future, diff, LaneClassifier.withoutOverrides());
    }

    /** An analysis whose metrics classify lanes with the given classifier (the workspace's overrides). */
    public ProcessAnalysis(String processKey, String processName, ProcessModel current, ProcessModel future,
                           DiffResult diff, LaneClassifier lanes) {
        this(processKey, processName, current, future, diff, MetricsComparison.of(current, future, lanes));
    }

    public ProcessAnalysis {
        if (processKey == null || processKey.isBlank()) {
            throw new IllegalArgumentException("processKey is required");
        }
        if (metrics == null) {
            throw new IllegalArgumentException("metrics are required");
        }
        processName = Copies.text(processName);
    }
}
