package com.gapwise.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.model.ElementKind;
import com.gapwise.model.ProcessModel;
import org.junit.jupiter.api.Test;

class ElementPlaceTest {

    // start -> Assess claim -> split -> (Approve | Refer | Escalate) -> join -> unnamed task -> Close
    private static final ProcessModel MODEL = new ModelBuilder().lane("L", "Agent")
            .node("start", ElementKind.START_EVENT, "")
            .task("assess", "Assess claim").node("split", ElementKind.EXCLUSIVE_GATEWAY, "")
            .task("approve", "Approve").task("refer", "Refer").task("escalate", "Escalate")
            .node("join", ElementKind.EXCLUSIVE_GATEWAY, "").task("silent", "").task("close", "Close")
            .timer("deadline", "assess", "PT4H")
            .chain("start", "assess", "split").chain("split", "approve", "join").chain("split", "refer", "join")
            .chain("split", "escalate", "join").chain("join", "silent", "close")
            .pool("customer", "Customer").message("m1", "customer", "assess").build();

    private static final ElementPlace PLACES = ElementPlace.in(MODEL);

    @Test
    void aNodeSitsAfterTheNearestNamedNodesBeforeIt() {
        assertThat(PLACES.of("split")).isEqualTo("after 'Assess claim'");
        // through the unnamed join to the three branches, sorted, the third counted
        assertThat(PLACES.of("silent")).isEqualTo("after 'Approve', 'Escalate' and 1 more");
        assertThat(PLACES.of("join")).isEqualTo("after 'Approve', 'Escalate' and 1 more");
    }

    @Test
    void whereNothingNamedLeadsToItTheNodeSitsBeforeWhatFollows() {
        assertThat(PLACES.of("start")).isEqualTo("before 'Assess claim'");
    }

    @Test
    void aBoundaryEventSitsOnItsActivityAndAMessageBetweenItsEnds() {
        assertThat(PLACES.of("deadline")).isEqualTo("on 'Assess claim'");
        assertThat(PLACES.of("m1")).isEqualTo("from 'Customer' to 'Assess claim'");
    }

    @Test
    void anElementTheFlowSaysNothingAboutHasNoPlace() {
        assertThat(PLACES.of("L")).isEmpty();
        assertThat(PLACES.of("no-such-id")).isEmpty();
        ProcessModel alone = new ModelBuilder().node("g", ElementKind.PARALLEL_GATEWAY, "").build();
        assertThat(ElementPlace.in(alone).of("g")).isEmpty();
    }
}
