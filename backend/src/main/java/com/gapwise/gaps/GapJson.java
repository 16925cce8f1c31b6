package com.gapwise.gaps;

import com.fasterxml.jackson.core.JsonGenerator;
import com.gapwise.diff.DiffReport;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Gaps as JSON, streamed with Jackson's generator in the shape Jackson's data binding gives the
 * {@link Gap} record (the API's gap resources): the diff document's {@code gaps} section. A one-shot
 * CLI run would otherwise spend more CPU setting up data binding than on the whole gap search.
 */
public final class GapJson {

    private GapJson() {
    }

    public static void write(JsonGenerator json, List<Gap> gaps) throws IOException {
        json.writeStartArray();
        for (Gap gap : gaps) {
            write(json, gap);
        }
        json.writeEndArray();
    }

    /** One gap as compact JSON: the stored form of a gap resource. */
    public static String toJson(Gap gap) {
        return DiffReport.toJson(json -> write(json, gap));
    }

    private static void write(JsonGenerator json, Gap gap) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", gap.key());
        json.writeStringField("processKey", gap.processKey());
        json.writeStringField("rule", gap.rule().name());
        json.writeStringField("rationale", gap.rationale());
        json.writeStringField("type", gap.type().name());
        json.writeStringField("severity", gap.severity().name());
        json.writeStringField("severityReason", gap.severityReason());
        json.writeStringField("title", gap.title());
        json.writeStringField("description", gap.description());
        json.writeBooleanField("customerFacing", gap.customerFacing());
        json.writeBooleanField("systemLane", gap.systemLane());
        json.writeFieldName("current");
        DiffReport.writeRefs(json, gap.current());
        json.writeFieldName("future");
        DiffReport.writeRefs(json, gap.future());
        json.writeObjectFieldStart("facts");
        for (Map.Entry<String, String> fact : gap.facts().entrySet()) {
            json.writeStringField(fact.getKey(), fact.getValue());
        }
        json.writeEndObject();
        json.writeStringField("status", gap.status().name());
        json.writeStringField("statusNote", gap.statusNote());
        json.writeEndObject();
    }
}
