package com.gapwise.gaps;

import com.gapwise.diff.DiffResult;
import com.gapwise.model.ProcessModel;
import java.util.List;
import java.util.Set;

/** Applies every {@link GapRule} to the diff of one process. Stateless and deterministic. */
public final class GapFinder {

    private GapFinder() {
    }

    /**
     * The gaps of one process, in rule order and, within a rule, in diff order. All are OPEN; the strategy
     * engine applies analysts' triage.
     *
     * @param processKey stable key of the process, part of every gap key
     */
    public static List<Gap> find(String processKey, ProcessModel current, ProcessModel future, DiffResult diff) {
        return find(processKey, current, future, diff, LaneRoles.DEFAULT);
    }

    /** As {@link #find(String, ProcessModel, ProcessModel, DiffResult)}, lanes read with the analyst's overrides. */
    public static List<Gap> find(String processKey, ProcessModel current, ProcessModel future, DiffResult diff,
                                 LaneRoles lanes) {
        return find(processKey, current, future, diff, lanes, Set.of());
    }

    /**
     * As above, plus an {@link GapType#UNSUPPORTED_TASK} gap for each future-state task in
     * {@code unsupportedTasks} (the ids no application of the portfolio supports).
     */
    public static List<Gap> find(String processKey, ProcessModel current, ProcessModel future, DiffResult diff,
                                 LaneRoles lanes, Set<String> unsupportedTasks) {
        DiffContext context = new DiffContext(processKey, current, future, diff, lanes, Set.copyOf(unsupportedTasks));
        for (GapRule rule : GapRule.values()) {
            rule.detect(context);
        }
        return context.gaps();
    }
}
