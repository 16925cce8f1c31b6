package com.gapwise.importer;

import com.gapwise.model.BpmnProcess;
import com.gapwise.model.DataAssociation;
import com.gapwise.model.DataKind;
import com.gapwise.model.ElementKind;
import com.gapwise.model.Labels;
import com.gapwise.model.ProcessModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads event-driven process chains (EPML, the interchange format of EPC tools) as the processes they draw:
 * a function is a task, a process interface a call activity, an event without a flow in a start, without a
 * flow out an end and otherwise an intermediate event (the state the function before it reached), the XOR,
 * AND and OR connectors exclusive, parallel and inclusive gateways, and control-flow arcs sequence flows; every
 * element keeps its id and name. An organisational unit (participant) related to functions is their lane, as the
 * method reads roles; an application system related to functions a data store they use (the systems a role works
 * with), an information object a data object they read or write.
 */
final class EpcConversion {

    private static final Map<String, ElementKind> CONNECTORS = Map.of(
            "xor", ElementKind.EXCLUSIVE_GATEWAY, "and", ElementKind.PARALLEL_GATEWAY, "or", ElementKind.INCLUSIVE_GATEWAY);

    private final List<String> warnings;
    private final List<BpmnProcess> processes = new ArrayList<>();
    private final List<ConvertedProcess> graphs = new ArrayList<>();
    private final Set<String> ids = ConvertedProcess.ids();

    private EpcConversion(List<String> warnings) {
        this.warnings = warnings;
    }

    static ProcessModel convert(XmlElement epml, List<String> warnings) {
        return new EpcConversion(warnings).read(epml);
    }

    private ProcessModel read(XmlElement epml) {
        collect(epml);
        if (processes.isEmpty()) {
            warnings.add("line " + epml.line + ": the EPML file holds no <epc>");
        }
        String name = processes.size() == 1 ? processes.get(0).name() : "";
        return ConvertedProcess.model("", name, "EPML", processes, graphs, warnings);
    }

    /** The EPCs of the file, in directories and directories within directories too. */
    private void collect(XmlElement parent) {
        for (XmlElement e : parent.children) {
            if (e.localName.equals("directory")) {
                collect(e);
            } else if (e.localName.equals("epc")) {
                readEpc(e);
            }
        }
    }

    private void readEpc(XmlElement epc) {
        String id = firstNonBlank(epc.attribute("epcId"), epc.attribute("EpcId"), epc.attribute("id"));
        String processId = id == null ? "epc" + (processes.size() + 1) : "epc" + id;
        String name = firstNonBlank(epc.attribute("name"), epc.attribute("Name"));
        ConvertedProcess graph = new ConvertedProcess(processId, ids, warnings);
        processes.add(new BpmnProcess(processId, name == null ? "" : Labels.collapse(name), false));
        graphs.add(graph);
        Map<String, XmlElement> elements = new LinkedHashMap<>();
        List<XmlElement> flows = new ArrayList<>();
        List<XmlElement> relations = new ArrayList<>();
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, XmlElement> systemsAndData = new LinkedHashMap<>();
        for (XmlElement e : epc.children) {
            switch (e.localName) {
                case "event", "function", "processInterface", "xor", "and", "or" -> {
                    String elementId = e.attribute("id");
                    if (elementId == null || elementId.isBlank() || elements.containsKey(elementId)) {
                        warnings.add("line " + e.line + ": <" + e.localName + "> " + (elementId == null || elementId.isBlank()
                                ? "without an id" : "id '" + elementId + "' used twice") + ": skipped");
                    } else {
                        elements.put(elementId, e);
                    }
                }
                case "arc" -> {
                    if (e.child("flow") != null) {
                        flows.add(e);
                    } else if (e.child("relation") != null) {
                        relations.add(e.child("relation"));
                    }
                }
                case "participant" -> {
                    String unitId = e.attribute("id");
                    if (unitId != null && !unitId.isBlank()) {
                        units.put(unitId, name(e));
                    }
                }
                case "application", "dataField", "object" -> {
                    String dataId = e.attribute("id");
                    if (dataId != null && !dataId.isBlank()) {
                        systemsAndData.put(dataId, e);
                    }
                }
                default -> {
                    // graphics, ranges, tool data: not read
                }
            }
        }
        Map<String, Integer> ins = new HashMap<>();
        Map<String, Integer> outs = new HashMap<>();
        List<XmlElement> kept = new ArrayList<>();
        for (XmlElement arc : flows) {
            XmlElement flow = arc.child("flow");
            String source = flow.attribute("source");
            String target = flow.attribute("target");
            if (source == null || target == null || !elements.containsKey(source) || !elements.containsKey(target)) {
                warnings.add("line " + flow.line + ": control-flow arc from '" + source + "' to '" + target
                        + "' refers to no event, function or connector of its EPC: skipped");
                continue;
            }
            kept.add(arc);
            outs.merge(source, 1, Integer::sum);
            ins.merge(target, 1, Integer::sum);
        }
        Map<String, String> nodeIds = new HashMap<>();
        for (Map.Entry<String, XmlElement> entry : elements.entrySet()) {
            XmlElement e = entry.getValue();
            String elementId = entry.getKey();
            ElementKind kind = switch (e.localName) {
                case "function" -> ElementKind.TASK;
                case "processInterface" -> ElementKind.CALL_ACTIVITY;
                case "event" -> !ins.containsKey(elementId) ? ElementKind.START_EVENT
                        : !outs.containsKey(elementId) ? ElementKind.END_EVENT : ElementKind.INTERMEDIATE_THROW_EVENT;
                default -> CONNECTORS.get(e.localName);
            };
            nodeIds.put(elementId, graph.node(elementId, kind, name(e)));
        }
        readUnits(units, relations, elements, nodeIds, graph);
        readData(systemsAndData, relations, elements, nodeIds, graph);
        for (XmlElement arc : kept) {
            XmlElement flow = arc.child("flow");
            String source = flow.attribute("source");
            String target = flow.attribute("target");
            String arcId = arc.attribute("id");
            graph.flow(arcId != null ? arcId : "flow_" + source + "_" + target, nodeIds.get(source), nodeIds.get(target));
        }
    }

