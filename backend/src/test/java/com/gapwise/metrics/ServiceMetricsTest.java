package com.gapwise.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.gapwise.model.ElementKind;
import com.gapwise.model.EventTrigger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Figures worked out by hand for the models in {@link Examples}. */
class ServiceMetricsTest {

    @Test
    void refundByPhone() {
        ServiceMetrics m = ServiceMetrics.of(Examples.refundByPhone());

        assertThat(m.tasks()).isEqualTo(8);
        assertThat(m.automatedTasks()).isEqualTo(1); // the CRM's service task
        assertThat(m.manualTasks()).isEqualTo(7);
        // customer->agent, agent->CRM, CRM->agent, agent->back office, back office->agent (twice: done
        // and SLA breached), agent->customer
        assertThat(m.laneHandoffs()).isEqualTo(7);
        assertThat(m.poolHandoffs()).isZero();
        assertThat(m.handoffs()).isEqualTo(7);
        assertThat(m.handoffFlowIds()).hasSize(7).doesNotHaveDuplicates();
        assertThat(m.minHandoffsPerPath()).isEqualTo(4);
        assertThat(m.maxHandoffsPerPath()).isEqualTo(6);
        assertThat(m.systemsPerRole()).isEqualTo(Map.of(
                "Contact Centre Agent", List.of("Billing system", "CRM System", "Customer database"),
                "Back office", List.of()));
        assertThat(m.maxSystemsPerRole()).isEqualTo(3);
        assertThat(m.customerFacingTasks()).isEqualTo(2); // take call, inform customer
        assertThat(m.selfServiceTasks()).isZero();
        assertThat(m.selfServiceShare()).isZero();
        assertThat(m.channels()).containsExactly("phone");
        assertThat(m.waitingPoints()).isEqualTo(1);
        assertThat(m.slaTimers()).isEqualTo(1);
        assertThat(m.waitingPointDetails()).singleElement().satisfies(w -> {
            assertThat(w.element()).isEqualTo(ElementKind.BOUNDARY_EVENT);
            assertThat(w.attachedTo()).isEqualTo("Approve refund");
            assertThat(w.lane()).isEqualTo("Back office");
            assertThat(w.sla()).isTrue();
            assertThat(w.timer()).isEqualTo("PT4H");
            assertThat(w.durationSeconds()).isEqualTo(4 * 3600L);
            assertThat(w.durationSource()).isEqualTo("definition");
        });
        assertThat(m.shortestPath()).isEqualTo(7);
        assertThat(m.longestPath()).isEqualTo(8);
        assertThat(m.loops()).isZero();
        assertThat(m.lanes()).extracting(LaneMetrics::name, LaneMetrics::laneClass, LaneMetrics::tasks,
                LaneMetrics::automatedTasks, LaneMetrics::handoffsIn, LaneMetrics::handoffsOut)
                .containsExactly(
                        tuple("Customer", LaneClass.CUSTOMER, 2, 0, 1, 1),
                        tuple("Contact Centre Agent", LaneClass.HUMAN_ROLE, 4, 0, 4, 3),
                        tuple("Back office", LaneClass.HUMAN_ROLE, 1, 0, 1, 2),
                        tuple("CRM System", LaneClass.SYSTEM, 1, 1, 1, 1));
    }

