package com.gapwise.gaps;

import static com.gapwise.gaps.TestModels.diff;
import static com.gapwise.gaps.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.diff.ChangeType;
import com.gapwise.diff.DiffResult;
import com.gapwise.diff.ElementRef;
import com.gapwise.gaps.TestModels.DiffBuilder;
import com.gapwise.model.ElementKind;
import com.gapwise.model.EventTrigger;
import com.gapwise.model.ProcessModel;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GapRulesTest {

    static final ProcessModel EMPTY = model("p").build();

    static List<Gap> gaps(ProcessModel current, ProcessModel future, DiffResult diff) {
        return GapFinder.find("proc", current, future, diff);
    }

    @Nested
    class NewCapability {
        @Test
        void futureTaskWithoutCounterpartIsANewCapability() {
            ProcessModel future = model("p").lane("L1", "Back office").node("t9", ElementKind.USER_TASK, "Approve refund", "L1").build();
            List<Gap> gaps = gaps(EMPTY, future, diff().added("t9", "userTask", "Approve refund", "Back office").build());
            assertThat(gaps).singleElement().satisfies(g -> {
                assertThat(g.type()).isEqualTo(GapType.NEW_CAPABILITY);
                assertThat(g.rule()).isEqualTo(GapRule.NEW_CAPABILITY);
                assertThat(g.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(g.future()).containsExactly(new ElementRef("t9", "userTask", "Approve refund", "Back office"));
                assertThat(g.current()).isEmpty();
                assertThat(g.processKey()).isEqualTo("proc");
                assertThat(g.title()).contains("Approve refund");
                assertThat(g.rationale()).isEqualTo(GapRule.NEW_CAPABILITY.rationale());
            });
        }

        @Test
        void customerFacingLaneRaisesTheSeverityAndSaysWhy() {
            ProcessModel future = model("p").lane("L1", "Customer").node("t9", ElementKind.TASK, "Upload photo", "L1").build();
            Gap gap = gaps(EMPTY, future, diff().added("t9", "task", "Upload photo", "Customer").build()).get(0);
            assertThat(gap.severity()).isEqualTo(Severity.HIGH);
            assertThat(gap.customerFacing()).isTrue();
            assertThat(gap.severityReason()).contains("'Customer' faces the customer");
        }

        @Test
        void addedEventsAndGatewaysAreNotCapabilities() {
            List<Gap> gaps = gaps(EMPTY, EMPTY, diff().added("e1", "endEvent", "Done", null)
                    .added("s1", "subProcess", "Handle", null).build());
            assertThat(gaps).noneMatch(g -> g.type() == GapType.NEW_CAPABILITY);
        }
    }

    @Nested
    class RetiredActivity {
        @Test
        void currentTaskWithoutCounterpartIsRetiredAndNamesItsDependants() {
            ProcessModel current = model("p").lane("L1", "Back office")
                    .node("t1", ElementKind.MANUAL_TASK, "Print letter", "L1")
                    .node("t2", ElementKind.USER_TASK, "Post letter", "L1").flow("t1", "t2").build();
            Gap gap = gaps(current, EMPTY, diff().removed("t1", "manualTask", "Print letter", "Back office").build()).get(0);
            assertThat(gap.type()).isEqualTo(GapType.RETIRED_ACTIVITY);
            assertThat(gap.severity()).isEqualTo(Severity.LOW);
            assertThat(gap.current()).extracting(ElementRef::id).containsExactly("t1");
            assertThat(gap.fact("dependants")).isEqualTo("Post letter");
        }

        @Test
        void dependantsAreFoundThroughGateways() {
            ProcessModel current = model("p")
                    .node("t1", ElementKind.USER_TASK, "Assess claim", null)
                    .node("g", ElementKind.EXCLUSIVE_GATEWAY, "", null)
                    .node("a", ElementKind.USER_TASK, "Pay", null).node("b", ElementKind.USER_TASK, "Reject", null)
                    .flow("t1", "g").flow("g", "a").flow("g", "b").flow("a", "t1").build();
            Gap gap = gaps(current, EMPTY, diff().removed("t1", "userTask", "Assess claim", null).build()).get(0);
            assertThat(gap.fact("dependants")).isEqualTo("Pay; Reject");
        }

        @Test
        void removedLanesAndEventsAreNotRetiredActivities() {
            List<Gap> gaps = gaps(EMPTY, EMPTY, diff().removed("e1", "startEvent", "Start", null).build());
            assertThat(gaps).isEmpty();
        }
    }

    @Nested
    class RoleChange {
        @Test
        void taskMovedToAnotherLaneIsARoleChange() {
            ProcessModel current = model("p").lane("A", "Back office").node("t1", ElementKind.USER_TASK, "Approve", "A").build();
            ProcessModel future = model("p").lane("B", "Team lead").node("t1", ElementKind.USER_TASK, "Approve", "B").build();
            Gap gap = gaps(current, future, diff().match("t1", "t1", "userTask")
                    .change(ChangeType.MOVED_LANE, "t1", "t1", "userTask", "Approve", "Team lead", "Back office", "Team lead")
                    .build()).get(0);
            assertThat(gap.type()).isEqualTo(GapType.ROLE_CHANGE);
            // matched once: the title names the task alone (a merge's gaps add where each came from)
            assertThat(gap.title()).isEqualTo("Role change: Approve");
            assertThat(gap.fact("fromLane")).isEqualTo("Back office");
            assertThat(gap.fact("toLane")).isEqualTo("Team lead");
            assertThat(gap.current()).extracting(ElementRef::lane).containsExactly("Back office");
            assertThat(gap.future()).extracting(ElementRef::lane).containsExactly("Team lead");
        }

        @Test
        void aGapReadOffAPairMadeOnWeakEvidenceNamesThePairToCheck() {
            ProcessModel current = model("p").lane("A", "Complaints Officer")
                    .node("t1", ElementKind.USER_TASK, "Enter outcome in spreadsheet", "A")
                    .node("t2", ElementKind.USER_TASK, "Draft response letter", "A").build();
            ProcessModel future = model("p").lane("B", "Omnichannel Hub")
                    .node("f1", ElementKind.SERVICE_TASK, "Send satisfaction survey", "B")
                    .node("f2", ElementKind.SERVICE_TASK, "Draft response letter", "B").build();
            String flow = "step 1 of 1 between the same neighbours on both sides";
            DiffBuilder diff = diff().match("t1", "f1", "serviceTask", 0.26, flow, false)
                    // one name on both sides: the name is the evidence, however low the score
                    .match("t2", "f2", "serviceTask", 0.3, "labels equal", false);
            for (String t : List.of("t1", "t2")) {
                String f = t.equals("t1") ? "f1" : "f2";
                diff.change(ChangeType.MOVED_LANE, t, f, "serviceTask", "", "Omnichannel Hub", "Complaints Officer",
                        "Omnichannel Hub");
            }
            List<Gap> gaps = gaps(current, future, diff.build());
            assertThat(gaps).filteredOn(g -> g.title().equals("Role change: Send satisfaction survey")).singleElement()
                    .satisfies(g -> assertThat(g.fact("pairToCheck")).isEqualTo(
                            "'Enter outcome in spreadsheet' -> 'Send satisfaction survey' (score 0.26): " + flow));
            assertThat(gaps).filteredOn(g -> g.title().equals("Role change: Draft response letter")).singleElement()
                    .satisfies(g -> assertThat(g.facts()).doesNotContainKey("pairToCheck"));
            // the analyst's own pair, and a pair made on good evidence, are no guess
            for (DiffBuilder sure : List.of(diff().match("t1", "f1", "serviceTask", 0.26, "paired by an analyst", true),
                    diff().match("t1", "f1", "serviceTask", 0.55, "related words: send~enter", false))) {
                List<Gap> none = gaps(current, future, sure.change(ChangeType.MOVED_LANE, "t1", "f1", "serviceTask", "",
                        "Omnichannel Hub", "Complaints Officer", "Omnichannel Hub").build());
                assertThat(none).isNotEmpty().allSatisfy(g -> assertThat(g.facts()).doesNotContainKey("pairToCheck"));
            }
        }

        @Test
        void eachTaskMergedIntoOneMovedTaskIsNamedInItsGap() {
            ProcessModel current = model("p").lane("A", "Warehouse clerk")
                    .node("t1", ElementKind.MANUAL_TASK, "Put item back on shelf", "A")
                    .node("t2", ElementKind.USER_TASK, "Update stock in ERP", "A").build();
            ProcessModel future = model("p").lane("B", "ERP system")
                    .node("f1", ElementKind.SERVICE_TASK, "Return item to stock", "B").build();
            List<Gap> gaps = gaps(current, future, diff().match("t1", "f1", "serviceTask").match("t2", "f1", "serviceTask")
                    .change(ChangeType.MOVED_LANE, "t1", "f1", "serviceTask", "Return item to stock", "ERP system",
                            "Warehouse clerk", "ERP system")
                    .change(ChangeType.MOVED_LANE, "t2", "f1", "serviceTask", "Return item to stock", "ERP system",
                            "Warehouse clerk", "ERP system")
                    .build());
            assertThat(gaps).extracting(Gap::title).containsExactlyInAnyOrder(
                    "Role change: Return item to stock (from 'Put item back on shelf')",
                    "Role change: Return item to stock (from 'Update stock in ERP')");
            assertThat(gaps).extracting(Gap::description).containsExactlyInAnyOrder(
                    "'Return item to stock' (from 'Put item back on shelf') moves from 'Warehouse clerk' to 'ERP system'.",
                    "'Return item to stock' (from 'Update stock in ERP') moves from 'Warehouse clerk' to 'ERP system'.");
        }

        @Test
        void gatewayMovedToAnotherLaneIsNoRoleChange() {
            List<Gap> gaps = gaps(EMPTY, EMPTY, diff()
                    .change(ChangeType.MOVED_LANE, "g1", "g1", "exclusiveGateway", "OK?", "B", "A", "B").build());
            assertThat(gaps).isEmpty();
        }
    }

    @Nested
    class Automation {
        @Test
        void userTaskBecomingAServiceTaskIsAutomation() {
            ProcessModel current = model("p").lane("A", "Back office").node("t1", ElementKind.USER_TASK, "Check stock", "A").build();
            ProcessModel future = model("p").lane("A", "Back office").node("t1", ElementKind.SERVICE_TASK, "Check stock", "A").build();
            Gap gap = gaps(current, future, diff().change(ChangeType.AUTOMATED, "t1", "t1", "serviceTask", "Check stock",
                    "Back office", "userTask", "serviceTask").build()).get(0);
            assertThat(gap.type()).isEqualTo(GapType.AUTOMATION);
            assertThat(gap.fact("fromType")).isEqualTo("user task");
            assertThat(gap.fact("toType")).isEqualTo("service task");
        }

        @Test
        void plainTaskBecomingAScriptTaskIsAutomation() {
            ProcessModel current = model("p").node("t1", ElementKind.TASK, "Compute fee", null).build();
            ProcessModel future = model("p").node("t1", ElementKind.SCRIPT_TASK, "Compute fee", null).build();
            List<Gap> gaps = gaps(current, future, diff().change(ChangeType.TYPE_CHANGED, "t1", "t1", "scriptTask",
                    "Compute fee", null, "task", "scriptTask").build());
            assertThat(gaps).extracting(Gap::type).containsExactly(GapType.AUTOMATION);
        }

        @Test
        void deAutomationAndOtherTypeChangesAreNotAutomation() {
            ProcessModel current = model("p").node("t1", ElementKind.SERVICE_TASK, "Check", null)
                    .node("t2", ElementKind.TASK, "Call", null).build();
            ProcessModel future = model("p").node("t1", ElementKind.USER_TASK, "Check", null)
                    .node("t2", ElementKind.USER_TASK, "Call", null).build();
            List<Gap> gaps = gaps(current, future, diff()
                    .change(ChangeType.DE_AUTOMATED, "t1", "t1", "userTask", "Check", null, "serviceTask", "userTask")
                    .change(ChangeType.TYPE_CHANGED, "t2", "t2", "userTask", "Call", null, "task", "userTask").build());
            assertThat(gaps).isEmpty();
        }
    }

    @Nested
    class NewChannel {
        @Test
        void newPoolCollectsItsNewMessageFlows() {
            ProcessModel future = model("p").lane("L", "Agent").node("t1", ElementKind.SEND_TASK, "Request credit check", "L")
                    .pool("P0", "Insurer", "p").pool("P1", "Credit bureau", null)
                    .message("m1", "Credit check", "t1", "P1").build();
            List<Gap> gaps = gaps(EMPTY, future, diff().added("P1", "participant", "Credit bureau", null)
                    .added("m1", "messageFlow", "Credit check", null).build());
            assertThat(gaps).singleElement().satisfies(g -> {
                assertThat(g.type()).isEqualTo(GapType.NEW_CHANNEL);
                assertThat(g.fact("counterparty")).isEqualTo("Credit bureau");
                assertThat(g.fact("blackBox")).isEqualTo("true");
                assertThat(g.future()).extracting(ElementRef::id).containsExactly("P1", "m1", "t1");
            });
        }

        @Test
        void newMessageFlowBetweenExistingPoolsIsAnIntegration() {
            ProcessModel future = model("p").lane("L", "Agent").node("t1", ElementKind.SEND_TASK, "Notify", "L")
                    .pool("P0", "Insurer", "p").pool("P1", "Customer", null)
                    .message("m1", "SMS update", "t1", "P1").build();
            Gap gap = gaps(EMPTY, future, diff().added("m1", "messageFlow", "SMS update", null).build()).get(0);
            assertThat(gap.type()).isEqualTo(GapType.NEW_CHANNEL);
            assertThat(gap.fact("from")).isEqualTo("Agent");
            assertThat(gap.fact("to")).isEqualTo("Customer");
            assertThat(gap.customerFacing()).isTrue();
        }

        @Test
        void removedPoolsAndMessageFlowsAreNoNewChannel() {
            List<Gap> gaps = gaps(EMPTY, EMPTY, diff().removed("P1", "participant", "Fax service", null)
                    .removed("m1", "messageFlow", "Fax", null).build());
            assertThat(gaps).isEmpty();
        }
    }

    @Nested
    class DecisionChange {
        @Test
        void addedDivergingGatewayIsADecisionChangeWithItsOutcomes() {
            ProcessModel future = model("p").node("g1", ElementKind.EXCLUSIVE_GATEWAY, "Amount over 500?", null)
                    .node("a", ElementKind.USER_TASK, "Approve", null).node("b", ElementKind.SERVICE_TASK, "Pay", null)
                    .flow("g1", "a", "yes").flow("g1", "b", "no").build();
            Gap gap = gaps(EMPTY, future, diff().added("g1", "exclusiveGateway", "Amount over 500?", null).build()).get(0);
            assertThat(gap.type()).isEqualTo(GapType.DECISION_CHANGE);
            assertThat(gap.fact("outcomes")).isEqualTo("'yes', 'no'");
        }

        @Test
        void changedConditionsAndSuccessorsMakeOneGapPerGateway() {
            ProcessModel future = model("p").node("g1", ElementKind.EXCLUSIVE_GATEWAY, "Valid?", null).build();
            List<Gap> gaps = gaps(EMPTY, future, diff()
                    .change(ChangeType.CONDITIONS_CHANGED, "g1", "g1", "exclusiveGateway", "Valid?", null, "x > 1", "x > 2")
                    .change(ChangeType.SUCCESSORS_CHANGED, "g1", "g1", "exclusiveGateway", "Valid?", null, "A", "A, B")
                    .build());
            assertThat(gaps).singleElement().satisfies(g -> {
                assertThat(g.type()).isEqualTo(GapType.DECISION_CHANGE);
                assertThat(g.fact("changes")).contains("conditions changed").contains("successors changed");
            });
        }

        @Test
        void parallelAndMergingGatewaysAndRenamesAreNoDecisionChange() {
            ProcessModel future = model("p").node("g1", ElementKind.PARALLEL_GATEWAY, "", null)
                    .node("g2", ElementKind.EXCLUSIVE_GATEWAY, "", null).node("t", ElementKind.TASK, "T", null)
                    .flow("g2", "t").build();
            List<Gap> gaps = gaps(EMPTY, future, diff().added("g1", "parallelGateway", "", null)
                    .added("g2", "exclusiveGateway", "", null)
                    .change(ChangeType.RENAMED, "g3", "g3", "exclusiveGateway", "Okay?", null, "OK?", "Okay?").build());
            assertThat(gaps).isEmpty();
        }
    }

    @Nested
    class ServiceLevel {
        @Test
        void addedTimerBoundaryEventCarriesItsDurationFromTheModel() {
            ProcessModel future = model("p").lane("L", "Agent").node("t1", ElementKind.USER_TASK, "Answer email", "L")
                    .timer("b1", ElementKind.BOUNDARY_EVENT, "4 hours passed", null, "PT4H", "t1").build();
            Gap gap = gaps(EMPTY, future, diff().added("b1", "boundaryEvent", "4 hours passed", null).build()).get(0);
            assertThat(gap.type()).isEqualTo(GapType.SERVICE_LEVEL);
            assertThat(gap.fact("timer")).isEqualTo("PT4H");
            assertThat(gap.fact("duration")).isEqualTo("4 hours");
            assertThat(gap.fact("attachedTo")).isEqualTo("Answer email");
            assertThat(gap.future()).extracting(ElementRef::lane).containsExactly("Agent", "Agent");
        }

        @Test
        void addedNonTimerBoundaryEventIsAServiceLevelGapWithoutDuration() {
            ProcessModel future = model("p").node("t1", ElementKind.USER_TASK, "Ship", null)
                    .event("b1", ElementKind.BOUNDARY_EVENT, "Out of stock", null, EventTrigger.ERROR, "t1").build();
            Gap gap = gaps(EMPTY, future, diff().added("b1", "boundaryEvent", "Out of stock", null).build()).get(0);
            assertThat(gap.type()).isEqualTo(GapType.SERVICE_LEVEL);
            assertThat(gap.fact("duration")).isEmpty();
        }

        @Test
        void changedTimerIsAServiceLevelGap() {
            ProcessModel current = model("p").timer("w", ElementKind.INTERMEDIATE_CATCH_EVENT, "Wait", null, "P2D", null).build();
            ProcessModel future = model("p").timer("w", ElementKind.INTERMEDIATE_CATCH_EVENT, "Wait", null, "P1D", null).build();
            Gap gap = gaps(current, future, diff().change(ChangeType.EVENT_CHANGED, "w", "w", "intermediateCatchEvent",
                    "Wait", null, "P2D", "P1D").build()).get(0);
            assertThat(gap.type()).isEqualTo(GapType.SERVICE_LEVEL);
            assertThat(gap.description()).contains("2 days").contains("1 day");
        }

        @Test
        void aTimerChangedOtherwiseThanItsDeadlineIsNoChangedDeadline() {
            ProcessModel current = model("p").timer("w", ElementKind.INTERMEDIATE_CATCH_EVENT, "Wait", null, "P2D", null).build();
            ProcessModel future = model("p").timer("w", ElementKind.INTERMEDIATE_CATCH_EVENT, "Wait", null, "P2D", null).build();
            List<Gap> gaps = gaps(current, future, diff().change(ChangeType.EVENT_CHANGED, "w", "w", "intermediateCatchEvent",
                    "Wait", null, "intermediate catch event timer 'P2D'", "intermediate catch event message+timer 'P2D'").build());
            assertThat(gaps).extracting(Gap::title).noneMatch(title -> title.startsWith("Changed deadline"));
        }

        @Test
        void addedMessageEventsAndEndEventsAreNoServiceLevel() {
            ProcessModel future = model("p")
                    .event("e1", ElementKind.INTERMEDIATE_CATCH_EVENT, "Reply received", null, EventTrigger.MESSAGE, null)
                    .node("e2", ElementKind.END_EVENT, "Done", null).build();
            List<Gap> gaps = gaps(EMPTY, future, diff().added("e1", "intermediateCatchEvent", "Reply received", null)
                    .added("e2", "endEvent", "Done", null).build());
            assertThat(gaps).isEmpty();
        }
    }

    @Nested
    class RoleOrSystem {
        @Test
        void addedSystemLaneIsANewSystemAndRemovedTeamLaneARetiredRole() {
            List<Gap> gaps = gaps(EMPTY, EMPTY, diff().added("L9", "lane", "CRM system", null)
                    .removed("L1", "lane", "Mail room", null).build());
            assertThat(gaps).extracting(Gap::type)
                    .containsExactly(GapType.NEW_ROLE_OR_SYSTEM, GapType.RETIRED_ROLE_OR_SYSTEM);
            assertThat(gaps.get(0).fact("laneKind")).isEqualTo("system");
            assertThat(gaps.get(0).systemLane()).isTrue();
            assertThat(gaps.get(0).severity()).isEqualTo(Severity.HIGH);
            assertThat(gaps.get(1).fact("laneKind")).isEqualTo("role");
            assertThat(gaps.get(1).severity()).isEqualTo(Severity.MEDIUM);
        }

        @Test
        void aRoleLaneWhoseWorkASystemLaneTookOverIsARetiredRoleAndANewSystem() {
            List<Gap> gaps = gaps(EMPTY, EMPTY, diff()
                    .change(ChangeType.RENAMED, "L1", "L7", "lane", "Finance System", null, "Finance Clerk", "Finance System").build());
            assertThat(gaps).extracting(Gap::type)
                    .containsExactlyInAnyOrder(GapType.RETIRED_ROLE_OR_SYSTEM, GapType.NEW_ROLE_OR_SYSTEM);
            assertThat(gaps).extracting(Gap::title)
                    .containsExactlyInAnyOrder("Retired role: Finance Clerk", "New system: Finance System");
        }

        @Test
        void aStaffLaneWhoseWorkTheCustomerTookOverMovesItsTasksToTheCustomer() {
            ProcessModel current = model("p").lane("L1", "Customer Service Rep")
                    .node("t1", ElementKind.USER_TASK, "Select items to return", "L1").build();
            ProcessModel future = model("p").lane("L7", "Customer")
                    .node("f1", ElementKind.USER_TASK, "Select items to return", "L7").build();
            List<Gap> gaps = gaps(current, future, diff().match("t1", "f1", "userTask")
                    .change(ChangeType.RENAMED, "L1", "L7", "lane", "Customer", null, "Customer Service Rep", "Customer").build());
            assertThat(gaps).extracting(Gap::type).containsExactlyInAnyOrder(GapType.ROLE_CHANGE,
                    GapType.RETIRED_ROLE_OR_SYSTEM, GapType.NEW_ROLE_OR_SYSTEM);
            Gap moved = gaps.stream().filter(g -> g.type() == GapType.ROLE_CHANGE).findFirst().orElseThrow();
            assertThat(moved.fact("fromLane")).isEqualTo("Customer Service Rep");
            assertThat(moved.fact("toLane")).isEqualTo("Customer");
        }

        @Test
        void aSystemLaneThatTookOverARetiredRolesTasksSaysWhoseWorkItDoes() {
            ProcessModel current = model("p").lane("L1", "Dispatcher").lane("L2", "Field Technician")
                    .node("t1", ElementKind.MANUAL_TASK, "Check availability on wall planner", "L1")
                    .node("t2", ElementKind.USER_TASK, "Write job sheet", "L1")
                    .node("t3", ElementKind.MANUAL_TASK, "Repair appliance", "L2").build();
            ProcessModel future = model("p").lane("L7", "Scheduling Engine").lane("L8", "Field Engineer")
                    .node("f1", ElementKind.SCRIPT_TASK, "Propose slots from calendars", "L7")
                    .node("f2", ElementKind.SERVICE_TASK, "Dispatch job to mobile app", "L7")
                    .node("f3", ElementKind.USER_TASK, "Repair appliance", "L8").build();
            List<Gap> gaps = gaps(current, future, diff().match("t1", "f1", "scriptTask").match("t2", "f2", "serviceTask")
                    .match("t3", "f3", "userTask").removed("L1", "lane", "Dispatcher", null)
                    .added("L7", "lane", "Scheduling Engine", null).build());
            assertThat(gaps).filteredOn(g -> g.type() == GapType.NEW_ROLE_OR_SYSTEM).singleElement()
                    .satisfies(g -> assertThat(g.description()).isEqualTo(
                            "Lane 'Scheduling Engine' (system) takes over the work of lane 'Dispatcher' in the future state."));
            assertThat(gaps).filteredOn(g -> g.type() == GapType.RETIRED_ROLE_OR_SYSTEM).singleElement()
                    .satisfies(g -> assertThat(g.description()).isEqualTo(
                            "Lane 'Dispatcher' (role) hands its work to lane 'Scheduling Engine' in the future state."));
        }

        @Test
        void renamedLaneIsNoLaneGap() {
            List<Gap> gaps = gaps(EMPTY, EMPTY, diff()
                    .change(ChangeType.RENAMED, "L1", "L1", "lane", "Care team", null, "Service team", "Care team").build());
            assertThat(gaps).isEmpty();
        }
    }

    @Test
    void unnamedElementsAreDescribedByTheirTypeNotTheirIds() {
        ProcessModel future = model("p").lane("L", "Agent").node("t1", ElementKind.USER_TASK, "Answer email", "L")
                .node("g1", ElementKind.EXCLUSIVE_GATEWAY, "", "L").node("a", ElementKind.TASK, "A", "L")
                .node("b", ElementKind.TASK, "B", "L").flow("g1", "a").flow("g1", "b")
                .timer("sid-123", ElementKind.BOUNDARY_EVENT, "", null, "PT4H", "t1")
                .pool("P0", "Service", "p").pool("P1", "Customer", null)
                .message("sid-m1", "", "t1", "P1").message("m2", "Reply", "t1", "P1").build();
        List<Gap> gaps = gaps(EMPTY, future, diff().added("g1", "exclusiveGateway", "", "Agent")
                .added("sid-123", "boundaryEvent", "", null).added("P1", "participant", "Customer", null)
                .added("sid-m1", "messageFlow", "", null).added("m2", "messageFlow", "Reply", null).build());
        assertThat(gaps).extracting(Gap::title).containsExactlyInAnyOrder(
                "New decision: unnamed exclusive gateway before 'A' and 'B'", "New deadline: 4 hours on 'Answer email'",
                "New channel: Customer");
        assertThat(gaps).allSatisfy(g -> assertThat(g.title() + g.description()).doesNotContain("sid-"));
        assertThat(gaps).filteredOn(g -> g.type() == GapType.NEW_CHANNEL).singleElement()
                .satisfies(g -> assertThat(g.fact("messages")).isEqualTo("Reply"));
    }

    @Test
    void unnamedElementsOfOneLaneReadApartByTheirPlace() {
        ProcessModel current = model("p").lane("L", "Agent").node("r", ElementKind.USER_TASK, "Review claim", "L")
                .node("gc", ElementKind.EXCLUSIVE_GATEWAY, "", "L").node("x", ElementKind.TASK, "Pay", "L")
                .node("y", ElementKind.TASK, "Reject", "L").flow("r", "gc").flow("gc", "x").flow("gc", "y").build();
        ProcessModel future = model("p").lane("L", "Agent").node("a", ElementKind.USER_TASK, "Assess claim", "L")
                .node("g1", ElementKind.EXCLUSIVE_GATEWAY, "", "L").node("b", ElementKind.TASK, "Approve", "L")
                .node("c", ElementKind.TASK, "Refer", "L").node("g2", ElementKind.EXCLUSIVE_GATEWAY, "", "L")
                .node("d", ElementKind.TASK, "Notify", "L").node("e", ElementKind.TASK, "Close", "L")
                .node("f", ElementKind.TASK, "", "L")
                .flow("a", "g1").flow("g1", "b").flow("g1", "c").flow("b", "g2").flow("g2", "d").flow("g2", "e")
                .flow("d", "f").build();
        List<Gap> gaps = gaps(current, future, diff().added("g1", "exclusiveGateway", "", "Agent")
                .added("g2", "exclusiveGateway", "", "Agent").added("f", "task", "", "Agent")
                .removed("gc", "exclusiveGateway", "", "Agent").build());
        assertThat(gaps).extracting(Gap::title).contains("New decision: unnamed exclusive gateway after 'Assess claim'",
                "New decision: unnamed exclusive gateway after 'Approve'", "New capability: unnamed task after 'Notify'");
        assertThat(gaps).filteredOn(g -> g.title().endsWith("after 'Approve'")).singleElement().satisfies(g -> {
            assertThat(g.description()).startsWith("Decision unnamed exclusive gateway after 'Approve' in lane 'Agent'");
            assertThat(g.fact("place")).isEqualTo("after 'Approve'");
        });
        // a named element's gap carries no place: its name is where a reader finds it
        List<Gap> named = gaps(EMPTY, future, diff().added("a", "userTask", "Assess claim", "Agent").build());
        assertThat(named).singleElement().satisfies(g -> assertThat(g.facts()).doesNotContainKey("place"));
    }

    @Test
    void anUnnamedMessageIsToldApartByItsEnds() {
        // two answers of the customer to one lane (complaint-resolution's acceptance and rejection): the title names
        // the steps they reach, the description the parties
        ProcessModel future = model("p").lane("L", "Agent").node("t1", ElementKind.USER_TASK, "Answer email", "L")
                .node("e1", ElementKind.INTERMEDIATE_CATCH_EVENT, "Customer accepts", "L")
                .node("e2", ElementKind.INTERMEDIATE_CATCH_EVENT, "Customer rejects", "L")
                .pool("P0", "Service", "p").pool("P1", "Customer", null).message("m1", "", "t1", "P1")
                .message("m2", "", "P1", "e1").message("m3", "", "P1", "e2").build();
        List<Gap> gaps = gaps(EMPTY, future, diff().added("m1", "messageFlow", "", null)
                .added("m2", "messageFlow", "", null).added("m3", "messageFlow", "", null).build());
        assertThat(gaps).extracting(Gap::title).containsExactlyInAnyOrder(
                "New integration: unnamed message flow from 'Answer email' to 'Customer'",
                "New integration: unnamed message flow from 'Customer' to 'Customer accepts'",
                "New integration: unnamed message flow from 'Customer' to 'Customer rejects'");
        assertThat(gaps).filteredOn(g -> g.title().endsWith("'Customer accepts'")).singleElement().satisfies(g ->
                assertThat(g.description()).isEqualTo("A message from 'Customer' to 'Agent' is new in the future state."));
    }

    @Test
    void keysAreStableAcrossReAnalysisAndDistinctPerFinding() {
        ProcessModel future = model("p").node("t1", ElementKind.USER_TASK, "A", null)
                .node("t2", ElementKind.USER_TASK, "B", null).build();
        DiffResult diff = diff().added("t1", "userTask", "A", null).added("t2", "userTask", "B", null).build();
        List<Gap> first = gaps(EMPTY, future, diff);
        List<Gap> again = gaps(EMPTY, future, diff);
        assertThat(first).extracting(Gap::key).doesNotHaveDuplicates().containsExactlyElementsOf(
                again.stream().map(Gap::key).toList());
        assertThat(GapFinder.find("other", EMPTY, future, diff)).extracting(Gap::key)
                .doesNotContainAnyElementsOf(first.stream().map(Gap::key).toList());
        assertThat(first.get(0).key()).matches("G-[0-9a-f]{16}");
    }

    @Test
    void everyRuleHasANameAndARationaleForUsers() {
        for (GapRule rule : GapRule.values()) {
            assertThat(rule.title()).isNotBlank();
            assertThat(rule.rationale()).isNotBlank().endsWith(".");
        }
    }
}
