package com.gapwise.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.metrics.LaneClass;
import com.gapwise.portfolio.Application;
import com.gapwise.strategy.Capability;
import com.gapwise.strategy.RoadmapSettings;
import com.gapwise.strategy.ScoringModel;
import com.gapwise.strategy.StrategySettings;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The stored settings document ({@code {"scoring": ScoringModel, "roadmap": RoadmapSettings,
 * "applications": [Application], "laneClasses": {"lane or pool name": "CUSTOMER|HUMAN_ROLE|SYSTEM|CHANNEL"}}},
 * as the engine's records serialise) plus the goals, as the engine's settings value.
 */
@Component
class StrategySettingsCodec {

    private final ObjectMapper json;

    StrategySettingsCodec(ObjectMapper json) {
        this.json = json;
    }

    /** Parses and checks a settings document; refuses what the engine would refuse, with its reason. */
    StrategySettings settings(String document, List<Goal> goals) {
        JsonNode n = read(document);
        ScoringModel scoring;
        RoadmapSettings roadmap;
        List<Application> applications;
        Map<String, LaneClass> laneClasses = laneClasses(n.get("laneClasses"));
        try {
            scoring = n.hasNonNull("scoring") ? json.treeToValue(n.get("scoring"), ScoringModel.class) : null;
            roadmap = n.hasNonNull("roadmap") ? json.treeToValue(n.get("roadmap"), RoadmapSettings.class) : null;
            applications = n.hasNonNull("applications")
                    ? json.readerForListOf(Application.class).readValue(n.get("applications")) : List.of();
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidRequestException("settings refused: " + rootMessage(e));
        }
        applications.forEach(a -> checkCapabilities(a.capabilities()));
        return new StrategySettings(goals.stream().map(StrategySettingsCodec::goal).toList(), scoring, roadmap,
                applications, laneClasses);
    }

    /** The settings in force, defaults filled in, as a JSON document. */
    JsonNode effective(String document) {
        StrategySettings s = settings(document, List.of());
        com.fasterxml.jackson.databind.node.ObjectNode n = json.createObjectNode();
        n.set("scoring", json.valueToTree(s.scoring()));
        n.set("roadmap", json.valueToTree(s.roadmap()));
        n.set("applications", json.valueToTree(s.applications()));
        n.set("laneClasses", json.valueToTree(s.laneClasses()));
        return n;
    }

    /** The analyst's lane classes: names to class words, case-insensitive ("system" or "SYSTEM"). */
    private static Map<String, LaneClass> laneClasses(JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new InvalidRequestException("settings refused: laneClasses must be an object of lane name to class");
        }
        Map<String, LaneClass> classes = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String word = e.getValue().isTextual() ? e.getValue().asText().strip().toUpperCase(Locale.ROOT).replace(' ', '_') : "";
            try {
                if (e.getKey().isBlank()) {
                    throw new IllegalArgumentException();
                }
                classes.put(e.getKey().strip(), LaneClass.valueOf(word));
            } catch (IllegalArgumentException x) {
                throw new InvalidRequestException("settings refused: lane class of '" + e.getKey() + "' must be one of "
                        + java.util.Arrays.toString(LaneClass.values()) + ", not " + e.getValue());
            }
        }
        return classes;
    }

    static com.gapwise.strategy.Goal goal(Goal g) {
        List<Capability> capabilities = g.getCapabilities().stream()
                .map(c -> Capability.valueOf(c.toUpperCase(Locale.ROOT))).toList();
        return new com.gapwise.strategy.Goal("G" + g.getId(), g.getName(), g.getWeight(), g.getKeywords(), capabilities,
                g.getInitiativeKeys());
    }

    /**
     * Refuses two applications with one key, and capability names the engine does not know; for writes (settings
     * stored earlier are read as they are).
     */
    static void checkApplications(List<Application> applications) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Application a : applications) {
            if (!keys.add(a.key())) {
                throw new InvalidRequestException("settings refused: two applications have the key '" + a.key() + "'");
            }
            checkCapabilities(a.capabilities());
        }
    }

    /** Refuses capability names the engine does not know. */
    static void checkCapabilities(List<String> names) {
        if (names == null) {
            return;
        }
        for (String c : names) {
            try {
                Capability.valueOf(c.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("unknown capability '" + c + "'; known: "
                        + java.util.Arrays.toString(Capability.values()));
            }
        }
    }

    private JsonNode read(String document) {
        try {
            JsonNode n = json.readTree(document == null ? "{}" : document);
            if (!n.isObject()) {
                throw new InvalidRequestException("settings must be a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("settings are not JSON: " + e.getOriginalMessage());
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t instanceof JsonProcessingException j ? j.getOriginalMessage() : t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
