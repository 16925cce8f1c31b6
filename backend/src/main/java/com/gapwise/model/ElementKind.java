package com.gapwise.model;

/** The BPMN flow-node types, with the groupings the method cares about. */
public enum ElementKind {
    TASK("task"),
    USER_TASK("userTask"),
    MANUAL_TASK("manualTask"),
    SERVICE_TASK("serviceTask"),
    SCRIPT_TASK("scriptTask"),
    BUSINESS_RULE_TASK("businessRuleTask"),
    SEND_TASK("sendTask"),
    RECEIVE_TASK("receiveTask"),
    SUB_PROCESS("subProcess"),
    TRANSACTION("transaction"),
    AD_HOC_SUB_PROCESS("adHocSubProcess"),
    CALL_ACTIVITY("callActivity"),
    START_EVENT("startEvent"),
    END_EVENT("endEvent"),
    INTERMEDIATE_CATCH_EVENT("intermediateCatchEvent"),
    INTERMEDIATE_THROW_EVENT("intermediateThrowEvent"),
    BOUNDARY_EVENT("boundaryEvent"),
    EXCLUSIVE_GATEWAY("exclusiveGateway"),
    INCLUSIVE_GATEWAY("inclusiveGateway"),
    PARALLEL_GATEWAY("parallelGateway"),
    EVENT_BASED_GATEWAY("eventBasedGateway"),
    COMPLEX_GATEWAY("complexGateway");

    private final String xmlName;
    private final String label;

    ElementKind(String xmlName) {
        this.xmlName = xmlName;
        // once per kind: descriptions of unnamed elements (most gateways) ask for it thousands of times
        this.label = Labels.camelCaseWords(xmlName);
    }

    /** The BPMN 2.0 element name, e.g. {@code userTask}. */
    public String xmlName() {
        return xmlName;
    }

    /** The kind for a BPMN element local name, or null when it is not a flow node. */
    public static ElementKind fromXmlName(String localName) {
        for (ElementKind kind : values()) {
            if (kind.xmlName.equals(localName)) {
                return kind;
            }
        }
        return null;
    }

    /** Task-type activities as counted by {@code inspect}: task, user, manual, service, script, business rule, send, receive. */
    public boolean isTask() {
        return ordinal() <= RECEIVE_TASK.ordinal();
    }

    public boolean isSubProcess() {
        return this == SUB_PROCESS || this == TRANSACTION || this == AD_HOC_SUB_PROCESS;
    }

    /** Any activity: tasks, sub-processes and call activities. */
    public boolean isActivity() {
        return ordinal() <= CALL_ACTIVITY.ordinal();
    }

    public boolean isEvent() {
        return ordinal() >= START_EVENT.ordinal() && ordinal() <= BOUNDARY_EVENT.ordinal();
    }

    public boolean isGateway() {
        return ordinal() >= EXCLUSIVE_GATEWAY.ordinal();
    }

    /** Done by a person: user and manual tasks. */
    public boolean isManual() {
        return this == USER_TASK || this == MANUAL_TASK;
    }

    /** Done by a system: service, script and business-rule tasks. */
    public boolean isAutomated() {
        return this == SERVICE_TASK || this == SCRIPT_TASK || this == BUSINESS_RULE_TASK;
    }

    /** Human-readable name, e.g. "user task". */
    public String label() {
        return label;
    }
}
