package com.gapwise.strategy;

import com.gapwise.diff.ElementRef;
import com.gapwise.gaps.Gap;
import com.gapwise.gaps.GapRule;
import com.gapwise.gaps.GapStatus;
import com.gapwise.gaps.GapType;
import com.gapwise.gaps.LaneRoles;
import com.gapwise.gaps.Severity;
import java.util.List;
import java.util.Map;

/** Gap and requirement values for strategy tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Gap gap(String key, GapType type, Severity severity, String elementId, String name, String lane,
                   Map<String, String> facts) {
        GapRule rule = switch (type) {
            case NEW_CAPABILITY -> GapRule.NEW_CAPABILITY;
            case RETIRED_ACTIVITY -> GapRule.RETIRED_ACTIVITY;
            case ROLE_CHANGE -> GapRule.ROLE_CHANGE;
            case AUTOMATION -> GapRule.AUTOMATION;
            case NEW_CHANNEL -> GapRule.NEW_CHANNEL;
            case DECISION_CHANGE -> GapRule.DECISION_CHANGE;
            case SERVICE_LEVEL -> GapRule.SERVICE_LEVEL;
            case NEW_ROLE_OR_SYSTEM, RETIRED_ROLE_OR_SYSTEM -> GapRule.ROLE_OR_SYSTEM_CHANGE;
            case UNSUPPORTED_TASK -> GapRule.UNSUPPORTED_TASK;
        };
        ElementRef ref = new ElementRef(elementId, type == GapType.NEW_ROLE_OR_SYSTEM ? "lane" : "userTask", name, lane);
        boolean retired = type == GapType.RETIRED_ACTIVITY || type == GapType.RETIRED_ROLE_OR_SYSTEM;
        return new Gap(key, "proc", rule, rule.rationale(), type, severity, severity + " for the test", type.label() + ": " + name, "",
                lane != null && LaneRoles.DEFAULT.facesCustomer(lane), lane != null && LaneRoles.DEFAULT.software(lane),
                retired ? List.of(ref) : List.of(), retired ? List.of() : List.of(ref), facts, GapStatus.OPEN, "");
    }

    static Requirement requirement(String key, String processKey, RequirementType type, RequirementTopic topic,
                                   Capability capability, String lane, List<String> elementIds) {
        return new Requirement(key, processKey, type, topic, Priority.SHOULD, "test", "text of " + key, "text of " + key,
                false, false, capability, "test", lane, lane != null && LaneRoles.DEFAULT.facesCustomer(lane),
                lane != null && LaneRoles.DEFAULT.software(lane), List.of("G-" + key), elementIds, null);
    }
}