    @Test
    void refundOnlineCollaborationWithMessageFlowsAndALoop() {
        ServiceMetrics m = ServiceMetrics.of(Examples.refundOnline());

        assertThat(m.tasks()).isEqualTo(6);
        assertThat(m.automatedTasks()).isEqualTo(4); // three service tasks and a send task in the CRM lane
        assertThat(m.manualTasks()).isEqualTo(2);
        assertThat(m.laneHandoffs()).isEqualTo(5);
        assertThat(m.poolHandoffs()).isEqualTo(5);
        assertThat(m.handoffs()).isEqualTo(10);
        assertThat(m.minHandoffsPerPath()).isEqualTo(2);
        assertThat(m.maxHandoffsPerPath()).isEqualTo(4);
        assertThat(m.systemsPerRole()).isEqualTo(Map.of("Contact Centre Agent", List.of("CRM System", "Document archive")));
        assertThat(m.maxSystemsPerRole()).isEqualTo(2);
        // portal tasks, the two tasks messaging the customer, and the check the customer's documents land in
        assertThat(m.customerFacingTasks()).isEqualTo(4);
        assertThat(m.selfServiceTasks()).isEqualTo(4);
        assertThat(m.selfServiceShare()).isEqualTo(1.0);
        assertThat(m.channels()).containsExactly("email", "portal");
        // the event-based gateway is one waiting point: its message and timer alternatives are folded in
        assertThat(m.waitingPoints()).isEqualTo(1);
        assertThat(m.waitingPointDetails()).singleElement().satisfies(w -> {
            assertThat(w.element()).isEqualTo(ElementKind.EVENT_BASED_GATEWAY);
            assertThat(w.waitsFor()).containsExactly(EventTrigger.MESSAGE, EventTrigger.TIMER);
            assertThat(w.sla()).isTrue();
            assertThat(w.timer()).isEqualTo("P5D");
            assertThat(w.durationSeconds()).isEqualTo(5 * 86_400L);
            assertThat(w.duration()).isEqualTo("PT120H");
        });
        assertThat(m.shortestPath()).isEqualTo(4);
        assertThat(m.longestPath()).isEqualTo(5); // the loop back to the eligibility check is taken once
        assertThat(m.loops()).isEqualTo(1);
        assertThat(m.processes()).singleElement().satisfies(p -> assertThat(p.loopFlowIds()).containsExactly("f_m1_x1"));
        assertThat(m.lanes()).extracting(LaneMetrics::name, LaneMetrics::pool, LaneMetrics::laneClass,
                LaneMetrics::handoffsIn, LaneMetrics::handoffsOut)
                .containsExactly(
                        tuple("Customer", true, LaneClass.CUSTOMER, 2, 2),
                        tuple("Payment provider", true, LaneClass.SYSTEM, 1, 0),
                        // in: CRM->portal, customer's request; out: portal->CRM, confirmation email
                        tuple("Self-Service Portal", false, LaneClass.CHANNEL, 2, 2),
                        tuple("Contact Centre Agent", false, LaneClass.HUMAN_ROLE, 1, 2),
                        // in: portal->CRM, agent->CRM twice, customer's documents;
                        // out: CRM->portal, CRM->agent, request for documents, payment order
                        tuple("CRM System", false, LaneClass.SYSTEM, 4, 4));
    }

    @Test
    void nestedLanesAndSubProcesses() {
        ServiceMetrics m = ServiceMetrics.of(Examples.nestedLanesAndSubProcess());

        assertThat(m.tasks()).isEqualTo(3);
        assertThat(m.automatedTasks()).isEqualTo(1);
        // into Tier 2 (twice: after triage and on the SLA), into and out of the billing system
        assertThat(m.laneHandoffs()).isEqualTo(4);
        assertThat(m.minHandoffsPerPath()).isEqualTo(1);
        assertThat(m.maxHandoffsPerPath()).isEqualTo(3);
        // the SLA path skips the sub-process's content: resolve + call activity
        assertThat(m.shortestPath()).isEqualTo(2);
        // classify, check balance, resolve, call activity
        assertThat(m.longestPath()).isEqualTo(4);
        assertThat(m.systemsPerRole()).isEqualTo(Map.of("Tier 1 agent", List.of("Billing system"), "Tier 2 agent", List.of()));
        assertThat(m.waitingPointDetails()).singleElement().satisfies(w -> {
            assertThat(w.attachedTo()).isEqualTo("Triage case");
            assertThat(w.lane()).isEqualTo("Tier 1 agent");
            assertThat(w.sla()).isTrue();
            assertThat(w.timer()).isNull();
            assertThat(w.durationSeconds()).isEqualTo(2 * 86_400L);
            assertThat(w.durationSource()).isEqualTo("label");
        });
        assertThat(m.lanes()).extracting(LaneMetrics::name, LaneMetrics::laneClass, LaneMetrics::tasks)
                .containsExactly(
                        tuple("Contact centre", LaneClass.HUMAN_ROLE, 0),
                        tuple("Tier 1 agent", LaneClass.HUMAN_ROLE, 1),
                        tuple("Tier 2 agent", LaneClass.HUMAN_ROLE, 1),
                        tuple("Billing system", LaneClass.SYSTEM, 1));
    }

