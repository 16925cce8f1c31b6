package com.gapwise.gaps;

import com.gapwise.diff.ElementRef;
import com.gapwise.model.ElementKind;
import com.gapwise.model.Labels;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A typed finding derived from the diff of one process by a {@link GapRule}.
 *
 * @param key            stable: derived from process key, rule and element ids, so the same finding after
 *                       re-analysis has the same key
 * @param rule           the rule that found it
 * @param rationale      the rule's one-line rationale, as shown to users
 * @param severityReason why the severity is what it is, in words
 * @param customerFacing whether a lane or pool involved faces the customer
 * @param systemLane     whether a lane or pool involved is a system or application
 * @param current        the current-state elements involved (lane = current lane name)
 * @param future         the future-state elements involved (lane = future lane name)
 * @param facts          rule-specific details in words, e.g. {@code fromLane}, {@code toLane}, {@code timer}
 * @param status         the analyst's triage (OPEN until decided)
 * @param statusNote     the analyst's note on the triage, or empty
 */
public record Gap(
        String key,
        String processKey,
        GapRule rule,
        String rationale,
        GapType type,
        Severity severity,
        String severityReason,
        String title,
        String description,
        boolean customerFacing,
        boolean systemLane,
        List<ElementRef> current,
        List<ElementRef> future,
        Map<String, String> facts,
        GapStatus status,
        String statusNote) {

    public Gap {
        rationale = rationale == null ? rule.rationale() : rationale;
        current = List.copyOf(current);
        future = List.copyOf(future);
        facts = Collections.unmodifiableMap(new TreeMap<>(facts));
        status = status == null ? GapStatus.OPEN : status;
        statusNote = statusNote == null ? "" : statusNote;
    }

    /** This gap with an analyst's triage applied. */
    public Gap withStatus(GapStatus newStatus, String note) {
        return new Gap(key, processKey, rule, rationale, type, severity, severityReason, title, description, customerFacing,
                systemLane, current, future, facts, newStatus, note);
    }

    /** An element's label, or "unnamed" and its type when it has none (many models leave gateways unnamed). */
    public static String nameOf(ElementRef ref) {
        if (ref.name() != null && !ref.name().isBlank()) {
            return ref.name();
        }
        ElementKind kind = ref.type() == null ? null : ElementKind.fromXmlName(ref.type());
        String what = kind != null ? kind.label() : switch (String.valueOf(ref.type())) {
            case "messageFlow" -> "message flow";
            case "participant" -> "pool";
            default -> Labels.camelCaseWords(String.valueOf(ref.type()));
        };
        return "unnamed " + what;
    }

    /** The fact for a name, or empty. */
    public String fact(String name) {
        return facts.getOrDefault(name, "");
    }

    /** Lane names involved, future first, without blanks or duplicates. */
    public List<String> laneNames() {
        return Stream.concat(future.stream(), current.stream())
                .map(ElementRef::lane)
                .filter(l -> l != null && !l.isBlank())
                .distinct()
                .toList();
    }
}
