package com.gapwise.strategy;

import com.gapwise.diff.DiffResult;
import com.gapwise.model.ProcessModel;

/**
 * One process's input to the engine: its current- and future-state models and their diff.
 *
 * @param processKey stable key of the process (part of every gap key, so keep it across model versions)
 */
public record ProcessAnalysis(String processKey, String processName, ProcessModel current, ProcessModel future,
                              DiffResult diff) {

    public ProcessAnalysis {
        if (processKey == null || processKey.isBlank()) {
            throw new IllegalArgumentException("processKey is required");
        }
        processName = Copies.text(processName);
    }
}