    @Test
    void loopsDoNotHideTheShortestWayNorLengthenTheLongest() {
        ServiceMetrics m = ServiceMetrics.of(Examples.loopMetFromTheFarSide());

        assertThat(m.tasks()).isEqualTo(4);
        assertThat(m.shortestPath()).isEqualTo(1);
        assertThat(m.longestPath()).isEqualTo(3);
        assertThat(m.loops()).isEqualTo(1);
        assertThat(m.processes().get(0).loopFlowIds()).containsExactly("f_u_v");
    }

    @Test
    void collaborationOfTwoProcessesTakesPathsFromTheMainOne() {
        var model = new ModelBuilder()
                .pool("cust", "Customer", "pc").pool("org", "Helpdesk", "po")
                .process("pc")
                .node("cs", ElementKind.START_EVENT, "", null).task("c1", "Report fault via app", null)
                .task("c2", "Confirm fix", null).node("ce", ElementKind.END_EVENT, "", null)
                .flow("cs", "c1", "c2", "ce")
                .process("po")
                .event("os", ElementKind.START_EVENT, "Fault reported", null, EventTrigger.MESSAGE, null)
                .task("o1", "Diagnose fault", null).node("o2", ElementKind.SERVICE_TASK, "Schedule engineer", null)
                .task("o3", "Fix fault", null).node("oe", ElementKind.END_EVENT, "", null)
                .flow("os", "o1", "o2", "o3", "oe")
                .message("c1", "os", "Fault report").message("o3", "c2", "Fix done")
                .build();

        ServiceMetrics m = ServiceMetrics.of(model);

        assertThat(m.tasks()).isEqualTo(5);
        assertThat(m.automatedTasks()).isEqualTo(1);
        assertThat(m.laneHandoffs()).isZero();
        assertThat(m.poolHandoffs()).isEqualTo(2);
        assertThat(m.processes()).extracting(ProcessPaths::processId, ProcessPaths::tasks, ProcessPaths::shortestPath)
                .containsExactly(tuple("pc", 2, 2), tuple("po", 3, 3));
        assertThat(m.shortestPath()).isEqualTo(3); // the helpdesk's process: it has the most tasks
        assertThat(m.customerFacingTasks()).isEqualTo(2); // diagnose (after the start event) and fix
        assertThat(m.channels()).containsExactly("app");
        assertThat(m.systemsPerRole()).isEqualTo(Map.of("Helpdesk", List.of()));
        assertThat(m.lanes()).extracting(LaneMetrics::name, LaneMetrics::laneClass, LaneMetrics::tasks,
                LaneMetrics::handoffsIn, LaneMetrics::handoffsOut)
                .containsExactly(tuple("Customer", LaneClass.CUSTOMER, 2, 1, 1),
                        tuple("Helpdesk", LaneClass.HUMAN_ROLE, 3, 1, 1));
    }

    @Test
    void overridesChangeTheFigures() {
        // the analyst says the back office is a robot: its task becomes automated, and a system for the agent
        LaneClassifier classifier = new LaneClassifier(Map.of("Back office", LaneClass.SYSTEM));

        ServiceMetrics m = ServiceMetrics.of(Examples.refundByPhone(), classifier);

        assertThat(m.automatedTasks()).isEqualTo(2);
        assertThat(m.systemsPerRole().get("Contact Centre Agent"))
                .containsExactly("Back office", "Billing system", "CRM System", "Customer database");
        assertThat(m.lanes()).filteredOn(l -> l.name().equals("Back office")).singleElement()
                .extracting(LaneMetrics::rule).isEqualTo("override by the analyst");
    }

