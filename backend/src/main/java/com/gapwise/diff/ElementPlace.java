package com.gapwise.diff;

import com.gapwise.model.FlowNode;
import com.gapwise.model.MessageFlow;
import com.gapwise.model.ProcessModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where an element sits in its model, in words a reviewer can find on the diagram: "after 'Assess claim'",
 * "on 'Review complaint'", "from 'Customer' to 'Register order'". Most gateways, many boundary events and
 * message flows have no name, and "unnamed exclusive gateway" twice in one review tells the reader nothing.
 */
public final class ElementPlace {

    /** Names listed before "and N more": a join after five branches reads as a place, not a list. */
    private static final int NAMES_SHOWN = 2;

    private final Map<String, FlowNode> nodes = new HashMap<>();
    private final Map<String, String> otherNames = new HashMap<>();
    private final Map<String, MessageFlow> messageFlows = new HashMap<>();
    private final FlowGraph graph;

    private ElementPlace(ProcessModel model) {
        for (FlowNode node : model.nodes()) {
            nodes.put(node.id(), node);
        }
        model.pools().forEach(pool -> otherNames.put(pool.id(), pool.name()));
        model.messageFlows().forEach(flow -> messageFlows.put(flow.id(), flow));
        graph = FlowGraph.of(model);
    }

    /** The places of one model's elements. */
    public static ElementPlace in(ProcessModel model) {
        return new ElementPlace(model);
    }

    /**
     * The element's place: a boundary event by its activity, a message flow by its ends, any other flow node
     * by the nearest named nodes before it (looking through unnamed ones), or after it where nothing named
     * leads to it. Empty when the model says nothing more (a lane, an isolated node, an unknown id).
     */
    public String of(String id) {
        MessageFlow flow = messageFlows.get(id);
        if (flow != null) {
            String from = nameOf(flow.sourceId());
            String to = nameOf(flow.targetId());
            return from.isEmpty() || to.isEmpty() ? "" : "from " + quoted(from) + " to " + quoted(to);
        }
        FlowNode node = nodes.get(id);
        if (node == null) {
            return "";
        }
        if (node.attachedToId() != null && !nameOf(node.attachedToId()).isEmpty()) {
            return "on " + quoted(nameOf(node.attachedToId()));
        }
        String before = listed(graph.nearest(id, false, this::named));
        if (!before.isEmpty()) {
            return "after " + before;
        }
        String after = listed(graph.nearest(id, true, this::named));
        return after.isEmpty() ? "" : "before " + after;
    }

    private boolean named(String id) {
        FlowNode node = nodes.get(id);
        return node != null && !node.name().isBlank();
    }

    private String nameOf(String id) {
        FlowNode node = nodes.get(id);
        String name = node != null ? node.name() : otherNames.get(id);
        return name == null ? "" : name;
    }

    /** Sorted by name, so that the same model always reads the same; two steps of one name are one place. */
    private String listed(Set<String> ids) {
        Set<String> distinct = new TreeSet<>();
        for (String id : ids) {
            distinct.add(quoted(nameOf(id)));
        }
        List<String> names = new ArrayList<>(distinct);
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() <= NAMES_SHOWN) {
            return names.get(0) + " and " + names.get(1);
        }
        return String.join(", ", names.subList(0, NAMES_SHOWN)) + " and " + (names.size() - NAMES_SHOWN) + " more";
    }

    private static String quoted(String name) {
        return "'" + name + "'";
    }
}
