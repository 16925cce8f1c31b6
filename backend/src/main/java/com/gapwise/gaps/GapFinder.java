package com.gapwise.gaps;

import com.gapwise.diff.DiffResult;
import com.gapwise.model.ProcessModel;
import java.util.List;

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
        DiffContext context = new DiffContext(processKey, current, future, diff, lanes);
        for (GapRule rule : GapRule.values()) {
            rule.detect(context);
        }
        return context.gaps();
    }
}
