package com.gapwise.importer;

import static com.gapwise.importer.SecureXmlReader.BPMN;

import com.gapwise.model.Annotation;
import com.gapwise.model.Bounds;
import com.gapwise.model.BpmnProcess;
import com.gapwise.model.DataAssociation;
import com.gapwise.model.DataElement;
import com.gapwise.model.DataKind;
import com.gapwise.model.ElementKind;
import com.gapwise.model.EventTrigger;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Labels;
import com.gapwise.model.Lane;
import com.gapwise.model.MessageFlow;
import com.gapwise.model.Pool;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;

/**
 * Builds the immutable {@link ProcessModel} from the parsed tree, repairing what a tolerant reader
 * can (missing, duplicate or malformed ids; dangling references) and recording each repair as a
 * warning. One instance per file.
 */
final class ModelAssembler {

    /** BPMN flow-node types that the process graph has no kind for: skipped with a warning. */
    private static final Set<String> UNSUPPORTED_FLOW_NODES = Set.of(
            "choreographyTask", "subChoreography", "callChoreography", "implicitThrowEvent");

    private static final List<String> TIMER_PARTS = List.of(
            BpmnModelConstants.BPMN_ELEMENT_TIME_DURATION, BpmnModelConstants.BPMN_ELEMENT_TIME_DATE,
            BpmnModelConstants.BPMN_ELEMENT_TIME_CYCLE);

    /** Flow-node kinds by element name; {@code ElementKind.fromXmlName} scans all kinds per call. */
    private static final Map<String, ElementKind> KINDS = new HashMap<>();

    static {
        for (ElementKind kind : ElementKind.values()) {
            KINDS.put(kind.xmlName(), kind);
        }
    }

    /** Elements other than flow nodes that flows, lanes or pools refer to by id. */
    private static final Set<String> REFERENCED = Set.of(
            BpmnModelConstants.BPMN_ELEMENT_PROCESS, BpmnModelConstants.BPMN_ELEMENT_PARTICIPANT,
            BpmnModelConstants.BPMN_ELEMENT_LANE, BpmnModelConstants.BPMN_ELEMENT_SEQUENCE_FLOW,
            BpmnModelConstants.BPMN_ELEMENT_MESSAGE_FLOW, BpmnModelConstants.BPMN_ELEMENT_DATA_OBJECT,
            BpmnModelConstants.BPMN_ELEMENT_DATA_OBJECT_REFERENCE, BpmnModelConstants.BPMN_ELEMENT_DATA_STORE,
            BpmnModelConstants.BPMN_ELEMENT_DATA_STORE_REFERENCE, BpmnModelConstants.BPMN_ELEMENT_TEXT_ANNOTATION);

    private final List<String> warnings;

    /** Every BPMN element by (repaired) id. */
    private final Map<String, XmlElement> byId = new HashMap<>();
    /** Repaired ids of elements whose id was changed; keyed by element identity. */
    private final Map<XmlElement, String> ids = new HashMap<>();
    /** For renamed duplicates: which occurrence of the written id they were (for DI lookup). */
    private final Map<String, Integer> duplicateIndex = new HashMap<>();
    private final Map<String, List<Bounds>> boundsByRef = new HashMap<>();

    private final List<BpmnProcess> processes = new ArrayList<>();
    private final List<Pool> pools = new ArrayList<>();
    private final List<Lane> lanes = new ArrayList<>();
    private final List<NodeDraft> nodes = new ArrayList<>();
    private final List<XmlElement> flows = new ArrayList<>();
    private final Map<XmlElement, String> flowProcess = new HashMap<>();
    private final List<MessageFlow> messageFlows = new ArrayList<>();
    private final List<DataElement> data = new ArrayList<>();
    private final List<DataAssociation> dataAssociations = new ArrayList<>();
    private final List<XmlElement> annotations = new ArrayList<>();
    private final List<XmlElement> associations = new ArrayList<>();
    private final Set<String> defaultFlowIds = new HashSet<>();
    /** Innermost lane of each listed node, with the lane's nesting depth. */
    private final Map<String, String> laneOfNode = new HashMap<>();
    private final Map<String, Integer> laneDepthOfNode = new HashMap<>();

