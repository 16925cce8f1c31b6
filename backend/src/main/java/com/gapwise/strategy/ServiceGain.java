package com.gapwise.strategy;

import com.gapwise.metrics.MetricsComparison;
import com.gapwise.metrics.ServiceMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the future state of one process buys the service, as the scorer uses it: hand-offs removed,
 * systems cut for the role that juggles most of them, self-service share gained. Negative when the
 * future state is worse on that figure.
 *
 * @param role          the human role with most systems in the current state (ties: first by name), or null
 * @param systemsBefore that role's systems now
 * @param systemsAfter  that role's systems in the future state (0 if the role is gone)
 */
record ServiceGain(String processName, int handoffsRemoved, String role, int systemsBefore, int systemsAfter,
                   double selfServiceBefore, double selfServiceAfter) {

    static ServiceGain of(String processName, MetricsComparison metrics) {
        ServiceMetrics now = metrics.current();
        ServiceMetrics then = metrics.future();
        String role = null;
        int before = 0;
        for (Map.Entry<String, List<String>> entry : now.systemsPerRole().entrySet()) {
            if (entry.getValue().size() > before) {
                role = entry.getKey();
                before = entry.getValue().size();
            }
        }
        int after = role == null ? 0 : then.systemsPerRole().getOrDefault(role, List.of()).size();
        return new ServiceGain(processName, now.handoffs() - then.handoffs(), role, before, after,
                now.selfServiceShare(), then.selfServiceShare());
    }

    int systemsCut() {
        return systemsBefore - systemsAfter;
    }

    /** Self-service share gained, in percentage points. */
    long selfServicePoints() {
        return Math.round((selfServiceAfter - selfServiceBefore) * 100);
    }

    /** Points toward customer impact: 0.5 per hand-off removed, 1 per system cut, 2.5 x share gained; never below 0. */
    double points() {
        return Math.max(0, 0.5 * Math.max(0, handoffsRemoved) + Math.max(0, systemsCut())
                + 2.5 * Math.max(0, selfServicePoints()) / 100.0);
    }

    /** "removes 3 hand-offs and cuts the systems of 'Agent' from 4 to 2 in 'Customer inquiry'", or null if nothing improved. */
    String improvement() {
        List<String> parts = new ArrayList<>();
        if (handoffsRemoved > 0) {
            parts.add("removes " + handoffsRemoved + " hand-off" + (handoffsRemoved == 1 ? "" : "s"));
        }
        if (systemsCut() > 0) {
            parts.add("cuts the systems of '" + role + "' from " + systemsBefore + " to " + systemsAfter);
        }
        if (selfServicePoints() > 0) {
            parts.add(String.format(Locale.ROOT, "raises the self-service share from %d %% to %d %%",
                    Math.round(selfServiceBefore * 100), Math.round(selfServiceAfter * 100)));
        }
        if (parts.isEmpty()) {
            return null;
        }
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return joined + " in '" + processName + "'";
    }
}
