package com.gapwise.metrics;

import com.fasterxml.jackson.core.JsonGenerator;
import com.gapwise.model.EventTrigger;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The before/after service metrics as JSON, streamed with Jackson's generator in the shape Jackson's
 * data binding gives {@link MetricsComparison}: the diff document's {@code metrics} section. A one-shot
 * CLI run would otherwise spend more CPU setting up data binding than on computing the metrics.
 */
public final class MetricsJson {

    private MetricsJson() {
    }

    public static void write(JsonGenerator json, MetricsComparison comparison) throws IOException {
        json.writeStartObject();
        json.writeFieldName("current");
        write(json, comparison.current());
        json.writeFieldName("future");
        write(json, comparison.future());
        json.writeEndObject();
    }

    private static void write(JsonGenerator json, ServiceMetrics m) throws IOException {
        json.writeStartObject();
        json.writeNumberField("tasks", m.tasks());
        json.writeNumberField("manualTasks", m.manualTasks());
        json.writeNumberField("automatedTasks", m.automatedTasks());
        json.writeNumberField("handoffs", m.handoffs());
        json.writeNumberField("laneHandoffs", m.laneHandoffs());
        json.writeNumberField("poolHandoffs", m.poolHandoffs());
        json.writeNumberField("minHandoffsPerPath", m.minHandoffsPerPath());
        json.writeNumberField("maxHandoffsPerPath", m.maxHandoffsPerPath());
        json.writeNumberField("maxSystemsPerRole", m.maxSystemsPerRole());
        json.writeObjectFieldStart("systemsPerRole");
        for (Map.Entry<String, List<String>> role : m.systemsPerRole().entrySet()) {
            json.writeFieldName(role.getKey());
            writeStrings(json, role.getValue());
        }
        json.writeEndObject();
        json.writeFieldName("channels");
        writeStrings(json, m.channels());
        json.writeNumberField("customerFacingTasks", m.customerFacingTasks());
        json.writeNumberField("selfServiceTasks", m.selfServiceTasks());
        json.writeNumberField("selfServiceShare", m.selfServiceShare());
        json.writeNumberField("waitingPoints", m.waitingPoints());
        json.writeNumberField("slaTimers", m.slaTimers());
        json.writeArrayFieldStart("waitingPointDetails");
        for (WaitingPoint w : m.waitingPointDetails()) {
            write(json, w);
        }
        json.writeEndArray();
        json.writeNumberField("shortestPath", m.shortestPath());
        json.writeNumberField("longestPath", m.longestPath());
        json.writeNumberField("loops", m.loops());
        json.writeArrayFieldStart("processes");
        for (ProcessPaths p : m.processes()) {
            write(json, p);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("lanes");
        for (LaneMetrics lane : m.lanes()) {
            write(json, lane);
        }
        json.writeEndArray();
        json.writeFieldName("handoffFlowIds");
        writeStrings(json, m.handoffFlowIds());
        json.writeEndObject();
    }

    private static void write(JsonGenerator json, WaitingPoint w) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", w.id());
        json.writeStringField("name", w.name());
        json.writeStringField("element", w.element() == null ? null : w.element().name());
        json.writeArrayFieldStart("waitsFor");
        for (EventTrigger trigger : w.waitsFor()) {
            json.writeString(trigger.name());
        }
        json.writeEndArray();
        json.writeStringField("lane", w.lane());
        json.writeStringField("attachedTo", w.attachedTo());
        json.writeBooleanField("sla", w.sla());
        json.writeStringField("timer", w.timer());
        if (w.durationSeconds() == null) {
            json.writeNullField("durationSeconds");
        } else {
            json.writeNumberField("durationSeconds", w.durationSeconds());
        }
        json.writeStringField("duration", w.duration());
        json.writeStringField("durationSource", w.durationSource());
        json.writeEndObject();
    }

    private static void write(JsonGenerator json, ProcessPaths p) throws IOException {
        json.writeStartObject();
        json.writeStringField("processId", p.processId());
        json.writeStringField("name", p.name());
        json.writeNumberField("tasks", p.tasks());
        json.writeNumberField("shortestPath", p.shortestPath());
        json.writeNumberField("longestPath", p.longestPath());
        json.writeNumberField("minHandoffsPerPath", p.minHandoffsPerPath());
        json.writeNumberField("maxHandoffsPerPath", p.maxHandoffsPerPath());
        json.writeNumberField("loops", p.loops());
        json.writeFieldName("loopFlowIds");
        writeStrings(json, p.loopFlowIds());
        json.writeEndObject();
    }

    private static void write(JsonGenerator json, LaneMetrics lane) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", lane.id());
        json.writeStringField("name", lane.name());
        json.writeBooleanField("pool", lane.pool());
        json.writeStringField("laneClass", lane.laneClass() == null ? null : lane.laneClass().name());
        json.writeStringField("rule", lane.rule());
        json.writeNumberField("tasks", lane.tasks());
        json.writeNumberField("manualTasks", lane.manualTasks());
        json.writeNumberField("automatedTasks", lane.automatedTasks());
        json.writeNumberField("handoffsIn", lane.handoffsIn());
        json.writeNumberField("handoffsOut", lane.handoffsOut());
        json.writeFieldName("systems");
        writeStrings(json, lane.systems());
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, List<String> values) throws IOException {
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
