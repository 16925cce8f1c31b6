package com.gapwise.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tarjan's components, in the order the walk completes them. */
class StrongComponentsTest {

    // a -> b -> c -> b (a cycle), c -> d, d -> d (a self-loop), d -> x (left out), e -> a
    private final Map<String, List<String>> next = Map.of(
            "a", List.of("b"), "b", List.of("c"), "c", List.of("b", "d"), "d", List.of("d", "x"), "e", List.of("a"),
            "x", List.of());

    @Test
    void eachComponentIsCompleteAfterEveryComponentItLeadsTo() {
        StrongComponents components = new StrongComponents(next::get, id -> !id.equals("x"));
        List<List<String>> finished = new ArrayList<>();
        components.walk("a", finished::add);

        // the root of each component comes last
        assertThat(finished).containsExactly(List.of("d"), List.of("c", "b"), List.of("a"));
    }

    @Test
    void aNodeReachedByAnEarlierWalkIsNotWalkedAgain() {
        StrongComponents components = new StrongComponents(next::get, id -> true);
        List<List<String>> finished = new ArrayList<>();
        components.walk("c", finished::add);
        components.walk("b", finished::add);
        components.walk("e", finished::add);

        assertThat(finished).containsExactly(List.of("x"), List.of("d"), List.of("b", "c"), List.of("a"), List.of("e"));
    }
}
