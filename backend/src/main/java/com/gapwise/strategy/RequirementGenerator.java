package com.gapwise.strategy;

import com.gapwise.diff.ElementRef;
import com.gapwise.gaps.Gap;
import com.gapwise.gaps.GapType;
import com.gapwise.gaps.KeywordSet;
import com.gapwise.gaps.LaneRoles;
import com.gapwise.gaps.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The default requirements of each gap type (PRODUCT.md gap table), their MoSCoW priority and capability.
 *
 * <p>Priority follows the gap's severity (HIGH: MUST, MEDIUM: SHOULD, LOW: COULD), so a customer-facing new
 * capability, raised to HIGH, is a MUST; security requirements of a new interface are always MUST.
 */
final class RequirementGenerator {

    private RequirementGenerator() {
    }

    static List<Requirement> generate(Gap gap) {
        return generate(gap, LaneRoles.DEFAULT);
    }

    /** The requirements of one gap, lane names read with the analyst's overrides. */
    static List<Requirement> generate(Gap gap, LaneRoles lanes) {
        List<Requirement> out = new ArrayList<>(2);
        CapabilityChoice capability = capability(gap);
        String subject = subject(gap);
        List<ElementRef> refs = refs(gap);
        boolean named = refs.isEmpty() || refs.get(0).name() != null && !refs.get(0).name().isBlank();
        String quoted = named ? "'" + subject + "'" : subject;
        String lane = lane(gap);
        switch (gap.type()) {
            case NEW_CAPABILITY -> out.add(requirement(gap, lanes, capability, RequirementType.FUNCTIONAL, RequirementTopic.CAPABILITY,
                    "The solution supports '" + subject + "'" + (lane == null ? "" : " for '" + lane + "'") + "."));
            case RETIRED_ACTIVITY -> out.add(requirement(gap, lanes, capability, RequirementType.BUSINESS, RequirementTopic.RETIREMENT,
                    "Retire '" + subject + "'" + (lane == null ? "" : " (" + lane + ")")
                            + " and check what depends on it before it stops"
                            + (gap.fact("dependants").isEmpty() ? "." : ": " + gap.fact("dependants") + ".")));
            case ROLE_CHANGE -> out.add(requirement(gap, lanes, capability, RequirementType.BUSINESS, RequirementTopic.REASSIGNMENT,
                    lanes.software(gap.fact("toLane"))
                            ? "Hand " + quoted + " over from '" + gap.fact("fromLane") + "' to the system '"
                                    + gap.fact("toLane") + "'; redeploy the effort '" + gap.fact("fromLane")
                                    + "' spent on it and agree the hand-off."
                            : "Reassign " + quoted + " from '" + gap.fact("fromLane") + "' to '" + gap.fact("toLane")
                                    + "'; train '" + gap.fact("toLane") + "' and agree the hand-off."));
            case AUTOMATION -> {
                out.add(requirement(gap, lanes, capability, RequirementType.FUNCTIONAL, RequirementTopic.AUTOMATION,
                        "The system performs '" + subject + "' automatically as a " + gap.fact("toType")
                                + ", replacing the " + gap.fact("fromType") + (lane == null ? "" : " in '" + lane + "'") + "."));
                out.add(requirement(gap, lanes, capability, RequirementType.NON_FUNCTIONAL, RequirementTopic.VOLUME_AND_AVAILABILITY,
                        "Automated '" + subject + "' handles the volume people handle today, including peaks, and is "
                                + "available whenever the process runs."));
            }
            case NEW_CHANNEL -> {
                String party = gap.fact("counterparty").isEmpty() ? subject : gap.fact("counterparty");
                String messages = gap.fact("messages").isEmpty() ? gap.fact("message") : gap.fact("messages");
                out.add(requirement(gap, lanes, capability, RequirementType.FUNCTIONAL, RequirementTopic.INTERFACE,
                        "Provide an interface with '" + party + "'" + (messages.isEmpty() ? "" : " for " + messages) + "."));
                out.add(requirement(gap, lanes, capability, RequirementType.NON_FUNCTIONAL, RequirementTopic.SECURITY,
                        "Secure the interface with '" + party + "': authenticate both ends, encrypt messages in "
                                + "transit and log every exchange."));
            }
            case DECISION_CHANGE -> out.add(requirement(gap, lanes, capability, RequirementType.BUSINESS, RequirementTopic.BUSINESS_RULE,
                    "Define, document and assign an owner to the business rule for decision " + quoted
                            + (gap.fact("outcomes").isEmpty() ? "." : " (outcomes " + gap.fact("outcomes") + ").")));
            case SERVICE_LEVEL -> {
                String activity = gap.fact("attachedTo").isEmpty() ? subject : gap.fact("attachedTo");
                String duration = gap.fact("duration");
                out.add(requirement(gap, lanes, capability, RequirementType.NON_FUNCTIONAL, RequirementTopic.SERVICE_LEVEL,
                        duration.isEmpty()
                                ? "Handle the exception " + quoted + " on '" + activity
                                        + "' and monitor how often it occurs."
                                : "Meet a response or resolution time of " + duration + " for '" + activity
                                        + "' (" + (named ? "timer " + quoted + ", " : "timer ") + gap.fact("timer")
                                        + "): track the time and escalate breaches."));
            }
            case NEW_ROLE_OR_SYSTEM -> out.add("system".equals(gap.fact("laneKind"))
                    ? requirement(gap, lanes, capability, RequirementType.FUNCTIONAL, RequirementTopic.APPLICATION,
                            "Provide the application '" + subject + "' for the tasks the future state gives it.")
                    : requirement(gap, lanes, capability, RequirementType.BUSINESS, RequirementTopic.ORGANISATION,
                            "Establish the role '" + subject + "': define its responsibilities, staff it and train it."));
            case RETIRED_ROLE_OR_SYSTEM -> out.add("system".equals(gap.fact("laneKind"))
                    ? requirement(gap, lanes, capability, RequirementType.BUSINESS, RequirementTopic.APPLICATION,
                            "Decommission '" + subject + "': migrate its data and interfaces and move its remaining tasks.")
                    : requirement(gap, lanes, capability, RequirementType.BUSINESS, RequirementTopic.ORGANISATION,
                            "Phase out the role '" + subject + "': redeploy its people and reassign what it still does."));
            case UNSUPPORTED_TASK -> out.add(requirement(gap, lanes, capability, RequirementType.FUNCTIONAL,
                    RequirementTopic.APPLICATION, "An application supports '" + subject + "'"
                            + (lane == null ? "" : " for '" + lane + "'")
                            + ": a portfolio application takes it on, or a new one is provided."));
        }
        return out;
    }

