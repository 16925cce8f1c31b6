package com.gapwise.portfolio;

import com.gapwise.gaps.KeywordSet;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.Pool;
import com.gapwise.model.ProcessModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the tasks each application supports in the current and future models. A task links to an application
 * by hand ("processKey:elementId" in {@link Application#elements()}), by the extension property
 * {@value #PROPERTY} naming the application's key or name (several separated by commas or semicolons), or by
 * its lane: the innermost lane, an enclosing lane or its pool carries a name the application lists. One link
 * per application and task; the first way in that order is the one reported.
 */
public final class SupportResolver {

    /** The BPMN extension property read, e.g. {@code <camunda:property name="application" value="CRM"/>}. */
    public static final String PROPERTY = "application";

    private SupportResolver() {
    }

    /** Links per application key, in the applications' order; every application has an entry. */
    public static Map<String, List<SupportLink>> resolve(List<Application> applications,
                                                         List<PortfolioProcess> processes) {
        Map<String, List<SupportLink>> links = new LinkedHashMap<>();
        Map<String, List<Application>> byLane = new HashMap<>();
        Map<String, List<Application>> byPropertyValue = new HashMap<>();
        Set<String> hand = new java.util.HashSet<>();
        for (Application a : applications) {
            links.put(a.key(), new ArrayList<>());
            a.lanes().forEach(l -> byLane.computeIfAbsent(normal(l), k -> new ArrayList<>()).add(a));
            byPropertyValue.computeIfAbsent(normal(a.key()), k -> new ArrayList<>()).add(a);
            if (!normal(a.name()).equals(normal(a.key()))) {
                byPropertyValue.computeIfAbsent(normal(a.name()), k -> new ArrayList<>()).add(a);
            }
            a.elements().forEach(e -> hand.add(a.key() + "\u0000" + e));
        }
        for (PortfolioProcess process : processes) {
            for (boolean future : new boolean[] {false, true}) {
                ProcessModel model = future ? process.future() : process.current();
                if (model == null) {
                    continue;
                }
                Map<String, Lane> lanes = model.lanesById();
                Map<String, String> poolOfProcess = new HashMap<>();
                for (Pool pool : model.pools()) {
                    if (pool.processId() != null && pool.name() != null && !pool.name().isBlank()) {
                        poolOfProcess.putIfAbsent(pool.processId(), pool.name());
                    }
                }
                for (FlowNode node : model.nodes()) {
                    if (!node.kind().isTask()) {
                        continue;
                    }
                    List<String> laneNames = laneNames(node, lanes, poolOfProcess);
                    String lane = laneNames.isEmpty() ? null : laneNames.get(0);
                    Set<String> linked = new LinkedHashSet<>();
                    String element = process.processKey() + ":" + node.id();
                    for (Application a : applications) {
                        if (hand.contains(a.key() + "\u0000" + element) && linked.add(a.key())) {
                            links.get(a.key()).add(new SupportLink(process.processKey(), future, node.id(), node.name(),
                                    lane, SupportLink.Via.HAND, element));
                        }
                    }
                    String property = node.properties().get(PROPERTY);
                    if (property != null) {
                        for (String value : property.split("[,;]")) {
                            for (Application a : byPropertyValue.getOrDefault(normal(value), List.of())) {
                                if (linked.add(a.key())) {
                                    links.get(a.key()).add(new SupportLink(process.processKey(), future, node.id(),
                                            node.name(), lane, SupportLink.Via.PROPERTY, value.strip()));
                                }
                            }
                        }
                    }
                    for (String name : laneNames) {
                        for (Application a : byLane.getOrDefault(normal(name), List.of())) {
                            if (linked.add(a.key())) {
                                links.get(a.key()).add(new SupportLink(process.processKey(), future, node.id(),
                                        node.name(), lane, SupportLink.Via.LANE, name));
                            }
                        }
                    }
                }
            }
        }
        links.replaceAll((k, v) -> List.copyOf(v));
        return links;
    }

    /** Lane and pool names compare by their words, ignoring case and punctuation ("Back-office" = "back office"). */
    public static String normal(String name) {
        return KeywordSet.Text.of(name).padded().strip();
    }

    /** The innermost lane first, then the enclosing lanes, then the pool. */
    private static List<String> laneNames(FlowNode node, Map<String, Lane> lanes, Map<String, String> poolOfProcess) {
        List<String> names = new ArrayList<>(3);
        Lane lane = node.laneId() == null ? null : lanes.get(node.laneId());
        int guard = 0;
        while (lane != null && guard++ < 50) {
            if (!lane.name().isBlank()) {
                names.add(lane.name());
            }
            lane = lane.parentLaneId() == null ? null : lanes.get(lane.parentLaneId());
        }
        String pool = poolOfProcess.get(node.processId());
        if (pool != null) {
            names.add(pool);
        }
        return names;
    }
}
