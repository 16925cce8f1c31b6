package com.gapwise.importer;

import com.gapwise.model.BpmnProcess;
import com.gapwise.model.ElementKind;
import com.gapwise.model.Labels;
import com.gapwise.model.ProcessModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a Petri net (PNML, the ISO/IEC 15909-2 interchange format of Petri-net tools; place/transition nets) as
 * the process it draws, the way process-matching work reads one: each transition is a step (a task with the
 * transition's id and label; an unnamed or silent transition does no work: between one place and the next it is
 * the flow from one to the other, where it only forks or joins the flow a parallel gateway), a place between one transition and
 * the next is a sequence flow, a place with several ways out a choice (exclusive gateway), several ways in a
 * merge, a transition with several output or input places a parallel split or join, and a place without input
 * (or marked) a start, one without output an end.
 */
final class PetriNetConversion {

    /** ProM marks a silent transition with this activity instead of leaving it unnamed. */
    private static final String PROM_INVISIBLE = "$invisible$";

    private final List<String> warnings;
    private final Set<String> ids = ConvertedProcess.ids();

    private PetriNetConversion(List<String> warnings) {
        this.warnings = warnings;
    }

    static ProcessModel convert(XmlElement pnml, List<String> warnings) {
        return new PetriNetConversion(warnings).read(pnml);
    }

    private record Node(String id, boolean transition, String name, boolean marked) {
    }

    /** A flow between two nodes of the reading, made once every node has its id (nodes keep theirs first). */
    private record Flow(String id, String sourceId, String targetId) {
    }

    private ProcessModel read(XmlElement pnml) {
        List<BpmnProcess> processes = new ArrayList<>();
        List<ConvertedProcess> graphs = new ArrayList<>();
        for (XmlElement net : pnml.children) {
            if (!net.localName.equals("net")) {
                continue;
            }
            String id = net.attribute("id") == null ? "net" + (processes.size() + 1) : net.attribute("id");
            ConvertedProcess graph = new ConvertedProcess(id, ids, warnings);
            processes.add(new BpmnProcess(id, name(net), false));
            graphs.add(graph);
            readNet(net, graph);
        }
        if (processes.isEmpty()) {
            warnings.add("line " + pnml.line + ": the PNML file holds no <net>");
        }
        String name = processes.size() == 1 ? processes.get(0).name() : "";
        return ConvertedProcess.model(Objects.toString(pnml.attribute("id"), ""), name, "PNML", processes, graphs, warnings);
    }