    /** "R-" plus the gap key's hash plus the topic: stable as long as the gap is. */
    static String key(String gapKey, RequirementTopic topic) {
        String hash = gapKey.startsWith("G-") ? gapKey.substring(2) : gapKey;
        return "R-" + hash + "." + topic.name().toLowerCase(Locale.ROOT);
    }

    private static Requirement requirement(Gap gap, LaneRoles lanes, CapabilityChoice capability, RequirementType type,
                                           RequirementTopic topic, String text) {
        Priority priority;
        String reason;
        if (topic == RequirementTopic.SECURITY) {
            priority = Priority.MUST;
            reason = "security of a new interface is never optional";
        } else {
            priority = gap.severity() == Severity.HIGH ? Priority.MUST
                    : gap.severity() == Severity.MEDIUM ? Priority.SHOULD : Priority.COULD;
            reason = "follows the gap's " + gap.severity().name().toLowerCase(Locale.ROOT) + " severity ("
                    + gap.severityReason() + ")";
        }
        String lane = lane(gap);
        return new Requirement(key(gap.key(), topic), gap.processKey(), type, topic, priority, reason, text, text,
                false, false, capability.capability(), capability.reason(), lane, gap.customerFacing(),
                lanes.software(lane), List.of(gap.key()), elementIds(gap), null);
    }