    @Test
    void waitingPointsAreCatchEventsReceiveTasksBoundariesAndEventGatewaysButNotStartTimersOrErrors() {
        var model = new ModelBuilder().process("p").lane("l", "Agent")
                .event("s", ElementKind.START_EVENT, "Every morning", "l", EventTrigger.TIMER, "R/PT24H")
                .task("a", "Work", "l")
                .boundary("err", "Failed", "a", EventTrigger.ERROR, null)
                .boundary("msg", "Customer cancels", "a", EventTrigger.MESSAGE, null)
                .event("w", ElementKind.INTERMEDIATE_CATCH_EVENT, "Wait 2 days", "l", EventTrigger.TIMER, "P2D")
                .event("d", ElementKind.INTERMEDIATE_CATCH_EVENT, "Response deadline", "l", EventTrigger.TIMER, "PT8H")
                .event("lk", ElementKind.INTERMEDIATE_CATCH_EVENT, "", "l", EventTrigger.LINK, null)
                .node("r", ElementKind.RECEIVE_TASK, "Receive payment", "l")
                .node("e", ElementKind.END_EVENT, "", "l")
                .flow("s", "a", "w", "d", "lk", "r", "e")
                .build();

        ServiceMetrics m = ServiceMetrics.of(model);

        assertThat(m.waitingPointDetails()).extracting(WaitingPoint::id, WaitingPoint::sla, WaitingPoint::durationSeconds)
                .containsExactly(
                        tuple("msg", false, null),
                        tuple("w", false, 2 * 86_400L),   // a pause, not a deadline
                        tuple("d", true, 8 * 3_600L),      // its label says deadline
                        tuple("r", false, null));
        assertThat(m.slaTimers()).isEqualTo(1);
    }

    @Test
    void theOrganisationsStartEventSaysHowWorkArrivesAndMayOpenEveryChannel() {
        var byLetterOrCall = new ModelBuilder().process("p").lane("l", "Complaints Officer")
                .node("s", ElementKind.START_EVENT, "Complaint letter or call received", "l")
                .task("a", "Log complaint", "l").node("e", ElementKind.END_EVENT, "", "l")
                .flow("s", "a", "e").build();
        var onAnyChannel = new ModelBuilder().process("p").lane("l", "Complaint Handler")
                .node("s", ElementKind.START_EVENT, "Complaint received on any channel", "l")
                .task("a", "Capture complaint with channel history", "l").node("e", ElementKind.END_EVENT, "", "l")
                .flow("s", "a", "e").build();
        var customersOwnStart = new ModelBuilder().process("p").lane("c", "Customer").lane("l", "Agent")
                .node("s", ElementKind.START_EVENT, "Customer wants to write a letter", "c")
                .task("a", "Answer", "l").node("e", ElementKind.END_EVENT, "", "l")
                .flow("s", "a", "e").build();

        assertThat(ServiceMetrics.of(byLetterOrCall).channels()).containsExactly("letter", "phone");
        ServiceMetrics any = ServiceMetrics.of(onAnyChannel);
        assertThat(any.channels()).containsExactly(ServiceMetrics.ANY_CHANNEL);
        assertThat(any.anyChannel()).isTrue();
        // the customer's own start names what the customer does, not a channel of the organisation's
        assertThat(ServiceMetrics.of(customersOwnStart).channels()).isEmpty();
    }

    @Test
    void anEmptyModelHasZeroFigures() {
        ServiceMetrics m = ServiceMetrics.of(new ModelBuilder().build());

        assertThat(m.tasks()).isZero();
        assertThat(m.shortestPath()).isZero();
        assertThat(m.longestPath()).isZero();
        assertThat(m.selfServiceShare()).isZero();
        assertThat(m.channels()).isEmpty();
    }
}
