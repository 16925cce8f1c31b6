package com.gapwise.strategy;

import com.gapwise.gaps.KeywordSet;

/**
 * The customer-service capabilities initiatives are bundled by. A requirement gets the capability whose
 * keywords occur most in the labels of its elements (task, gateway, event, message names count twice) and
 * lanes (count once); ties go to the earlier constant. Without any keyword, the gap type decides (see
 * {@code RequirementGenerator}); {@link #PROCESS} is the last resort.
 */
public enum Capability {
    SELF_SERVICE("self-service", "Customer self-service", KeywordSet.of(
            "self service", "portal", "online", "web", "website", "app", "mobile", "chatbot", "virtual assistant",
            "ivr", "faq", "track", "tracking", "status", "submit", "submits", "book", "booking", "form")),
    OMNICHANNEL_ROUTING("omnichannel routing", "Omnichannel routing", KeywordSet.of(
            "route", "routing", "routed", "queue", "queues", "dispatch", "assign", "assigned", "channel",
            "channels", "omnichannel", "transfer", "escalate", "escalation", "triage", "distribute", "callback",
            "call back", "skill", "skills", "chat", "email", "phone", "call", "contact")),
    KNOWLEDGE("knowledge", "Knowledge management", KeywordSet.of(
            "knowledge", "article", "articles", "script", "answer", "answers", "guide", "guidance", "search",
            "look up", "lookup", "wiki", "template", "templates", "diagnose", "troubleshoot", "advise")),
    AUTOMATION("automation", "Process automation", KeywordSet.of(
            "automate", "automated", "automatic", "automatically", "auto", "rpa", "robot", "bot", "calculate",
            "generate", "validate", "workflow", "rule", "rules")),
    ANALYTICS("analytics", "Service analytics", KeywordSet.of(
            "report", "reports", "reporting", "analytics", "analyse", "analyze", "analysis", "dashboard", "kpi",
            "metric", "metrics", "monitor", "monitoring", "forecast", "insight", "insights", "trend", "sla")),
    INTEGRATION("integration", "Integration and interfaces", KeywordSet.of(
            "integrate", "integration", "interface", "api", "sync", "synchronise", "synchronize", "exchange",
            "import", "export", "message", "notify", "notification", "update", "record", "crm", "erp",
            "system", "partner", "supplier", "bank")),
    WORKFORCE("workforce", "Workforce and organisation", KeywordSet.of(
            "schedule", "scheduling", "roster", "shift", "shifts", "staff", "staffing", "training", "train",
            "coach", "coaching", "workforce", "capacity", "hire", "onboard", "team", "supervisor", "manager",
            "back office", "approve", "approval", "review")),
    FEEDBACK("feedback", "Customer feedback", KeywordSet.of(
            "survey", "surveys", "feedback", "nps", "csat", "rating", "rate", "satisfaction", "complaint",
            "complaints", "sentiment", "voice of the customer")),
    PROCESS("process and policy", "Process and policy changes", KeywordSet.of());

    private final String label;
    private final String initiativeName;
    private final KeywordSet keywords;

    Capability(String label, String initiativeName, KeywordSet keywords) {
        this.label = label;
        this.initiativeName = initiativeName;
        this.keywords = keywords;
    }

    public String label() {
        return label;
    }

    /** The default name of an initiative bundled by this capability. */
    public String initiativeName() {
        return initiativeName;
    }

    /** The keyword rule, documented here so users can see why a requirement landed where it did. */
    public KeywordSet keywords() {
        return keywords;
    }
}