    private void readNet(XmlElement net, ConvertedProcess graph) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<XmlElement> arcs = new ArrayList<>();
        Map<String, List<String>> operators = new LinkedHashMap<>();
        collect(net, nodes, arcs, operators);
        Map<String, List<String>> in = new LinkedHashMap<>();
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, String> arcIds = new LinkedHashMap<>();
        for (Node n : nodes.values()) {
            in.put(n.id, new ArrayList<>());
            out.put(n.id, new ArrayList<>());
        }
        for (XmlElement arc : arcs) {
            String source = arc.attribute("source");
            String target = arc.attribute("target");
            Node from = source == null ? null : nodes.get(source);
            Node to = target == null ? null : nodes.get(target);
            if (from == null || to == null) {
                warnings.add("line " + arc.line + ": arc '" + arc.attribute("id") + "' refers to no place or transition of its net ("
                        + (from == null ? "source '" + source + "'" : "target '" + target + "'") + "): skipped");
            } else if (from.transition == to.transition) {
                warnings.add("line " + arc.line + ": arc '" + arc.attribute("id") + "' joins two "
                        + (from.transition ? "transitions" : "places") + ": skipped");
            } else if (!out.get(source).contains(target)) {
                out.get(source).add(target);
                in.get(target).add(source);
                arcIds.put(source + "\n" + target, arc.attribute("id"));
            }
        }
        Set<String> choiceIn = new HashSet<>();
        Set<String> choiceOut = new HashSet<>();
        for (List<String> copies : operators.values()) {
            if (copies.size() > 1) {
                foldOperator(copies, nodes, in, out, arcIds, choiceIn, choiceOut);
            }
        }
        // where each element's flow enters and leaves the BPMN reading: the element itself, or the gateway before
        // or after it; a place of one way in and one way out is no node at all, only the flow it stands for
        Map<String, String> entry = new LinkedHashMap<>();
        Map<String, String> exit = new LinkedHashMap<>();
        List<Flow> extraFlows = new ArrayList<>();
        for (Node n : nodes.values()) {
            int ins = in.get(n.id).size();
            int outs = out.get(n.id).size();
            if (n.transition && n.name.isEmpty() && (ins > 1 || outs > 1)) {
                // a silent transition that only forks or joins the flow does no work: a parallel gateway
                String join = ins > 1 && outs > 1 ? graph.node(n.id + "_join", ElementKind.PARALLEL_GATEWAY, "") : null;
                String gateway = graph.node(n.id, ElementKind.PARALLEL_GATEWAY, "");
                entry.put(n.id, join != null ? join : gateway);
                exit.put(n.id, gateway);
                if (join != null) {
                    extraFlows.add(new Flow(n.id + "_flow", join, gateway));
                }
                continue;
            }
            if (n.transition) {
                // a silent transition with one way in and one out does no work: the flow itself, as BPMN draws a skip
                String task = n.name.isEmpty() ? graph.passThrough(n.id, ElementKind.TASK) : graph.node(n.id, ElementKind.TASK, n.name);
                entry.put(n.id, ins > 1 ? graph.node(n.id + "_join", choiceIn.contains(n.id) ? ElementKind.EXCLUSIVE_GATEWAY
                        : ElementKind.PARALLEL_GATEWAY, "") : task);
                exit.put(n.id, outs > 1 ? graph.node(n.id + "_split", choiceOut.contains(n.id) ? ElementKind.EXCLUSIVE_GATEWAY
                        : ElementKind.PARALLEL_GATEWAY, "") : task);
                if (ins > 1) {
                    extraFlows.add(new Flow(n.id + "_join_flow", entry.get(n.id), task));
                }
                if (outs > 1) {
                    extraFlows.add(new Flow(n.id + "_split_flow", task, exit.get(n.id)));
                }
                continue;
            }
            boolean start = ins == 0 || n.marked;
            if (ins == 0) {
                String event = graph.node(n.id, ElementKind.START_EVENT, n.name);
                placeExits(graph, n, outs, event, entry, exit, extraFlows);
            } else if (outs == 0) {
                String end = graph.node(n.id, ElementKind.END_EVENT, n.name);
                entry.put(n.id, ins > 1 ? graph.node(n.id + "_join", ElementKind.EXCLUSIVE_GATEWAY, "") : end);
                if (ins > 1) {
                    extraFlows.add(new Flow(n.id + "_end_flow", entry.get(n.id), end));
                }
            } else if (ins == 1 && outs == 1 && !start) {
                continue;
            } else {
                // a merge, a choice or both; a marked place with inputs is a start that the flow comes back to
                String join = ins + (start ? 1 : 0) > 1 ? graph.node(outs > 1 ? n.id + "_join" : n.id, ElementKind.EXCLUSIVE_GATEWAY, "") : null;
                String split = outs > 1 ? graph.node(n.id, ElementKind.EXCLUSIVE_GATEWAY, "") : null;
                entry.put(n.id, join != null ? join : split);
                exit.put(n.id, split != null ? split : join);
                if (join != null && split != null) {
                    extraFlows.add(new Flow(n.id + "_flow", join, split));
                }
                if (start) {
                    String event = graph.node(n.id + "_start", ElementKind.START_EVENT, n.name);
                    extraFlows.add(new Flow(n.id + "_start_flow", event, entry.get(n.id)));
                }
            }
        }
        for (Flow f : extraFlows) {
            graph.flow(f.id, f.sourceId, f.targetId);
        }
        for (Node t : nodes.values()) {
            if (!t.transition) {
                continue;
            }
            for (String p : out.get(t.id)) {
                if (exit.containsKey(p) || entry.containsKey(p)) {
                    graph.flow(arcIds.get(t.id + "\n" + p), exit.get(t.id), entry.get(p));
                } else {
                    // a place between this transition and the next: the flow between them, named by the place
                    String next = out.get(p).get(0);
                    graph.flow(p, exit.get(t.id), entry.get(next));
                }
            }
            for (String p : in.get(t.id)) {
                if (exit.containsKey(p)) {
                    graph.flow(arcIds.get(p + "\n" + t.id), exit.get(p), entry.get(t.id));
                }
            }
        }
    }

    /** The ways out of a start place: straight on, or through a choice. */
    private static void placeExits(ConvertedProcess graph, Node place, int outs, String event, Map<String, String> entry,
            Map<String, String> exit, List<Flow> extraFlows) {
        entry.put(place.id, event);
        if (outs > 1) {
            String choice = graph.node(place.id + "_split", ElementKind.EXCLUSIVE_GATEWAY, "");
            extraFlows.add(new Flow(place.id + "_flow", event, choice));
            exit.put(place.id, choice);
        } else {
            exit.put(place.id, event);
        }
    }

    /**
     * WoPeD draws a step that ends in a choice (or starts after a merge) as one element, an XOR operator, and exports
     * it as one transition per way out or in ("t5_op_1", "t5_op_2"), each with the step's label. The copies are read
     * back as the one step the modeller drew, under the first copy's id: its ways in or out that differ from copy to
     * copy are a merge or a choice (exclusive gateways), those every copy shares stay parallel. Copies that differ in
     * ways of several places at once (a choice between parallel branches) are left as they are.
     */
    private static void foldOperator(List<String> copies, Map<String, Node> nodes, Map<String, List<String>> in,
            Map<String, List<String>> out, Map<String, String> arcIds, Set<String> choiceIn, Set<String> choiceOut) {
        boolean inAlternatives = !allEqual(copies, in);
        boolean outAlternatives = !allEqual(copies, out);
        for (String copy : copies) {
            if (inAlternatives && in.get(copy).size() != 1 || outAlternatives && out.get(copy).size() != 1) {
                return;
            }
        }
        String step = copies.get(0);
        for (String copy : copies.subList(1, copies.size())) {
            moveArcs(copy, step, in, out, arcIds, true);
            moveArcs(copy, step, out, in, arcIds, false);
            nodes.remove(copy);
            in.remove(copy);
            out.remove(copy);
        }
        if (inAlternatives) {
            choiceIn.add(step);
        }
        if (outAlternatives) {
            choiceOut.add(step);
        }
    }

    /**
     * Moves a copy's arcs on one side (its ways in, or out) to the step, each place once: {@code ways} is that side
     * of every node, {@code back} the other side, on which each place names the copy.
     */
    private static void moveArcs(String copy, String step, Map<String, List<String>> ways, Map<String, List<String>> back,
            Map<String, String> arcIds, boolean inbound) {
        for (String place : ways.get(copy)) {
            List<String> placeWays = back.get(place);
            placeWays.remove(copy);
            if (!placeWays.contains(step)) {
                placeWays.add(step);
                ways.get(step).add(place);
                arcIds.putIfAbsent(inbound ? place + "\n" + step : step + "\n" + place,
                        arcIds.get(inbound ? place + "\n" + copy : copy + "\n" + place));
            }
        }
    }

    private static boolean allEqual(List<String> copies, Map<String, List<String>> ways) {
        Set<String> first = new HashSet<>(ways.get(copies.get(0)));
        for (String copy : copies) {
            if (!new HashSet<>(ways.get(copy)).equals(first)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The net's places, transitions and arcs, on its pages and pages within pages too, and the transitions WoPeD
     * exported for each of its operators (see {@link #foldOperator}).
     */
    private void collect(XmlElement parent, Map<String, Node> nodes, List<XmlElement> arcs, Map<String, List<String>> operators) {
        for (XmlElement e : parent.children) {
            switch (e.localName) {
                case "page" -> collect(e, nodes, arcs, operators);
                case "place", "transition" -> {
                    String id = e.attribute("id");
                    if (id == null || id.isBlank() || nodes.containsKey(id)) {
                        warnings.add("line " + e.line + ": " + e.localName + (id == null || id.isBlank() ? " without an id"
                                : " id '" + id + "' used twice") + ": skipped");
                        continue;
                    }
                    boolean transition = e.localName.equals("transition");
                    String name = transition && silent(e) ? "" : name(e);
                    // "tau", "silent", "t12": what tools write on a silent transition in place of no name
                    name = transition && Labels.isPlaceholder(name) ? "" : name;
                    nodes.put(id, new Node(id, transition, name, !transition && marked(e)));
                    String operator = transition ? wopedOperator(e) : null;
                    if (operator != null) {
                        operators.computeIfAbsent(operator, k -> new ArrayList<>()).add(id);
                    }
                }
                case "arc" -> arcs.add(e);
                case "referencePlace", "referenceTransition" ->
                        warnings.add("line " + e.line + ": <" + e.localName + "> (a reference node) not read");
                default -> {
                    // graphics, tool-specific data, the net's name: nothing the process graph needs
                }
            }
        }
    }

    /** The text of an element's {@code <name>}, white space collapsed ("regis-↵tration" stays as drawn). */
    private static String name(XmlElement e) {
        XmlElement name = e.child("name");
        if (name == null) {
            return "";
        }
        XmlElement text = name.child("text");
        if (text == null) {
            text = name.child("value");
        }
        return Labels.collapse(text == null ? name.text : text.text);
    }

    private static boolean marked(XmlElement place) {
        XmlElement marking = place.child("initialMarking");
        if (marking == null) {
            return false;
        }
        XmlElement text = marking.child("text");
        String value = (text == null ? marking.text : text.text).strip();
        try {
            return !value.isEmpty() && Integer.parseInt(value) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The id of the WoPeD operator a transition was exported for, or null. */
    private static String wopedOperator(XmlElement transition) {
        for (XmlElement e : transition.children) {
            if (e.localName.equals("toolspecific") && "WoPeD".equals(e.attribute("tool"))) {
                XmlElement operator = e.child("operator");
                String id = operator == null ? null : operator.attribute("id");
                if (id != null && !id.isBlank()) {
                    return id;
                }
            }
        }
        return null;
    }

    private static boolean silent(XmlElement transition) {
        for (XmlElement e : transition.children) {
            if (e.localName.equals("toolspecific") && PROM_INVISIBLE.equals(e.attribute("activity"))) {
                return true;
            }
        }
        return false;
    }
}
