package com.gapwise.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The fields an analyst may set on each kind of item, and what values they take. */
final class DecisionFields {

    private record Field(String describe, Predicate<JsonNode> accepts) {
    }

    private static Field oneOf(String... values) {
        Set<String> allowed = Set.of(values);
        return new Field("one of " + String.join(", ", values), n -> n.isTextual() && allowed.contains(n.asText()));
    }

    private static final Field TEXT = new Field("a string of at most 10000 characters",
            n -> n.isTextual() && n.asText().length() <= 10_000);
    private static final Field KEY = new Field("an item key (string)", n -> n.isTextual() && !n.asText().isBlank());
    private static final Field KEYS = new Field("an array of item keys", n -> n.isArray() && n.size() <= 1000
            && java.util.stream.StreamSupport.stream(n.spliterator(), false).allMatch(KEY.accepts()));
    private static final Field EFFORT = new Field("a whole number of effort points from 1 to 1000",
            n -> n.canConvertToInt() && n.isIntegralNumber() && n.asInt() >= 1 && n.asInt() <= 1000);

    private static final Map<Subject, Map<String, Field>> FIELDS = Map.of(
            Subject.GAP, ordered("status", oneOf("open", "accepted", "dismissed"), "note", TEXT),
            Subject.REQUIREMENT, ordered("text", TEXT, "priority", oneOf("MUST", "SHOULD", "COULD", "WONT"),
                    "initiative", KEY),
            Subject.INITIATIVE, ordered("name", TEXT, "mergeInto", KEY, "dependsOn", KEYS, "effort", EFFORT),
            Subject.PLACEMENT, ordered("period", KEY));

    private DecisionFields() {
    }

    private static Map<String, Field> ordered(Object... kv) {
        Map<String, Field> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Field) kv[i + 1]);
        }
        return m;
    }

    static boolean decidable(Subject subject) {
        return FIELDS.containsKey(subject);
    }

    /** Checks a JSON merge patch (null clears a field). */
    static void check(Subject subject, JsonNode patch) {
        Map<String, Field> fields = FIELDS.get(subject);
        if (fields == null) {
            throw new InvalidRequestException(subject.word() + " items take no decisions");
        }
        if (patch == null || !patch.isObject() || patch.isEmpty()) {
            throw new InvalidRequestException("the body must be a JSON object with at least one of: "
                    + String.join(", ", fields.keySet()));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Field f = fields.get(e.getKey());
            if (f == null) {
                throw new InvalidRequestException("unknown field '" + e.getKey() + "' for a " + subject.word()
                        + "; allowed: " + String.join(", ", fields.keySet()));
            }
            if (!e.getValue().isNull() && !f.accepts().test(e.getValue())) {
                throw new InvalidRequestException("field '" + e.getKey() + "' must be " + f.describe()
                        + " (or null to clear it), was " + e.getValue());
            }
        }
    }
}
