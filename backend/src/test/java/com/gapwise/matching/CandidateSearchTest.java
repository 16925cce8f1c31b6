package com.gapwise.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.diff.ModelBuilder;
import com.gapwise.model.ProcessModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The candidates of the label passes between large models drawn apart. */
class CandidateSearchTest {

    private static final List<String> LABELS = List.of("Check the order", "Pack the order", "Ship the order");

    /** A chain of {@code size} steps whose labels repeat every three steps. */
    private static ProcessModel chain(String prefix, int size) {
        ModelBuilder builder = new ModelBuilder().lane(prefix + "Lane", "Warehouse");
        String[] ids = new String[size];
        for (int i = 0; i < size; i++) {
            ids[i] = prefix + i;
            builder.task(ids[i], LABELS.get(i % LABELS.size()));
        }
        return builder.chain(ids).build();
    }

    @Test
    void aWordTooCommonToTakeWholeGivesTheStepsNearestAlongTheFlow() {
        LabelAnalyzer analyzer = new LabelAnalyzer();
        ModelView current = new ModelView(chain("c", 300), analyzer);
        ModelView future = new ModelView(chain("f", 300), analyzer);
        List<String> left = new ArrayList<>(current.nodes.keySet());
        List<String> right = new ArrayList<>(future.nodes.keySet());

        Map<String, List<String>> candidates = new CandidateSearch(current, future).indexedCandidates(left, right);

        // every word of a label stands in 100 or 300 steps, more than the 69 (4 per square root of 300) taken of
        // one word: a late step still finds the step in its place among the steps of its rarest word ("pack"),
        // and those taken are the 69 around it (16 after it, the rest before), not the document's first ones
        assertThat(candidates.get("c250")).contains("f250").hasSize(69)
                .allSatisfy(f -> assertThat(Integer.parseInt(f.substring(1)) % 3).isEqualTo(1))
                .allSatisfy(f -> assertThat(Integer.parseInt(f.substring(1))).isGreaterThanOrEqualTo(91));
        assertThat(candidates.get("c10")).contains("f10");
        assertThat(candidates.get("c298")).contains("f298");
    }
}
