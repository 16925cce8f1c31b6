package com.gapwise.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A BPMN document's ids, and the same document under other ids (what a tool or converter does on export): the id
 * attributes and every reference to them, in attributes ({@code sourceRef="a"}, {@code processRef="tns:p"}, lists
 * such as {@code dataInputRefs="a b"}) and in element text ({@code <incoming>f1</incoming>}). Names and other words
 * are left as they are, even where they read like an id ("Approver" in a lane of that id).
 */
public final class BpmnIds {

    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
    private static final Pattern TEXT = Pattern.compile(">\\s*([^<>\\s]+)\\s*</");
    /** Attributes whose values are words, not references. */
    private static final Set<String> NOT_REFERENCES = Set.of("name", "targetNamespace", "exporter", "exporterVersion",
            "expressionLanguage", "typeLanguage", "xsi:type", "processType", "isExecutable", "version", "value", "label");

    private BpmnIds() {
    }

    /** The document's ids, each once, in document order. */
    public static List<String> ids(String xml) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ID.matcher(xml);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return new ArrayList<>(ids);
    }

    /** The document with each id that {@code newIds} maps replaced, wherever it is an id or a reference to one. */
    public static String replace(String xml, Map<String, String> newIds) {
        Function<String, String> reference = token -> {
            String whole = newIds.get(token);
            if (whole != null) {
                return whole;
            }
            int colon = token.indexOf(':');
            String local = colon < 0 ? null : newIds.get(token.substring(colon + 1));
            return local == null ? token : token.substring(0, colon + 1) + local;
        };
        String attributesDone = replace(ATTRIBUTE, xml, m -> {
            String attribute = m.group(1);
            String local = attribute.substring(attribute.indexOf(':') + 1);
            if (NOT_REFERENCES.contains(attribute) || NOT_REFERENCES.contains(local) || attribute.startsWith("xmlns")) {
                return m.group();
            }
            List<String> tokens = new ArrayList<>();
            for (String token : m.group(2).split(" ", -1)) {
                tokens.add(reference.apply(token));
            }
            return attribute + "=\"" + String.join(" ", tokens) + "\"";
        });
        return replace(TEXT, attributesDone, m -> m.group().replace(m.group(1), reference.apply(m.group(1))));
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
