package com.gapwise.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The diff as a JSON document of named top-level sections, written in order: {@code matches},
 * {@code added}, {@code removed}, {@code changes}, then whatever later stages add ({@code gaps},
 * {@code metrics}, ...) through {@link #with}. Streams with Jackson's generator: no object tree.
 */
public final class DiffReport {

    /** Writes the value of one top-level section (an array or an object). */
    @FunctionalInterface
    public interface Section {
        void write(JsonGenerator json) throws IOException;
    }

    // the caller owns the writer: closing the generator must not close it
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final Map<String, Section> sections;

    private DiffReport(Map<String, Section> sections) {
        this.sections = sections;
    }

    public static DiffReport of(DiffResult diff) {
        Map<String, Section> sections = new LinkedHashMap<>();
        sections.put("matches", json -> writeMatches(json, diff.matches()));
        sections.put("added", json -> writeRefs(json, diff.added()));
        sections.put("removed", json -> writeRefs(json, diff.removed()));
        sections.put("changes", json -> writeChanges(json, diff.changes()));
        return new DiffReport(sections);
    }

    /** A report with one more top-level section (or a replaced one, keeping its place). */
    public DiffReport with(String name, Section section) {
        Map<String, Section> copy = new LinkedHashMap<>(sections);
        copy.put(name, section);
        return new DiffReport(copy);
    }

    public void writeJson(Writer out, boolean pretty) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            if (pretty) {
                json.useDefaultPrettyPrinter();
            }
            json.writeStartObject();
            for (Map.Entry<String, Section> e : sections.entrySet()) {
                json.writeFieldName(e.getKey());
                e.getValue().write(json);
            }
            json.writeEndObject();
        }
    }

    public String toJson() {
        StringWriter out = new StringWriter();
        try {
            writeJson(out, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One JSON value, compact, as a string (the form rows of derived data are stored in). */
    public static String toJson(Section value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            value.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeMatches(JsonGenerator json, List<Match> matches) throws IOException {
        // Scores are rounded to thousandths and take a few values; each is written as Jackson writes a double
        // (Double.toString), once: in a one-shot run 2 000 conversions cost about 4 ms of the main thread.
        Map<Double, String> scoreTexts = new HashMap<>();
        json.writeStartArray();
        for (Match m : matches) {
            json.writeStartObject();
            json.writeStringField("current", m.current());
            json.writeStringField("future", m.future());
            json.writeStringField("type", m.type());
            json.writeFieldName("score");
            writeScore(json, m.score(), scoreTexts);
            json.writeFieldName("reasons");
            writeStrings(json, m.reasons());
            if (m.manual()) {
                json.writeBooleanField("manual", true);
            }
            // the reviewer's cue, decided here once for the CLI, the API and the diff view
            if (m.madeOnWeakEvidence()) {
                json.writeBooleanField("toCheck", true);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** A score as Jackson writes a double, converted to text once per value. */
    private static void writeScore(JsonGenerator json, double score, Map<Double, String> texts) throws IOException {
        if (!Double.isFinite(score)) {
            json.writeNumber(score); // Jackson's own form for these (a quoted string)
            return;
        }
        String text = texts.get(score);
        if (text == null) {
            text = Double.toString(score);
            texts.put(score, text);
        }
        json.writeNumber(text);
    }

    /** Strings as a JSON array. */
    public static void writeStrings(JsonGenerator json, List<String> values) throws IOException {
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Element references as a JSON array of {@code {id, type, name, lane}}. */
    public static void writeRefs(JsonGenerator json, List<ElementRef> refs) throws IOException {
        json.writeStartArray();
        for (ElementRef r : refs) {
            json.writeStartObject();
            json.writeStringField("id", r.id());
            json.writeStringField("type", r.type());
            json.writeStringField("name", r.name());
            json.writeStringField("lane", r.lane());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeChanges(JsonGenerator json, List<Change> changes) throws IOException {
        json.writeStartArray();
        for (Change c : changes) {
            json.writeStartObject();
            json.writeStringField("type", c.type().name());
            json.writeStringField("inWords", c.type().inWords());
            json.writeStringField("current", c.current());
            json.writeStringField("future", c.future());
            json.writeStringField("elementType", c.elementType());
            json.writeStringField("name", c.name());
            json.writeStringField("lane", c.lane());
            json.writeStringField("before", c.before());
            json.writeStringField("after", c.after());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
