package com.gapwise.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.model.ElementKind;
import com.gapwise.model.ProcessModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private static final ProcessModel CURRENT = new ModelBuilder().lane("L1", "Warehouse clerk")
            .task("shelve", "Put item back on shelf").task("stock", "Update stock in ERP")
            .lane("L2", "Service rep").task("take", "Take down return")
            .chain("take", "shelve", "stock").build();

    private static final ProcessModel FUTURE = new ModelBuilder().lane("L3", "ERP system")
            .task("restock", "Return item to stock")
            .lane("L4", "Customer").task("start", "Start return in portal").task("select", "Select items")
            .chain("start", "select", "restock").build();

    private static Match match(String current, String future) {
        return new Match(current, future, "userTask", 0.8, List.of("test"), false);
    }

    private static Change moved(String current, String future, String name, String from, String to) {
        return new Change(ChangeType.MOVED_LANE, current, future, "userTask", name, to, from, to);
    }

    private static final DiffResult DIFF = new DiffResult(
            List.of(match("shelve", "restock"), match("stock", "restock"), match("take", "select"), match("take", "start")),
            List.of(), List.of(),
            List.of(moved("shelve", "restock", "Return item to stock", "Warehouse clerk", "ERP system"),
                    moved("stock", "restock", "Return item to stock", "Warehouse clerk", "ERP system"),
                    moved("take", "start", "Start return in portal", "Service rep", "Customer")));

    @Test
    void rowsOfAMergeSayWhichCurrentElementTheyAreAbout() {
        String md = MarkdownReport.render(DIFF, CURRENT, FUTURE, "a.bpmn", "b.bpmn");
        assertThat(md).contains(
                "| Return item to stock (from 'Put item back on shelf') | userTask | Moved lane | Warehouse clerk | ERP system |",
                "| Return item to stock (from 'Update stock in ERP') | userTask | Moved lane | Warehouse clerk | ERP system |",
                // a split's parts have names of their own
                "| Start return in portal | userTask | Moved lane | Service rep | Customer |");
    }

    @Test
    void aMissingNameOrValueReadsAsSuchNotAsAnEmptyCell() {
        DiffResult diff = new DiffResult(List.of(match("take", "start")), List.of(), List.of(), List.of(
                new Change(ChangeType.RENAMED, "take", "start", "exclusiveGateway", "", "Service rep",
                        "Take down return", ""),
                new Change(ChangeType.ATTACHED_EVENTS_CHANGED, "take", "start", "userTask", "Start return in portal",
                        "Customer", "", "boundary event timer 'PT4H'")));
        String md = MarkdownReport.render(diff, CURRENT, FUTURE, "a.bpmn", "b.bpmn");
        assertThat(md).contains("| Renamed | Take down return | *(no name)* |",
                "| Attached events changed | *none* | boundary event timer 'PT4H' |");
    }

    @Test
    void theChangesOfALaneAreListedInTheOrderOfTheFlow() {
        // future flow in the portal lane: start -> select -> restock (ids sort the other way)
        DiffResult diff = new DiffResult(List.of(match("take", "select"), match("shelve", "start")), List.of(), List.of(),
                // the engine lists changes by current id; here the later step comes first
                List.of(moved("take", "select", "Select items", "Service rep", "Customer"),
                        moved("shelve", "start", "Start return in portal", "Warehouse clerk", "Customer")));
        String md = MarkdownReport.render(diff, CURRENT, FUTURE, "a.bpmn", "b.bpmn");
        assertThat(md).containsSubsequence("| Start return in portal | userTask | Moved lane |",
                "| Select items | userTask | Moved lane |");
    }

    @Test
    void changesOnLanesPoolsAndDataComeFirstUnderAHeadingOfTheirOwn() {
        // a lane, a pool and a store sit in no lane, but are not the lane-less steps of a model without lanes
        DiffResult diff = new DiffResult(List.of(match("take", "select")), List.of(), List.of(), List.of(
                moved("take", "select", "Select items", "Service rep", "Customer"),
                new Change(ChangeType.RENAMED, "L2", "L4", "lane", "Customer", null, "Service rep", "Customer"),
                new Change(ChangeType.RENAMED, "P1", "P2", "participant", "Returns", null, "Returns (as-is)", "Returns"),
                new Change(ChangeType.RENAMED, "D1", "D2", "dataStore", "ERP", null, "Stock sheet", "ERP"),
                new Change(ChangeType.RENAMED, "g1", "g2", "exclusiveGateway", "OK?", null, "Fine?", "OK?")));
        String md = MarkdownReport.render(diff, CURRENT, FUTURE, "a.bpmn", "b.bpmn");
        assertThat(md).containsSubsequence("### Lanes, pools and data", "| Customer | lane | Renamed | Service rep | Customer |",
                "| Returns | participant | Renamed |", "| ERP | dataStore | Renamed |",
                "### (no lane)", "| OK? | exclusiveGateway | Renamed |", "### Customer", "| Select items |");
    }

    @Test
    void addedAndRemovedElementsAreListedByLane() {
        DiffResult diff = new DiffResult(List.of(), List.of(
                new ElementRef("z1", "userTask", "Approve refund", "Warehouse clerk"),
                new ElementRef("a9", "userTask", "Check parcel", "Service rep"),
                new ElementRef("m5", "exclusiveGateway", "", "Service rep"),
                new ElementRef("b2", "participant", "Customer", null)), List.of(), List.of());
        String md = MarkdownReport.render(diff, CURRENT, FUTURE, "a.bpmn", "b.bpmn");
        String added = md.substring(md.indexOf("## Added"), md.indexOf("## Removed"));
        assertThat(added).containsSubsequence("| Customer | participant |", "| *(no name)* | exclusiveGateway | Service rep |",
                "| Check parcel | userTask | Service rep |", "| Approve refund | userTask | Warehouse clerk |");
    }

    @Test
    void anUnnamedElementIsListedByItsPlace() {
        ProcessModel future = new ModelBuilder().lane("L4", "Customer").task("start", "Start return in portal")
                .node("g1", ElementKind.EXCLUSIVE_GATEWAY, "").task("select", "Select items")
                .node("g2", ElementKind.EXCLUSIVE_GATEWAY, "").task("pay", "Pay")
                .chain("start", "g1", "select", "g2", "pay").build();
        DiffResult diff = new DiffResult(List.of(new Match("gc", "g2", "exclusiveGateway", 0.8, List.of("test"), false)),
                List.of(new ElementRef("g1", "exclusiveGateway", "", "Customer")), List.of(),
                List.of(new Change(ChangeType.SUCCESSORS_CHANGED, "gc", "g2", "exclusiveGateway", "", "Customer",
                        "'Refund'", "'Pay'")));
        String md = MarkdownReport.render(diff, CURRENT, future, "a.bpmn", "b.bpmn");
        // two unnamed gateways of one lane read apart, in the changes and among the added elements
        assertThat(md).contains("| *(no name)* after 'Select items' | exclusiveGateway | Successors changed |",
                "| *(no name)* after 'Start return in portal' | exclusiveGateway | Customer | `g1` |");
    }

    @Test
    void splitsAndMergesAreListedWithTheNamesOfBothSides() {
        String md = MarkdownReport.render(DIFF, CURRENT, FUTURE, "a.bpmn", "b.bpmn");
        assertThat(md).contains("| Split (one into several) | 1 |", "| Merged (several into one) | 1 |");
        String section = md.substring(md.indexOf("## Splits and merges"), md.indexOf("## Added"));
        assertThat(section).contains("| 'Take down return' | 'Select items', 'Start return in portal' |",
                "| 'Put item back on shelf', 'Update stock in ERP' | 'Return item to stock' |");
    }

    @Test
    void aSplitPartThatIsAlsoAMergeIsOneGroup() {
        // 'Take down return' went into two tasks, one of which also took 'Put item back on shelf'
        DiffResult diff = new DiffResult(List.of(match("shelve", "select"), match("take", "select"), match("take", "start"),
                match("stock", "restock")), List.of(), List.of(), List.of());
        String md = MarkdownReport.render(diff, CURRENT, FUTURE, "a.bpmn", "b.bpmn");
        String section = md.substring(md.indexOf("## Splits and merges"), md.indexOf("## Added"));
        assertThat(section).contains("| 'Put item back on shelf', 'Take down return' | 'Select items', 'Start return in portal' |")
                .doesNotContain("Update stock").doesNotContain("Return item to stock");
        assertThat(section.lines().filter(line -> line.startsWith("| '"))).hasSize(1);
    }

    @Test
    void oneToOneMatchesMakeNoSplitsOrMerges() {
        DiffResult diff = new DiffResult(List.of(match("take", "start")), List.of(), List.of(), List.of());
        String md = MarkdownReport.render(diff, CURRENT, FUTURE, "a.bpmn", "b.bpmn");
        assertThat(md).contains("| Split (one into several) | 0 |", "## Splits and merges\n\nNone.\n");
    }

    @Test
    void anAutomatedTaskMadeManualAgainReadsAsDeAutomated() {
        ProcessModel current = new ModelBuilder().node("close", ElementKind.SERVICE_TASK, "Close case").build();
        ProcessModel future = new ModelBuilder().node("close", ElementKind.USER_TASK, "Close case").build();
        DiffResult diff = DiffEngine.using((c, f) -> List.of()).diff(current, future, List.of(match("close", "close")));

        assertThat(diff.changes()).extracting(Change::type).containsExactly(ChangeType.DE_AUTOMATED);
        String md = MarkdownReport.render(diff, current, future, "a.bpmn", "b.bpmn");
        assertThat(md).contains("| Close case | userTask | De-automated | serviceTask | userTask |",
                "| &nbsp;&nbsp;De-automated | 1 |").doesNotContain("De automated");
    }

    @Test
    void pairsMadeOnWeakEvidenceAreListedToBeChecked() {
        ProcessModel current = new ModelBuilder().task("enter", "Enter outcome in spreadsheet").task("file", "File letter")
                .task("same", "Close case").build();
        ProcessModel future = new ModelBuilder().task("survey", "Send satisfaction survey").task("archive", "Archive the letter")
                .task("SAME", "close case").build();
        DiffResult diff = DiffEngine.using((c, f) -> List.of()).diff(current, future, List.of(
                new Match("enter", "survey", "task", 0.26, List.of("step 1 of 1 between the same neighbours on both sides"), false),
                new Match("file", "archive", "task", 0.7, List.of("label similarity 0.70"), false),
                new Match("same", "SAME", "task", 0.2, List.of("labels equal after normalisation"), false)));

        String md = MarkdownReport.render(diff, current, future, "a.bpmn", "b.bpmn");
        String section = md.substring(md.indexOf("## Pairs to check"));
        // the weak pair of two different names only: a strong one, and one whose names agree, need no second look
        assertThat(section).contains("| Enter outcome in spreadsheet | Send satisfaction survey | task | 0.26 | "
                + "step 1 of 1 between the same neighbours on both sides |").doesNotContain("File letter", "Close case");
        assertThat(md).contains("| Pairs to check (score under 0.4) | 1 |");

        String none = MarkdownReport.render(DiffEngine.using((c, f) -> List.of()).diff(current, future,
                List.of(new Match("file", "archive", "task", 0.7, List.of("label similarity 0.70"), false))), current, future, "a", "b");
        assertThat(none).contains("## Pairs to check\n\nNone: every pair of differently named elements scored 0.4 or more.");
    }
}
