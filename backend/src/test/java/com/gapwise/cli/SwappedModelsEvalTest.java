package com.gapwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * pairs, mirrored. Every eval pair (models drawn apart, the hardest case) is matched both ways. (Found two causes: a
 * label compared with one of equal weight counted the first one's coverage, and lanes of models that name none alike
 * corresponded by where the current lane's work went, not where the future lane's came from.)
 */
class SwappedModelsEvalTest {

    private static final Path EVAL = Path.of(System.getProperty("gapwise.repo.root", ".")).resolve("eval/matching");

    @Test
    void swappingCurrentAndFutureGivesTheSamePairs() throws Exception {
        List<Path> folders = new ArrayList<>(List.of(EVAL));
        for (char fold = 'c'; fold <= 'w'; fold++) {
            folders.add(EVAL.resolve("fold-" + fold));
        }
        List<Path> gold = EvalMatchingCommand.goldFiles(folders);
        ProcessMatcher matcher = ProcessMatcher.withDefaults();
        BpmnImporter importer = BpmnImporter.withDefaults();
        ObjectMapper json = new ObjectMapper();
        // a failure names the pairs only, never their matches: the held-out folds' outputs are not to be read
        List<String> asymmetric = new ArrayList<>();
        int matches = 0;
        for (Path file : gold) {
            JsonNode pair = json.readTree(file.toFile());
            ProcessModel current = importer.read(file.resolveSibling(pair.get("current").asText()).normalize());
            ProcessModel future = importer.read(file.resolveSibling(pair.get("future").asText()).normalize());
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
