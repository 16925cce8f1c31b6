package com.gapwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.diff.Match;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.ProcessModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which model is the current one must not decide what corresponds: an architect who swaps the two files gets the same
 * pairs, mirrored. Every eval pair (models drawn apart, the hardest case) is matched both ways. (Found four causes:
 * a label compared with one of equal weight counted the first one's coverage; lanes of models that name none alike
 * corresponded by where the current lane's work went, not where the future lane's came from; and two flow rules,
 * "all predecessors correspond" and "the only run between these neighbours", looked at the current model's side.)
 */
class SwappedModelsEvalTest {

    @Test
    void swappingCurrentAndFutureGivesTheSamePairs() throws Exception {
        List<Path> gold = EvalPairs.goldFiles();
        ProcessMatcher matcher = ProcessMatcher.withDefaults();
        BpmnImporter importer = BpmnImporter.withDefaults();
        // a failure names the pairs only, never their matches: the held-out folds' outputs are not to be read
        List<String> asymmetric = new ArrayList<>();
        int matches = 0;
        for (Path file : gold) {
            List<ProcessModel> models = EvalPairs.models(file, importer);
            ProcessModel current = models.get(0);
            ProcessModel future = models.get(1);
            Set<List<String>> forward = new HashSet<>();
            for (Match m : matcher.match(current, future)) {
                forward.add(List.of(m.current(), m.future()));
            }
            Set<List<String>> backward = new HashSet<>();
            for (Match m : matcher.match(future, current)) {
                backward.add(List.of(m.future(), m.current()));
            }
            matches += forward.size();
            if (!forward.equals(backward)) {
                asymmetric.add(file.getParent().getFileName().toString());
            }
        }
        assertThat(gold).hasSizeGreaterThan(100);
        assertThat(matches).isGreaterThan(2000);
        assertThat(asymmetric).as("pairs matched otherwise when swapped").isEmpty();
    }
}
