package com.gapwise.gaps;

/**
 * Classifies lane and pool names by keyword: does the lane face the customer, is it a system or
 * application rather than a person or team? Both can hold ("Self-service portal").
 */
public final class LaneRoles {

    /** Lanes of the customer or of staff who talk to the customer: a change there is felt by customers. */
    static final KeywordSet CUSTOMER_FACING = KeywordSet.of(
            "customer", "customers", "client", "clients", "caller", "consumer", "citizen", "patient", "member",
            "guest", "requester", "front office", "front line", "frontline", "first line", "1st line", "agent",
            "agents", "contact centre", "contact center", "call centre", "call center", "service desk", "help desk",
            "helpdesk", "self service", "portal", "chatbot", "ivr", "website", "web shop", "webshop", "mobile app");

    /** Lanes that are a system or application: a change there is an IT change. */
    static final KeywordSet SYSTEM = KeywordSet.of(
            "system", "systems", "crm", "erp", "ivr", "bot", "chatbot", "portal", "platform", "application", "app",
            "software", "database", "server", "engine", "api", "tool", "ticketing", "telephony", "acd", "website",
            "web shop", "webshop", "sap", "salesforce", "servicenow", "zendesk", "dynamics", "workflow", "ai",
            "automation", "hub", "gateway", "middleware", "service bus", "scheduling engine", "robot", "rpa");

    private LaneRoles() {
    }

    public static boolean isCustomerFacing(String laneName) {
        return CUSTOMER_FACING.matches(laneName);
    }

    public static boolean isSystem(String laneName) {
        return SYSTEM.matches(laneName);
    }
}
