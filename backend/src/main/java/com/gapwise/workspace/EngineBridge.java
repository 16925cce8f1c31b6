package com.gapwise.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gapwise.diff.DiffEngine;
import com.gapwise.diff.DiffResult;
import com.gapwise.matching.ProcessMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the engine over a workspace: the diff of every analysed process, then (once the strategy
 * engine is wired) gaps, requirements, initiatives and the roadmap.
 */
@Component
class EngineBridge implements Analysis.Engine {

    private static final Logger LOG = LoggerFactory.getLogger(EngineBridge.class);
    private static final int DIFF_CACHE_SIZE = 256;

    private final DiffEngine differ = DiffEngine.using(ProcessMatcher.withDefaults());
    private final ObjectMapper json;
    /** Diffs by the hashes of their two models: a pure function of immutable inputs, safe to share. */
    private final Map<String, DiffResult> diffs = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, DiffResult> eldest) {
                    return size() > DIFF_CACHE_SIZE;
                }
            });

    EngineBridge(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Analysis.Derivation derive(List<Analysis.ProcessPair> processes, List<Decision> decisions, List<Goal> goals,
                                      String settings) {
        List<DerivedItems.Row> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        warnings.add("strategy engine not wired yet: no gaps, requirements, initiatives or roadmap");
        int position = 0;
        for (Analysis.ProcessPair pair : processes) {
            DiffResult diff;
            try {
                diff = diff(pair);
            } catch (RuntimeException e) {
                // An engine fault on one process must not lose the upload or hide the other processes.
                LOG.error("diff of process {} failed", pair.process().getId(), e);
                warnings.add("process '" + pair.process().getName() + "' (" + pair.process().getId()
                        + ") could not be diffed: " + e);
                continue;
            }
            ObjectNode body = json.valueToTree(diff);
            body.putArray("gaps");
            long processId = pair.process().getId();
            rows.add(new DerivedItems.Row(Subject.DIFF, String.valueOf(processId), position++, processId, null, null,
                    body.toString()));
        }
        return new Analysis.Derivation(rows, Map.of("staleDecisions", List.of(), "warnings", warnings));
    }

    private DiffResult diff(Analysis.ProcessPair pair) {
        String key = pair.currentSha256() + "|" + pair.futureSha256();
        DiffResult d = diffs.get(key);
        if (d == null) {
            d = differ.diff(pair.current(), pair.future());
            diffs.put(key, d);
        }
        return d;
    }
}