    /**
     * The organisational units that carry out functions, as lanes: each unit related to at least one function (a
     * relation arc, either way round) holds those functions; a function related to several units stays in the first.
     */
    private void readUnits(Map<String, String> units, List<XmlElement> relations, Map<String, XmlElement> elements,
            Map<String, String> nodeIds, ConvertedProcess graph) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        units.keySet().forEach(unit -> members.put(unit, new ArrayList<>()));
        Map<String, String> unitOf = new HashMap<>();
        for (XmlElement relation : relations) {
            String source = relation.attribute("source");
            String target = relation.attribute("target");
            String unit = units.containsKey(source) ? source : units.containsKey(target) ? target : null;
            String function = unit == null ? null : unit.equals(source) ? target : source;
            XmlElement step = function == null ? null : elements.get(function);
            if (step == null || !step.localName.equals("function") && !step.localName.equals("processInterface")) {
                continue;
            }
            String first = unitOf.putIfAbsent(function, unit);
            if (first == null) {
                members.get(unit).add(nodeIds.get(function));
            } else if (!first.equals(unit)) {
                warnings.add("line " + relation.line + ": function '" + function + "' is related to more than one organisational"
                        + " unit: read in the lane of the first, '" + units.get(first) + "'");
            }
        }
        for (Map.Entry<String, List<String>> unit : members.entrySet()) {
            if (!unit.getValue().isEmpty()) {
                graph.lane(unit.getKey(), units.get(unit.getKey()), unit.getValue());
            }
        }
    }

    /**
     * The application systems and information objects related to functions, as the data stores and data objects they
     * use: a system is a store (as the method counts the systems a role works with), data an object. Related towards
     * the function it is read, away from it written, unless the relation or the object says which ({@code type}
     * "input" or "output").
     */
    private static void readData(Map<String, XmlElement> systemsAndData, List<XmlElement> relations, Map<String, XmlElement> elements,
            Map<String, String> nodeIds, ConvertedProcess graph) {
        Map<String, String> dataIds = new HashMap<>();
        for (XmlElement relation : relations) {
            String source = relation.attribute("source");
            String target = relation.attribute("target");
            boolean towardsStep = systemsAndData.containsKey(source);
            String used = towardsStep ? source : systemsAndData.containsKey(target) ? target : null;
            String step = used == null ? null : towardsStep ? target : source;
            XmlElement element = step == null ? null : elements.get(step);
            if (element == null || !element.localName.equals("function") && !element.localName.equals("processInterface")) {
                continue;
            }
            XmlElement data = systemsAndData.get(used);
            String dataId = dataIds.computeIfAbsent(used, k -> graph.data(k, name(data),
                    data.localName.equals("application") ? DataKind.DATA_STORE : DataKind.DATA_OBJECT));
            String type = Objects.toString(relation.attribute("type"), Objects.toString(data.attribute("type"), ""));
            DataAssociation.Direction direction = type.equalsIgnoreCase("output") ? DataAssociation.Direction.OUTPUT
                    : type.equalsIgnoreCase("input") || towardsStep ? DataAssociation.Direction.INPUT
                    : DataAssociation.Direction.OUTPUT;
            graph.association("association_" + source + "_" + target, nodeIds.get(step), dataId, direction);
        }
    }

    private static String name(XmlElement e) {
        XmlElement name = e.child("name");
        return Labels.collapse(name == null ? firstNonBlank(e.attribute("name"), "") : name.text);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
