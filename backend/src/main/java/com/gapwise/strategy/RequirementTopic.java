package com.gapwise.strategy;

/** What a generated requirement is about; one gap yields at most one requirement per topic. */
public enum RequirementTopic {
    CAPABILITY, RETIREMENT, REASSIGNMENT, AUTOMATION, VOLUME_AND_AVAILABILITY, INTERFACE, SECURITY,
    BUSINESS_RULE, SERVICE_LEVEL, ORGANISATION, APPLICATION
}