    record CapabilityChoice(Capability capability, String reason) {
    }

    /**
     * Gap types that define their capability (automation, integration, people) take it; the others take the
     * capability whose keywords score most in labels (x2) and lanes (x1); with no keyword, a per-type default.
     */
    static CapabilityChoice capability(Gap gap) {
        GapType type = gap.type();
        boolean roleLane = (type == GapType.NEW_ROLE_OR_SYSTEM || type == GapType.RETIRED_ROLE_OR_SYSTEM)
                && !"system".equals(gap.fact("laneKind"));
        if (type == GapType.AUTOMATION) {
            return new CapabilityChoice(Capability.AUTOMATION, "automation gap");
        }
        if (type == GapType.NEW_CHANNEL) {
            return new CapabilityChoice(Capability.INTEGRATION, "new channel or integration gap");
        }
        if (type == GapType.ROLE_CHANGE || roleLane) {
            return new CapabilityChoice(Capability.WORKFORCE, "people change: " + type.label());
        }
        List<KeywordSet.Text> labels = new ArrayList<>();
        for (ElementRef ref : refs(gap)) {
            if (!"lane".equals(ref.type()) && !ref.name().isBlank()) {
                labels.add(KeywordSet.Text.of(ref.name()));
            }
        }
        List<KeywordSet.Text> lanes = gap.laneNames().stream().map(KeywordSet.Text::of).toList();
        Capability best = null;
        int bestScore = 0;
        List<String> bestHits = List.of();
        for (Capability capability : Capability.values()) {
            int score = 0;
            List<String> hits = new ArrayList<>();
            for (KeywordSet.Text label : labels) {
                List<String> found = capability.keywords().hits(label);
                score += 2 * found.size();
                hits.addAll(found);
            }
            for (KeywordSet.Text lane : lanes) {
                List<String> found = capability.keywords().hits(lane);
                score += found.size();
                hits.addAll(found);
            }
            if (score > bestScore) {
                best = capability;
                bestScore = score;
                bestHits = hits;
            }
        }
        if (best != null) {
            return new CapabilityChoice(best, "keywords " + String.join(", ", bestHits.stream().distinct()
                    .map(h -> "'" + h + "'").toList()));
        }
        Capability fallback = type == GapType.SERVICE_LEVEL ? Capability.ANALYTICS : Capability.PROCESS;
        return new CapabilityChoice(fallback, "no capability keyword; default for " + type.label());
    }

    private static List<ElementRef> refs(Gap gap) {
        List<ElementRef> refs = new ArrayList<>(gap.future());
        refs.addAll(gap.current());
        return refs;
    }

    private static String subject(Gap gap) {
        List<ElementRef> refs = refs(gap);
        if (refs.isEmpty()) {
            return gap.title();
        }
        ElementRef first = refs.get(0);
        String place = gap.fact("place");
        boolean unnamed = first.name() == null || first.name().isBlank();
        return unnamed && !place.isEmpty() ? Gap.nameOf(first) + " " + place : Gap.nameOf(first);
    }

    /** The lane the requirement concerns: the future lane where there is one. */
    private static String lane(Gap gap) {
        if (gap.type() == GapType.NEW_ROLE_OR_SYSTEM || gap.type() == GapType.RETIRED_ROLE_OR_SYSTEM) {
            return subject(gap);
        }
        List<String> lanes = gap.laneNames();
        return lanes.isEmpty() ? null : lanes.get(0);
    }

    private static List<String> elementIds(Gap gap) {
        Set<String> ids = new LinkedHashSet<>();
        refs(gap).forEach(r -> ids.add(r.id()));
        return List.copyOf(ids);
    }
}