    private ModelAssembler(List<String> warnings) {
        this.warnings = warnings;
    }

    static ProcessModel assemble(XmlElement definitions, List<String> warnings) {
        return new ModelAssembler(warnings).build(definitions);
    }

    /** A flow node while its lane is still unknown. */
    private record NodeDraft(String id, ElementKind kind, String name, String processId, String parentId,
            List<EventTrigger> triggers, String timer, String attachedToId, boolean interrupting,
            Map<String, String> properties, Bounds bounds) {

        FlowNode withLane(String laneId) {
            return new FlowNode(id, kind, name, processId, laneId, parentId, triggers, timer, attachedToId,
                    interrupting, properties, bounds);
        }
    }

    private ProcessModel build(XmlElement definitions) {
        indexIds(definitions, new HashMap<>());
        for (XmlElement child : definitions.children) {
            if (child.localName.equals(BpmnModelConstants.BPMNDI_ELEMENT_BPMN_DIAGRAM)) {
                readDiagram(child);
            }
        }
        for (XmlElement child : definitions.children) {
            if (!child.namespace.equals(BPMN)) {
                continue;
            }
            switch (child.localName) {
                case BpmnModelConstants.BPMN_ELEMENT_PROCESS -> readProcess(child);
                case BpmnModelConstants.BPMN_ELEMENT_COLLABORATION -> readCollaboration(child);
                case BpmnModelConstants.BPMN_ELEMENT_DATA_STORE ->
                        data.add(new DataElement(id(child), label(child), DataKind.DATA_STORE, null, null, bounds(child)));
                default -> {
                    // messages, signals, errors, item definitions, global tasks...: not part of the graph
                }
            }
        }
        Set<String> processIds = new HashSet<>();
        processes.forEach(p -> processIds.add(p.id()));
        List<Pool> checkedPools = new ArrayList<>(pools.size());
        for (Pool pool : pools) {
            if (pool.processId() != null && !processIds.contains(pool.processId())) {
                warn(byId.get(pool.id()), "participant '" + pool.id() + "' refers to unknown process '"
                        + pool.processId() + "': read as a black-box pool");
                checkedPools.add(new Pool(pool.id(), pool.name(), null, pool.bounds()));
            } else {
                checkedPools.add(pool);
            }
        }
        if (nodes.isEmpty()) {
            warnings.add("the file contains no flow nodes: the model is empty");
        }
        String exporter = joinNonBlank(definitions.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_EXPORTER),
                definitions.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_EXPORTER_VERSION));
        return new ProcessModel(nullToEmpty(definitions.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_ID)),
                label(definitions), exporter, processes, checkedPools, lanes, finishNodes(), finishFlows(),
                checkedMessageFlows(), data, dataAssociations, finishAnnotations(), warnings);
    }

    // --- ids -----------------------------------------------------------------------------------

    /**
     * Gives every BPMN element with an id a usable unique id: trims it, warns about ids that are not
     * valid XML names, and renames later duplicates ({@code X} becomes {@code X_2}) so that no element
     * is lost; references keep pointing at the first element with that id.
     */
    private void indexIds(XmlElement element, Map<String, Integer> seen) {
        if (element.namespace.equals(BPMN)) {
            String written = element.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_ID);
            if (written != null) {
                String id = written.strip();
                if (id.isEmpty()) {
                    warn(element, "empty id on <" + element.localName + ">");
                } else {
                    if (!isXmlName(id)) {
                        warn(element, "id '" + id + "' is not a valid XML id; kept as written");
                    }
                    int occurrence = seen.merge(id, 1, Integer::sum);
                    if (occurrence > 1) {
                        String renamed = uniqueId(id, occurrence);
                        XmlElement first = byId.get(id);
                        warn(element, "duplicate id '" + id + "'" + (first == null ? "" : " (first at line " + first.line + ")")
                                + " on <" + element.localName + ">: renamed to '" + renamed + "'");
                        duplicateIndex.put(renamed, occurrence - 1);
                        id = renamed;
                    }
                    byId.put(id, element);
                    if (!id.equals(written)) {
                        ids.put(element, id);
                    }
                }
            }
        }
        for (XmlElement child : element.children) {
            indexIds(child, seen);
        }
    }

    private String uniqueId(String id, int occurrence) {
        String candidate = id + "_" + occurrence;
        while (byId.containsKey(candidate)) {
            candidate = candidate + "_";
        }
        return candidate;
    }

    /** The element's repaired id; generates one (with a warning) when the file has none. */
    private String id(XmlElement element) {
        String repaired = ids.get(element);
        if (repaired != null) {
            return repaired;
        }
        String written = element.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_ID);
        if (written != null && !written.isBlank()) {
            return written;
        }
        String generated = "_" + element.localName + "_line" + element.line + "_col" + element.column;
        while (byId.containsKey(generated)) {
            generated = generated + "_";
        }
        if (KINDS.containsKey(element.localName) || REFERENCED.contains(element.localName)) {
            // ids are optional in the schema, but without one nothing can refer to these elements
            warn(element, "<" + element.localName + "> without id: using '" + generated + "'");
        }
        byId.put(generated, element);
        ids.put(element, generated);
        return generated;
    }

    private static boolean isXmlName(String id) {
        if (!(Character.isLetter(id.charAt(0)) || id.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** A reference as written (attribute or element text), trimmed; null when absent or blank. */
    private static String ref(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    // --- diagram -------------------------------------------------------------------------------

    /** Collects the bounds of every shape; namespaces are not checked because tools vary them. */
    private void readDiagram(XmlElement element) {
        if (element.localName.equals(BpmnModelConstants.BPMNDI_ELEMENT_BPMN_SHAPE)) {
            String ref = ref(element.attribute(BpmnModelConstants.BPMNDI_ATTRIBUTE_BPMN_ELEMENT));
            XmlElement box = null;
            for (XmlElement child : element.children) {
                if (child.localName.equals(BpmnModelConstants.DC_ELEMENT_BOUNDS)) {
                    box = child;
                    break;
                }
            }
            if (ref != null && box != null) {
                Bounds bounds = parseBounds(box);
                if (bounds != null) {
                    boundsByRef.computeIfAbsent(ref, k -> new ArrayList<>(1)).add(bounds);
                }
            }
            return;
        }
        for (XmlElement child : element.children) {
            readDiagram(child);
        }
    }

    private Bounds parseBounds(XmlElement box) {
        try {
            return new Bounds(number(box, "x"), number(box, "y"), number(box, "width"), number(box, "height"));
        } catch (NumberFormatException e) {
            warn(box, "unreadable diagram bounds ignored: " + e.getMessage());
            return null;
        }
    }

    private static double number(XmlElement box, String name) {
        String value = box.attribute(name);
        if (value == null) {
            throw new NumberFormatException("missing " + name);
        }
        return decimal(value.strip());
    }

    /** 10^0 .. 10^15, each exactly a double. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    /**
     * {@link Double#parseDouble}, with the coordinates tools write ("152", "-7.5", "1160.25") read directly: a
     * diagram has four per shape, and a one-shot diff would otherwise run the JDK's general decimal reader
     * interpreted and then compile it. At most 15 digits make an integer a double holds exactly, and dividing
     * it by an exact power of ten is one correctly rounded operation: the same double parseDouble returns.
     * Anything else (exponents, more digits, "1.", ".5", "NaN") goes to parseDouble.
     */
    static double decimal(String text) {
        int length = text.length();
        int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int digitsStart = i;
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = -1;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (fractionDigits >= 0) {
                    fractionDigits++;
                }
            } else if (c == '.' && fractionDigits < 0 && i > digitsStart) {
                fractionDigits = 0;
            } else {
                return Double.parseDouble(text);
            }
        }
        if (digits == 0 || digits > 15 || fractionDigits == 0) {
            return Double.parseDouble(text);
        }
        double value = fractionDigits > 0 ? mantissa / POWERS_OF_TEN[fractionDigits] : mantissa;
        return digitsStart == 1 ? -value : value;
    }

    /** The diagram bounds of an element; a renamed duplicate gets the shape in the same position. */
    private Bounds bounds(XmlElement element) {
        String id = id(element);
        Integer duplicate = duplicateIndex.get(id);
        String written = duplicate == null ? id : element.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_ID).strip();
        List<Bounds> shapes = boundsByRef.get(written);
        if (shapes == null) {
            return null;
        }
        int index = duplicate == null ? 0 : duplicate;
        return index < shapes.size() ? shapes.get(index) : null;
    }

    // --- collaboration -------------------------------------------------------------------------

    private void readCollaboration(XmlElement collaboration) {
        for (XmlElement child : collaboration.children) {
            if (!child.namespace.equals(BPMN)) {
                continue;
            }
            switch (child.localName) {
                case BpmnModelConstants.BPMN_ELEMENT_PARTICIPANT -> pools.add(new Pool(id(child), label(child),
                        ref(child.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_PROCESS_REF)), bounds(child)));
                case BpmnModelConstants.BPMN_ELEMENT_MESSAGE_FLOW -> messageFlows.add(new MessageFlow(id(child), label(child),
                        ref(child.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_SOURCE_REF)),
                        ref(child.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_TARGET_REF))));
                case BpmnModelConstants.BPMN_ELEMENT_TEXT_ANNOTATION -> annotations.add(child);
                case BpmnModelConstants.BPMN_ELEMENT_ASSOCIATION -> associations.add(child);
                default -> {
                    // conversations, correlation keys...: not part of the graph
                }
            }
        }
    }

    private List<MessageFlow> checkedMessageFlows() {
        for (MessageFlow flow : messageFlows) {
            checkRef(flow.id(), "message flow", "source", flow.sourceId());
            checkRef(flow.id(), "message flow", "target", flow.targetId());
        }
        return messageFlows;
    }

    // --- processes -----------------------------------------------------------------------------

    private void readProcess(XmlElement process) {
        String processId = id(process);
        processes.add(new BpmnProcess(processId, label(process),
                "true".equalsIgnoreCase(nullToEmpty(process.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_IS_EXECUTABLE)).strip())));
        readContainer(process, processId, null);
    }

    /** Reads the flow elements of a process or sub-process. */
    private void readContainer(XmlElement container, String processId, String parentId) {
        for (XmlElement child : container.children) {
            if (!child.namespace.equals(BPMN)) {
                continue;
            }
            ElementKind kind = KINDS.get(child.localName);
            if (kind != null) {
                readFlowNode(child, kind, processId, parentId);
                continue;
            }
            switch (child.localName) {
                case BpmnModelConstants.BPMN_ELEMENT_SEQUENCE_FLOW -> {
                    flows.add(child);
                    flowProcess.put(child, processId);
                }
                case BpmnModelConstants.BPMN_ELEMENT_LANE_SET -> readLaneSet(child, processId, null, 0);
                case BpmnModelConstants.BPMN_ELEMENT_DATA_OBJECT ->
                        data.add(new DataElement(id(child), label(child), DataKind.DATA_OBJECT, processId, null, bounds(child)));
                case BpmnModelConstants.BPMN_ELEMENT_DATA_OBJECT_REFERENCE -> data.add(new DataElement(id(child), label(child),
                        DataKind.DATA_OBJECT_REFERENCE, processId,
                        ref(child.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_DATA_OBJECT_REF)), bounds(child)));
                case BpmnModelConstants.BPMN_ELEMENT_DATA_STORE_REFERENCE -> data.add(new DataElement(id(child), label(child),
                        DataKind.DATA_STORE_REFERENCE, processId,
                        ref(child.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_DATA_STORE_REF)), bounds(child)));
                case BpmnModelConstants.BPMN_ELEMENT_IO_SPECIFICATION -> readIoSpecification(child, processId);
                case BpmnModelConstants.BPMN_ELEMENT_TEXT_ANNOTATION -> annotations.add(child);
                case BpmnModelConstants.BPMN_ELEMENT_ASSOCIATION -> associations.add(child);
                default -> {
                    if (UNSUPPORTED_FLOW_NODES.contains(child.localName)) {
                        warn(child, "<" + child.localName + "> is not supported and was skipped");
                    }
                }
            }
        }
    }

    private void readFlowNode(XmlElement element, ElementKind kind, String processId, String parentId) {
        String id = id(element);
        List<EventTrigger> triggers = new ArrayList<>(1);
        String timer = null;
        if (kind.isEvent()) {
            for (XmlElement child : element.children) {
                XmlElement definition = child;
                if (child.is(BPMN, BpmnModelConstants.BPMN_ELEMENT_EVENT_DEFINITION_REF)) {
                    definition = byId.get(ref(child.text));
                    if (definition == null) {
                        warn(child, "event definition '" + child.text + "' not found");
                        continue;
                    }
                } else if (!child.namespace.equals(BPMN)) {
                    continue;
                }
                EventTrigger trigger = EventTrigger.fromDefinitionName(definition.localName);
                if (trigger != null && !triggers.contains(trigger)) {
                    triggers.add(trigger);
                }
                if (trigger == EventTrigger.TIMER && timer == null) {
                    timer = timerExpression(definition);
                }
            }
        }
        String attachedTo = null;
        boolean interrupting = true;
        if (kind == ElementKind.BOUNDARY_EVENT) {
            attachedTo = ref(element.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_ATTACHED_TO_REF));
            if (attachedTo == null) {
                warn(element, "boundary event '" + id + "' has no attachedToRef");
            }
            interrupting = !"false".equalsIgnoreCase(
                    nullToEmpty(element.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_CANCEL_ACTIVITY)).strip());
        } else if (kind == ElementKind.START_EVENT) {
            interrupting = !"false".equalsIgnoreCase(
                    nullToEmpty(element.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_IS_INTERRUPTING)).strip());
        }
        String defaultFlow = ref(element.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_DEFAULT));
        if (defaultFlow != null) {
            defaultFlowIds.add(defaultFlow);
        }
        nodes.add(new NodeDraft(id, kind, label(element), processId, parentId, triggers, timer, attachedTo, interrupting,
                properties(element), bounds(element)));
        if (kind.isActivity()) {
            readActivityData(element, id, processId);
        }
        if (kind.isSubProcess()) {
            readContainer(element, processId, id);
        }
    }

    private static String timerExpression(XmlElement definition) {
        for (String part : TIMER_PARTS) {
            XmlElement expression = definition.child(BPMN, part);
            if (expression != null && !expression.text.isEmpty()) {
                return expression.text;
            }
        }
        return null;
    }

    /** Data input/output associations of an activity and the data inputs/outputs it declares. */
    private void readActivityData(XmlElement activity, String activityId, String processId) {
        for (XmlElement child : activity.children) {
            if (child.is(BPMN, BpmnModelConstants.BPMN_ELEMENT_DATA_INPUT_ASSOCIATION)) {
                for (String source : child.childTexts(BPMN, BpmnModelConstants.BPMN_ELEMENT_SOURCE_REF)) {
                    dataAssociations.add(new DataAssociation(id(child), activityId, source.strip(),
                            DataAssociation.Direction.INPUT));
                }
            } else if (child.is(BPMN, BpmnModelConstants.BPMN_ELEMENT_DATA_OUTPUT_ASSOCIATION)) {
                for (String target : child.childTexts(BPMN, BpmnModelConstants.BPMN_ELEMENT_TARGET_REF)) {
                    dataAssociations.add(new DataAssociation(id(child), activityId, target.strip(),
                            DataAssociation.Direction.OUTPUT));
                }
            } else if (child.is(BPMN, BpmnModelConstants.BPMN_ELEMENT_IO_SPECIFICATION)) {
                readIoSpecification(child, processId);
            }
        }
    }

    private void readIoSpecification(XmlElement specification, String processId) {
        for (XmlElement child : specification.children) {
            if (child.is(BPMN, BpmnModelConstants.BPMN_ELEMENT_DATA_INPUT)) {
                data.add(new DataElement(id(child), label(child), DataKind.DATA_INPUT, processId, null, bounds(child)));
            } else if (child.is(BPMN, BpmnModelConstants.BPMN_ELEMENT_DATA_OUTPUT)) {
                data.add(new DataElement(id(child), label(child), DataKind.DATA_OUTPUT, processId, null, bounds(child)));
            }
        }
    }

    // --- lanes ---------------------------------------------------------------------------------

    private void readLaneSet(XmlElement laneSet, String processId, String parentLaneId, int depth) {
        for (XmlElement lane : laneSet.children) {
            if (!lane.is(BPMN, BpmnModelConstants.BPMN_ELEMENT_LANE)) {
                continue;
            }
            String laneId = id(lane);
            List<String> members = new ArrayList<>();
            for (String member : lane.childTexts(BPMN, BpmnModelConstants.BPMN_ELEMENT_FLOW_NODE_REF)) {
                String nodeId = member.strip();
                members.add(nodeId);
                Integer known = laneDepthOfNode.get(nodeId);
                if (known == null || known <= depth) {
                    laneOfNode.put(nodeId, laneId);
                    laneDepthOfNode.put(nodeId, depth);
                }
            }
            lanes.add(new Lane(laneId, label(lane), processId, parentLaneId, members, bounds(lane)));
            for (XmlElement child : lane.children) {
                // childLaneSet is the standard name; some tools nest a plain laneSet
                if (child.is(BPMN, BpmnModelConstants.BPMN_ELEMENT_CHILD_LANE_SET)
                        || child.is(BPMN, BpmnModelConstants.BPMN_ELEMENT_LANE_SET)) {
                    readLaneSet(child, processId, laneId, depth + 1);
                }
            }
        }
    }

    /**
     * Final flow nodes with their innermost lane. A node no lane lists takes the lane of its enclosing
     * sub-process, and a boundary event the lane of the activity it is attached to.
     */
    private List<FlowNode> finishNodes() {
        Map<String, String> laneById = new HashMap<>(nodes.size() * 2);
        for (NodeDraft node : nodes) {
            // document order puts a sub-process before its content, so the parent is already resolved
            String lane = laneOfNode.get(node.id());
            if (lane == null && node.parentId() != null) {
                lane = laneById.get(node.parentId());
            }
            if (lane != null) {
                laneById.put(node.id(), lane);
            }
        }
        List<FlowNode> result = new ArrayList<>(nodes.size());
        for (NodeDraft node : nodes) {
            String lane = laneById.get(node.id());
            if (lane == null && node.attachedToId() != null) {
                lane = laneById.get(node.attachedToId());
            }
            result.add(node.withLane(lane));
        }
        for (Lane lane : lanes) {
            for (String member : lane.flowNodeIds()) {
                if (!byId.containsKey(member)) {
                    warn(byId.get(lane.id()), "lane '" + lane.id() + "' lists unknown flow node '" + member + "'");
                }
            }
        }
        return result;
    }

    // --- flows, annotations --------------------------------------------------------------------

    private List<SequenceFlow> finishFlows() {
        List<SequenceFlow> result = new ArrayList<>(flows.size());
        for (XmlElement flow : flows) {
            String id = id(flow);
            String source = ref(flow.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_SOURCE_REF));
            String target = ref(flow.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_TARGET_REF));
            checkRef(id, "sequence flow", "source", source);
            checkRef(id, "sequence flow", "target", target);
            XmlElement condition = flow.child(BPMN, BpmnModelConstants.BPMN_ELEMENT_CONDITION_EXPRESSION);
            String expression = condition == null || condition.text.isEmpty() ? null : condition.text;
            result.add(new SequenceFlow(id, label(flow), source, target, expression, defaultFlowIds.contains(id),
                    flowProcess.get(flow)));
        }
        return result;
    }

    private void checkRef(String ownerId, String what, String end, String ref) {
        if (ref == null) {
            warn(byId.get(ownerId), what + " '" + ownerId + "' has no " + end);
        } else if (!byId.containsKey(ref)) {
            warn(byId.get(ownerId), what + " '" + ownerId + "' refers to unknown " + end + " '" + ref + "'");
        }
    }

    private List<Annotation> finishAnnotations() {
        Map<String, List<String>> annotated = new LinkedHashMap<>();
        for (XmlElement annotation : annotations) {
            annotated.put(id(annotation), new ArrayList<>(1));
        }
        for (XmlElement association : associations) {
            String source = ref(association.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_SOURCE_REF));
            String target = ref(association.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_TARGET_REF));
            if (source == null || target == null) {
                continue;
            }
            if (annotated.containsKey(source)) {
                annotated.get(source).add(target);
            } else if (annotated.containsKey(target)) {
                annotated.get(target).add(source);
            }
        }
        List<Annotation> result = new ArrayList<>(annotations.size());
        for (XmlElement annotation : annotations) {
            XmlElement text = annotation.child(BPMN, BpmnModelConstants.BPMN_ELEMENT_TEXT);
            String id = id(annotation);
            result.add(new Annotation(id, text == null ? "" : Labels.collapse(text.text), annotated.get(id), bounds(annotation)));
        }
        return result;
    }

    // --- names and properties ------------------------------------------------------------------

    private static String label(XmlElement element) {
        return Labels.collapse(element.attribute(BpmnModelConstants.BPMN_ATTRIBUTE_NAME));
    }

    /**
     * Extension key/value pairs: vendor attributes on the element itself, name/value pairs in
     * {@code extensionElements} (camunda:property, Signavio metaKey/metaValue, zeebe headers and any
     * other element carrying such a pair), and simple text-only extension elements.
     */
    private static Map<String, String> properties(XmlElement element) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < element.attributeCount(); i++) {
            String ns = element.attributeNamespace(i);
            if (!ns.isEmpty() && !ns.equals(BPMN) && !ns.equals(BpmnModelConstants.XSI_NS)) {
                properties.putIfAbsent(element.attributeName(i), element.attributeValue(i));
            }
        }
        XmlElement extensions = element.child(BPMN, BpmnModelConstants.BPMN_ELEMENT_EXTENSION_ELEMENTS);
        if (extensions != null) {
            for (XmlElement child : extensions.children) {
                collectPairs(child, properties, 0);
            }
        }
        return properties;
    }

    private static void collectPairs(XmlElement element, Map<String, String> properties, int depth) {
        String key = firstAttribute(element, "name", "key", "metaKey");
        String value = firstAttribute(element, "value", "metaValue");
        if (key != null && value != null) {
            properties.putIfAbsent(key.strip(), value);
        } else if (key != null && element.children.isEmpty() && !element.text.isEmpty()) {
            properties.putIfAbsent(key.strip(), element.text);
        } else if (element.children.isEmpty() && element.attributeCount() == 0 && !element.text.isEmpty()) {
            properties.putIfAbsent(element.localName, element.text);
        }
        if (depth < 4) {
            for (XmlElement child : element.children) {
                collectPairs(child, properties, depth + 1);
            }
        }
    }

    private static String firstAttribute(XmlElement element, String... names) {
        for (String name : names) {
            String value = element.attribute(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    // --- helpers -------------------------------------------------------------------------------

    private void warn(XmlElement at, String message) {
        warnings.add(at == null ? message : "line " + at.line + ": " + message);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String joinNonBlank(String a, String b) {
        String first = nullToEmpty(a).strip();
        String second = nullToEmpty(b).strip();
        return first.isEmpty() ? second : second.isEmpty() ? first : first + " " + second;
    }
}
