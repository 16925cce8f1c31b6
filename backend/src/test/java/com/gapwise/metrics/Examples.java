package com.gapwise.metrics;

import static com.gapwise.model.ElementKind.CALL_ACTIVITY;
import static com.gapwise.model.ElementKind.END_EVENT;
import static com.gapwise.model.ElementKind.EVENT_BASED_GATEWAY;
import static com.gapwise.model.ElementKind.EXCLUSIVE_GATEWAY;
import static com.gapwise.model.ElementKind.INTERMEDIATE_CATCH_EVENT;
import static com.gapwise.model.ElementKind.MANUAL_TASK;
import static com.gapwise.model.ElementKind.SEND_TASK;
import static com.gapwise.model.ElementKind.SERVICE_TASK;
import static com.gapwise.model.ElementKind.START_EVENT;
import static com.gapwise.model.ElementKind.SUB_PROCESS;

import com.gapwise.model.EventTrigger;
import com.gapwise.model.ProcessModel;

/** Hand-made models whose metrics are worked out by hand in the tests. */
final class Examples {

    private Examples() {
    }

    /**
     * Today's refund by phone: one pool, lanes Customer / Contact Centre Agent / Back office / CRM
     * System. The agent looks things up in two stores and the CRM; the back office approves some
     * refunds under a 4-hour SLA.
     */
    static ProcessModel refundByPhone() {
        return new ModelBuilder().process("p").pool("org", "Customer Service", "p")
                .lane("cust", "Customer").lane("agent", "Contact Centre Agent").lane("bo", "Back office")
                .lane("crm", "CRM System")
                .store("db", "Customer database").store("ledger", "Billing system")
                .node("s", START_EVENT, "Issue noticed", "cust")
                .task("c1", "Call hotline", "cust")
                .task("a1", "Take call", "agent")
                .task("a2", "Look up customer", "agent")
                .node("x1", SERVICE_TASK, "Fetch order history", "crm")
                .task("a3", "Decide refund", "agent")
                .node("g1", EXCLUSIVE_GATEWAY, "Above limit?", "agent")
                .node("b1", MANUAL_TASK, "Approve refund", "bo")
                .boundary("bt1", "Approval SLA", "b1", EventTrigger.TIMER, "PT4H")
                .task("a4", "Inform customer", "agent")
                .task("c2", "Receive answer", "cust")
                .node("e", END_EVENT, "Answered", "cust")
                .reads("a2", "db").writes("a3", "ledger")
                .flow("s", "c1", "a1", "a2", "x1", "a3", "g1", "b1", "a4", "c2", "e")
                .flow("g1", "a4")
                .flow("bt1", "a4")
                .build();
    }

    /**
     * Tomorrow's refund online: a collaboration of a black-box Customer, the organisation (lanes
     * Self-Service Portal / Contact Centre Agent / CRM System) and a black-box Payment provider.
     * Missing documents are asked for and waited for up to 5 days; when they come, eligibility is
     * checked again (a loop).
     */
    static ProcessModel refundOnline() {
        return new ModelBuilder()
                .pool("cp", "Customer", null).pool("org", "Acme Service", "p").pool("pay", "Payment provider", null)
                .process("p").lane("portal", "Self-Service Portal").lane("agent", "Contact Centre Agent")
                .lane("crm", "CRM System")
                .store("docs", "Document archive")
                .event("s", START_EVENT, "Request received", "portal", EventTrigger.MESSAGE, null)
                .task("p1", "Submit refund request", "portal")
                .node("x1", SERVICE_TASK, "Check eligibility", "crm")
                .node("g1", EXCLUSIVE_GATEWAY, "Eligible?", "crm")
                .node("x2", SERVICE_TASK, "Issue refund", "crm")
                .node("p2", SERVICE_TASK, "Send email confirmation", "portal")
                .node("e", END_EVENT, "Refunded", "portal")
                .task("a1", "Review request", "agent")
                .node("g2", EXCLUSIVE_GATEWAY, "Documents missing?", "agent")
                .node("p3", SEND_TASK, "Ask customer for documents", "crm")
                .node("ev", EVENT_BASED_GATEWAY, "", "crm")
                .event("m1", INTERMEDIATE_CATCH_EVENT, "Documents received", "crm", EventTrigger.MESSAGE, null)
                .event("t1", INTERMEDIATE_CATCH_EVENT, "5 days passed", "crm", EventTrigger.TIMER, "P5D")
                .node("e2", END_EVENT, "Request closed", "crm")
                .reads("a1", "docs")
                .flow("s", "p1", "x1", "g1", "x2", "p2", "e")
                .flow("g1", "a1", "g2", "p3", "ev", "m1", "x1")
                .flow("ev", "t1", "e2")
                .flow("g2", "x2")
                .message("cp", "s", "Refund request via web form")
                .message("p2", "cp", "Confirmation email")
                .message("p3", "cp", "Request for documents")
                .message("cp", "m1", "Documents")
                .message("x2", "pay", "Payment order")
                .build();
    }

    /**
     * Nested lanes (Contact centre holding Tier 1 and Tier 2 agents) and an expanded sub-process
     * whose content crosses into the Billing system lane; an SLA on the sub-process stated only in
     * its label; a call activity.
     */
    static ProcessModel nestedLanesAndSubProcess() {
        return new ModelBuilder().process("p")
                .lane("cc", "Contact centre").lane("t1l", "Tier 1 agent", "cc").lane("t2l", "Tier 2 agent", "cc")
                .lane("bs", "Billing system")
                .node("s", START_EVENT, "Case opened", "t1l")
                .node("sp", SUB_PROCESS, "Triage case", "t1l")
                .boundary("bt", "Resolve within 2 days", "sp", EventTrigger.TIMER, null)
                .task("a3", "Resolve complex case", "t2l")
                .node("ca", CALL_ACTIVITY, "Refund sub-flow", "t2l")
                .node("e", END_EVENT, "Case closed", "t2l")
                .inside("sp")
                .node("is", START_EVENT, "", null)
                .task("i1", "Classify request", "t1l")
                .node("ig", EXCLUSIVE_GATEWAY, "Billing question?", null)
                .node("i2", SERVICE_TASK, "Check balance", "bs")
                .node("ie", END_EVENT, "", null)
                .inside(null)
                .flow("s", "sp", "a3", "ca", "e")
                .flow("is", "i1", "ig", "i2", "ie")
                .flow("ig", "ie")
                .flow("bt", "a3")
                .build();
    }

    /**
     * A loop that a depth-first search meets from the far side: the search runs g0-a1-a2-a3-v-u
     * and so takes u-&gt;v as the back edge, leaving u without a way on in the loop-free flow. The
     * shortest way is still s-g0-u-v-end (one task).
     */
    static ProcessModel loopMetFromTheFarSide() {
        return new ModelBuilder().process("p").lane("l", "Agent")
                .node("s", START_EVENT, "", "l")
                .node("g0", EXCLUSIVE_GATEWAY, "", "l")
                .task("a1", "One", "l").task("a2", "Two", "l").task("a3", "Three", "l")
                .node("v", EXCLUSIVE_GATEWAY, "", "l")
                .task("u", "Rework", "l")
                .node("end", END_EVENT, "", "l")
                .flow("s", "g0", "a1", "a2", "a3", "v", "u", "v", "end")
                .flow("g0", "u")
                .build();
    }
}
