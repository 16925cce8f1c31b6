package com.gapwise.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.diff.Match;
import com.gapwise.diff.ModelBuilder;
import com.gapwise.model.ElementKind;
import com.gapwise.model.ProcessModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcessMatcherTest {

    private final ProcessMatcher matcher = ProcessMatcher.withDefaults();

    private static Optional<Match> matchOf(List<Match> matches, String current) {
        return matches.stream().filter(m -> m.current().equals(current)).findFirst();
    }

    @Test
    void independentlyDrawnModelsMatchByMeaning() {
        ProcessModel current = new ModelBuilder().lane("L1", "Agent")
                .node("s", ElementKind.START_EVENT, "Call received")
                .task("a", "Verify the customer's identity")
                .task("b", "Recieve payment")
                .task("c", "Gather documents")
                .node("e", ElementKind.END_EVENT, "Done")
                .chain("s", "a", "b", "c", "e").build();
        ProcessModel future = new ModelBuilder().lane("X1", "Customer Service Agent")
                .node("S", ElementKind.START_EVENT, "Call received")
                .task("A", "customer identity: verify")
                .task("B", "Receive payment")
                .task("C", "Collect documents")
                .node("E", ElementKind.END_EVENT, "Done")
                .chain("S", "A", "B", "C", "E").build();
        List<Match> matches = matcher.match(current, future);

        assertThat(matchOf(matches, "a")).get().satisfies(m -> {
            assertThat(m.future()).isEqualTo("A");
            assertThat(m.reasons()).contains("labels equal after normalisation");
        });
        assertThat(matchOf(matches, "b")).get().satisfies(m -> {
            assertThat(m.future()).isEqualTo("B");
            assertThat(m.reasons()).contains("typo: receive~recieve");
        });
        assertThat(matchOf(matches, "c")).get().satisfies(m -> {
            assertThat(m.future()).isEqualTo("C");
            assertThat(m.reasons()).contains("synonyms: collect~gather");
            assertThat(m.reasons()).anyMatch(r -> r.startsWith("neighbours match: 1 of 1 predecessors"));
            assertThat(m.score()).isBetween(0.5, 1.0);
        });
    }

    @Test
    void aNominalisedActRelatesAsItsVerbDoes() {
        ProcessModel current = new ModelBuilder().lane("L1", "Clerk")
                .node("s", ElementKind.START_EVENT, "Return announced")
                .task("a", "Register return request")
                .task("b", "Unpack parcel")
                .task("c", "Refund credit balance")
                .node("e", ElementKind.END_EVENT, "Return closed")
                .chain("s", "a", "b", "c", "e").build();
        ProcessModel future = new ModelBuilder().lane("X1", "Returns portal")
                .node("S", ElementKind.START_EVENT, "Customer starts return")
                .task("A", "Record return request in portal")
                .task("B", "Scan returned parcel at depot")
                .task("C", "Reimbursement of remaining prepaid credit")
                .node("E", ElementKind.END_EVENT, "Refund paid")
                .chain("S", "A", "B", "C", "E").build();
        List<Match> matches = matcher.match(current, future);

        assertThat(matchOf(matches, "b")).get().extracting(Match::future).isEqualTo("B");
        // "reimbursement" comes from "reimburse", a kind of "refund" in WordNet
        assertThat(matchOf(matches, "c")).get().satisfies(m -> {
            assertThat(m.future()).isEqualTo("C");
            assertThat(m.reasons()).contains("related words: refund~reimbursement");
        });
    }

    @Test
    void anIdThatNowNamesADifferentTaskIsNotTrusted() {
        ProcessModel current = new ModelBuilder().lane("L1", "Agent")
                .task("Task_1", "Register complaint")
                .task("Task_2", "Approve refund")
                .lane("L2", "Billing Team")
                .task("Task_3", "Issue credit note")
                .chain("Task_1", "Task_2", "Task_3").build();
        // Task_3's id was reused by a modeller for a different task in another lane and of another type
        ProcessModel future = new ModelBuilder().lane("L1", "Agent")
                .task("Task_1", "Register complaint")
                .task("Task_2", "Approve refund")
                .node("Task_3", ElementKind.SERVICE_TASK, "Send satisfaction survey")
                .lane("L2", "Billing Team")
                .task("Task_9", "Issue credit note")
                .chain("Task_1", "Task_2", "Task_9", "Task_3").build();
        List<Match> matches = matcher.match(current, future);

        assertThat(matchOf(matches, "Task_1")).get().extracting(Match::reasons).asList().contains("same id");
        assertThat(matchOf(matches, "Task_3")).get().extracting(Match::future).isEqualTo("Task_9");
        assertThat(matches).noneMatch(m -> m.future().equals("Task_3"));
    }

    @Test
    void assignmentIsGlobalNotFirstComeFirstServed() {
        // greedy pairing by best label score would give "Check invoice" the first candidate it sees and
        // leave "Check invoice amount" without its obvious counterpart
        ProcessModel current = new ModelBuilder()
                .task("p", "Check invoice")
                .task("q", "Check invoice amount")
                .chain("p", "q").build();
        ProcessModel future = new ModelBuilder()
                .task("P", "Check invoice amounts")
                .task("Q", "Check the invoice")
                .chain("P", "Q").build();
        List<Match> matches = matcher.match(current, future);
        assertThat(matchOf(matches, "p")).get().extracting(Match::future).isEqualTo("Q");
        assertThat(matchOf(matches, "q")).get().extracting(Match::future).isEqualTo("P");
    }

    @Test
    void aSplitTaskMatchesBothParts() {
        ProcessModel current = new ModelBuilder()
                .node("s", ElementKind.START_EVENT, "Claim received")
                .task("t1", "Check and approve insurance claim")
                .task("t2", "Pay out claim")
                .chain("s", "t1", "t2").build();
        ProcessModel future = new ModelBuilder()
                .node("S", ElementKind.START_EVENT, "Claim received")
                .task("T1", "Check insurance claim")
                .task("T1b", "Approve insurance claim")
                .task("T2", "Pay out claim")
                .chain("S", "T1", "T1b", "T2").build();
        List<Match> matches = matcher.match(current, future);
        assertThat(matches).filteredOn(m -> m.current().equals("t1")).extracting(Match::future)
                .containsExactlyInAnyOrder("T1", "T1b");
        assertThat(matches).filteredOn(m -> m.future().equals("T1b")).singleElement()
                .satisfies(m -> assertThat(m.reasons().get(0)).startsWith("split"));
    }

    @Test
    void unrelatedTasksStayUnmatched() {
        ProcessModel current = new ModelBuilder().task("a", "Print invoice").task("b", "Archive contract").chain("a", "b").build();
        ProcessModel future = new ModelBuilder().task("A", "Schedule technician visit").task("B", "Send survey").chain("A", "B").build();
        assertThat(matcher.match(current, future)).filteredOn(m -> m.type().endsWith("Task")).isEmpty();
    }

    @Test
    void theOnlyStepBetweenTheSameNeighboursPairsWithoutSharedWords() {
        // drawn independently: the steps around agree, the middle ones share no word at all
        ProcessModel current = new ModelBuilder().lane("L1", "Clerk")
                .node("s", ElementKind.START_EVENT, "Order received")
                .task("a", "Check credit limit")
                .task("b", "Hold induction day")
                .task("c", "Ship goods")
                .task("d", "Create invoice")
                .node("e", ElementKind.END_EVENT, "Done")
                .chain("s", "a", "b", "c", "d", "e").build();
        ProcessModel future = new ModelBuilder().lane("X1", "Shop")
                .node("S", ElementKind.START_EVENT, "Order placed")
                .task("A", "Check the credit limit of the buyer")
                .task("B", "Orientation programme")
                .task("C", "Ship the goods")
                .task("D", "Create the invoice")
                .node("E", ElementKind.END_EVENT, "Finished")
                .chain("S", "A", "B", "C", "D", "E").build();
        List<Match> matches = matcher.match(current, future);
        assertThat(matchOf(matches, "b")).get().satisfies(m -> {
            assertThat(m.future()).isEqualTo("B");
            assertThat(m.reasons()).contains("the only step between the same neighbours on both sides");
        });

        // two candidates in the same gap: the flow cannot tell which is which, so neither pairs without words
        ProcessModel wider = new ModelBuilder().lane("X1", "Shop")
                .node("S", ElementKind.START_EVENT, "Order placed")
                .task("A", "Check the credit limit of the buyer")
                .task("B", "Orientation programme")
                .task("B2", "Allocation of a desk")
                .task("C", "Ship the goods")
                .task("D", "Create the invoice")
                .node("E", ElementKind.END_EVENT, "Finished")
                .chain("S", "A", "B", "B2", "C", "D", "E").build();
        assertThat(matchOf(matcher.match(current, wider), "b")).isEmpty();
    }
}
