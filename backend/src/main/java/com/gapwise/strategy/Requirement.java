package com.gapwise.strategy;

import java.util.List;

/**
 * A requirement generated from gaps, with any analyst edits applied.
 *
 * @param key              stable: the gap key's hash plus the topic, so re-analysis finds the same requirement
 * @param priorityReason   the rule (or the analyst's edit) that set the priority
 * @param text             the text in force: the analyst's if edited, else {@code generatedText}
 * @param generatedText    the text the rules generated, kept so an edited text can be compared with it
 * @param capability       the capability it serves, by keyword rules ({@link Capability})
 * @param capabilityReason which keywords or which gap type decided the capability
 * @param lane             the lane it concerns (future lane where there is one), or null
 * @param gapKeys          the gaps it closes
 * @param elementIds       the BPMN element ids it traces to (current and future sides)
 * @param initiativeKey    the initiative it belongs to, or null while its gaps are all dismissed
 */
public record Requirement(
        String key,
        String processKey,
        RequirementType type,
        RequirementTopic topic,
        Priority priority,
        String priorityReason,
        String text,
        String generatedText,
        boolean textEdited,
        boolean priorityEdited,
        Capability capability,
        String capabilityReason,
        String lane,
        boolean customerFacing,
        boolean systemLane,
        List<String> gapKeys,
        List<String> elementIds,
        String initiativeKey) {

    public Requirement {
        gapKeys = Copies.list(gapKeys);
        elementIds = Copies.list(elementIds);
    }

    Requirement withInitiative(String newInitiativeKey) {
        return new Requirement(key, processKey, type, topic, priority, priorityReason, text, generatedText, textEdited,
                priorityEdited, capability, capabilityReason, lane, customerFacing, systemLane, gapKeys, elementIds,
                newInitiativeKey);
    }

    Requirement withEdit(RequirementEdit edit) {
        boolean newText = edit.text() != null && !edit.text().isBlank();
        boolean newPriority = edit.priority() != null;
        return new Requirement(key, processKey, type, topic,
                newPriority ? edit.priority() : priority,
                newPriority ? "set by an analyst (generated: " + priority + ", " + priorityReason + ")" : priorityReason,
                newText ? edit.text() : text, generatedText, newText, newPriority, capability, capabilityReason, lane,
                customerFacing, systemLane, gapKeys, elementIds, initiativeKey);
    }
}
