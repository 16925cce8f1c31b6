package com.gapwise.report;

import com.gapwise.model.Annotation;
import com.gapwise.model.Bounds;
import com.gapwise.model.DataElement;
import com.gapwise.model.ElementKind;
import com.gapwise.model.EventTrigger;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.MessageFlow;
import com.gapwise.model.Pool;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a process model as SVG from its diagram data (BPMN DI bounds), with the diff's highlights.
 * Plain Java and deterministic, so the web report, the PDF and the CLI draw the same picture. Edges
 * are routed from the shapes (elbows between their sides) because the model keeps no waypoints.
 */
public final class DiagramRenderer {

    static final String FONT = "DejaVu Sans, Helvetica, Arial, sans-serif";
    private static final double MARGIN = 12;
    private static final double CHAR_WIDTH = 6.1;
    private static final double LINE_HEIGHT = 12.5;
    private static final String INK = "#222222";
    private static final String LANE_INK = "#666666";

    private DiagramRenderer() {
    }

    /**
     * The SVG of a model, or null when nothing in it has diagram bounds.
     *
     * @param marks    highlights by element id
     * @param idPrefix makes the element ids of this drawing unique in a document holding several
     * @param maxWidth the widest the drawing may be shown, in CSS pixels (it is scaled down to fit)
     */
    public static String svg(ProcessModel model, Map<String, Mark> marks, String idPrefix, double maxWidth) {
        return svg(model, marks, idPrefix, maxWidth, Double.MAX_VALUE);
    }

    /** As {@link #svg(ProcessModel, Map, String, double)}, also scaled down to fit {@code maxHeight}. */
    public static String svg(ProcessModel model, Map<String, Mark> marks, String idPrefix, double maxWidth,
                             double maxHeight) {
        double[] box = extent(model);
        if (box == null) {
            return null;
        }
        double x0 = box[0] - MARGIN;
        double y0 = box[1] - MARGIN;
        double w = box[2] - box[0] + 2 * MARGIN;
        double h = box[3] - box[1] + 2 * MARGIN;
        double scale = Math.min(1, Math.min(maxWidth / w, maxHeight / h));
        Markup svg = new Markup();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "bpmn-diagram",
                "width", w * scale, "height", h * scale,
                "viewBox", Markup.number(x0) + " " + Markup.number(y0) + " " + Markup.number(w) + " " + Markup.number(h),
                "font-family", FONT, "font-size", "11");
        Map<String, Bounds> shapes = new HashMap<>();
        model.pools().forEach(p -> put(shapes, p.id(), p.bounds()));
        model.nodes().forEach(n -> put(shapes, n.id(), n.bounds()));
        for (Pool p : model.pools()) {
            if (p.bounds() != null) {
                container(svg, idPrefix, p.id(), p.name(), p.bounds(), marks.get(p.id()), "pool", "#fbfbfb");
            }
        }
        for (Lane l : model.lanes()) {
            if (l.bounds() != null) {
                container(svg, idPrefix, l.id(), l.name(), l.bounds(), marks.get(l.id()), "lane", "none");
            }
        }
        for (SequenceFlow f : model.sequenceFlows()) {
            Bounds s = shapes.get(f.sourceId());
            Bounds t = shapes.get(f.targetId());
            if (s != null && t != null) {
                sequenceFlow(svg, idPrefix, f, s, t, marks.get(f.id()));
            }
        }
        Map<String, DataElement> data = new HashMap<>();
        model.data().forEach(d -> data.put(d.id(), d));
        model.dataAssociations().forEach(a -> {
            Bounds n = shapes.get(a.nodeId());
            DataElement d = data.get(a.dataId());
            if (n != null && d != null && d.bounds() != null) {
                boolean out = a.direction() == com.gapwise.model.DataAssociation.Direction.OUTPUT;
                line(svg, out ? n : d.bounds(), out ? d.bounds() : n, "#888888", "2 3", 1);
            }
        });
        // a drawing of a data store or object shows the mark of the thing it draws (the diff compares things)
        Map<String, String> entities = model.dataEntities();
        for (DataElement d : model.data()) {
            if (d.bounds() != null) {
                Mark mark = marks.get(d.id());
                dataElement(svg, idPrefix, d, mark != null ? mark : marks.get(entities.get(d.id())));
            }
        }
        for (FlowNode n : model.nodes()) {
            if (n.bounds() != null) {
                node(svg, idPrefix, n, marks.get(n.id()));
            }
        }
        for (Annotation a : model.annotations()) {
            if (a.bounds() != null) {
                annotation(svg, a);
            }
        }
        for (MessageFlow m : model.messageFlows()) {
            Bounds s = shapes.get(m.sourceId());
            Bounds t = shapes.get(m.targetId());
            if (s != null && t != null) {
                messageFlow(svg, idPrefix, m, s, t, marks.get(m.id()));
            }
        }
        return svg.close().toString();
    }

    /** The legend of the highlight marks, as a small SVG strip. */
    public static String legend() {
        Markup svg = new Markup();
        Mark[] marks = Mark.values();
        double width = 600;
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "legend", "width", width, "height", 24.0,
                "viewBox", "0 0 " + Markup.number(width) + " 24", "font-family", FONT, "font-size", "10");
        double x = 2;
        for (Mark m : marks) {
            svg.empty("rect", "x", x, "y", 4.0, "width", 22.0, "height", 16.0, "rx", 4.0, "fill", tint(m),
                    "stroke", m.colour(), "stroke-width", 2.0);
            badge(svg, x + 22, 4, m);
            String label = switch (m) {
                case ADDED -> "added";
                case REMOVED -> "removed";
                case AUTOMATED -> "automated";
                case MOVED_LANE -> "moved lane";
                case CHANGED -> "changed";
            };
            svg.element("text", label, "x", x + 42, "y", 16.0, "fill", INK);
            x += 42 + label.length() * 6.2 + 22;
        }
        return svg.close().toString();
    }

    private static void put(Map<String, Bounds> shapes, String id, Bounds b) {
        if (b != null) {
            shapes.put(id, b);
        }
    }

    /** min x, min y, max x, max y over everything drawn, or null. */
    private static double[] extent(ProcessModel model) {
        List<Bounds> all = new ArrayList<>();
        model.pools().forEach(p -> all.add(p.bounds()));
        model.lanes().forEach(l -> all.add(l.bounds()));
        model.nodes().forEach(n -> all.add(labelled(n)));
        model.data().forEach(d -> all.add(d.bounds() == null ? null
                : new Bounds(d.bounds().x() - 20, d.bounds().y(), d.bounds().width() + 40, d.bounds().height() + 30)));
        model.annotations().forEach(a -> all.add(a.bounds()));
        double[] box = null;
        for (Bounds b : all) {
            if (b == null) {
                continue;
            }
            if (box == null) {
                box = new double[] {b.x(), b.y(), b.x() + b.width(), b.y() + b.height()};
            } else {
                box[0] = Math.min(box[0], b.x());
                box[1] = Math.min(box[1], b.y());
                box[2] = Math.max(box[2], b.x() + b.width());
                box[3] = Math.max(box[3], b.y() + b.height());
            }
        }
        return box;
    }

    /** Events and gateways carry their label below: count it in the extent. */
    private static Bounds labelled(FlowNode n) {
        Bounds b = n.bounds();
        if (b == null || n.kind().isActivity() || n.name().isEmpty()) {
            return b;
        }
        double w = Math.max(b.width(), 100);
        return new Bounds(b.centerX() - w / 2, b.y(), w, b.height() + 34);
    }

    private static void container(Markup svg, String prefix, String id, String name, Bounds b, Mark mark, String type,
                                  String fill) {
        svg.open("g", "id", prefix + "-" + id, "data-bpmn-id", id, "class", type + (mark == null ? "" : " " + mark.cssClass()));
        svg.empty("rect", "x", b.x(), "y", b.y(), "width", b.width(), "height", b.height(),
                // a highlighted pool or lane gets a coloured frame, not a fill: the shapes inside carry their own
                "fill", fill, "stroke", mark == null ? LANE_INK : mark.colour(),
                "stroke-width", mark == null ? 1.0 : 3.0);
        double band = Math.min(30, b.width());
        svg.empty("line", "x1", b.x() + band, "y1", b.y(), "x2", b.x() + band, "y2", b.y() + b.height(),
                "stroke", LANE_INK, "stroke-width", 0.6);
        double cx = b.x() + band / 2 + 4;
        double cy = b.centerY();
        int room = (int) Math.max(4, (b.height() - 10) / CHAR_WIDTH);
        svg.element("text", fit(name, room), "x", cx, "y", cy, "text-anchor", "middle", "fill", INK,
                "font-weight", "pool".equals(type) ? "bold" : null,
                "transform", "rotate(-90 " + Markup.number(cx) + " " + Markup.number(cy) + ")");
        if (mark != null) {
            badge(svg, b.x() + b.width() - 10, b.y() + 2, mark);
        }
        svg.close();
    }

    private static void node(Markup svg, String prefix, FlowNode n, Mark mark) {
        ElementKind k = n.kind();
        svg.open("g", "id", prefix + "-" + n.id(), "data-bpmn-id", n.id(),
                "class", (k.isActivity() ? "activity" : k.isEvent() ? "event" : "gateway") + " " + k.xmlName()
                        + (mark == null ? "" : " " + mark.cssClass()));
        svg.element("title", k.label() + (n.name().isEmpty() ? "" : ": " + n.name()));
        String stroke = mark == null ? INK : mark.colour();
        String fill = mark == null ? "#ffffff" : tint(mark);
        double sw = mark == null ? 1.3 : 2.6;
        Bounds b = n.bounds();
        if (k.isActivity()) {
            activity(svg, n, b, stroke, fill, sw);
        } else if (k.isEvent()) {
            event(svg, n, b, stroke, fill, sw);
        } else {
            gateway(svg, n, b, stroke, fill, sw);
        }
        if (mark != null) {
            badge(svg, b.x() + b.width() - 6, b.y() - 8, mark);
        }
        svg.close();
    }

    private static void activity(Markup svg, FlowNode n, Bounds b, String stroke, String fill, double sw) {
        ElementKind k = n.kind();
        svg.empty("rect", "x", b.x(), "y", b.y(), "width", b.width(), "height", b.height(), "rx", 8.0,
                "fill", fill, "stroke", stroke, "stroke-width", k == ElementKind.CALL_ACTIVITY ? sw + 2 : sw);
        if (k == ElementKind.TRANSACTION) {
            svg.empty("rect", "x", b.x() + 3, "y", b.y() + 3, "width", b.width() - 6, "height", b.height() - 6,
                    "rx", 6.0, "fill", "none", "stroke", stroke, "stroke-width", 0.8);
        }
        String marker = switch (k) {
            case USER_TASK -> "user";
            case MANUAL_TASK -> "manual";
            case SERVICE_TASK -> "service";
            case SCRIPT_TASK -> "script";
            case BUSINESS_RULE_TASK -> "rule";
            case SEND_TASK -> "send";
            case RECEIVE_TASK -> "receive";
            case CALL_ACTIVITY -> "call";
            default -> null;
        };
        double top = b.y() + 4;
        if (marker != null) {
            svg.element("text", marker, "x", b.x() + 5, "y", b.y() + 11, "font-size", "7.5", "fill", "#555555",
                    "font-style", "italic", "class", "type-marker");
            top = b.y() + 12;
        }
        if (k.isSubProcess() || k == ElementKind.CALL_ACTIVITY) {
            double cx = b.centerX();
            double by = b.y() + b.height() - 14;
            svg.empty("rect", "x", cx - 6, "y", by, "width", 12.0, "height", 12.0, "fill", "none", "stroke", stroke,
                    "stroke-width", 1.0);
            svg.empty("path", "d", "M" + Markup.number(cx - 4) + " " + Markup.number(by + 6) + "h8M"
                    + Markup.number(cx) + " " + Markup.number(by + 2) + "v8", "stroke", stroke, "stroke-width", 1.0);
        }
        int perLine = (int) Math.max(4, (b.width() - 8) / CHAR_WIDTH);
        int maxLines = (int) Math.max(1, (b.y() + b.height() - top - 4) / LINE_HEIGHT);
        List<String> lines = wrap(n.name(), perLine, maxLines);
        double first = top + (b.y() + b.height() - top) / 2 - (lines.size() - 1) * LINE_HEIGHT / 2 + 3.5;
        label(svg, lines, b.centerX(), first);
    }

    private static void event(Markup svg, FlowNode n, Bounds b, String stroke, String fill, double sw) {
        ElementKind k = n.kind();
        double cx = b.centerX();
        double cy = b.centerY();
        double r = Math.min(b.width(), b.height()) / 2;
        String dash = !n.interrupting() && (k == ElementKind.BOUNDARY_EVENT || k == ElementKind.START_EVENT) ? "4 2" : null;
        double width = k == ElementKind.END_EVENT ? sw + 2.4 : sw;
        svg.empty("circle", "cx", cx, "cy", cy, "r", r, "fill", fill, "stroke", stroke, "stroke-width", width,
                "stroke-dasharray", dash);
        boolean intermediate = k == ElementKind.INTERMEDIATE_CATCH_EVENT || k == ElementKind.INTERMEDIATE_THROW_EVENT
                || k == ElementKind.BOUNDARY_EVENT;
        if (intermediate) {
            svg.empty("circle", "cx", cx, "cy", cy, "r", r - 3, "fill", "none", "stroke", stroke, "stroke-width", 1.0,
                    "stroke-dasharray", dash);
        }
        double g = r * 0.55;
        if (n.hasTrigger(EventTrigger.TIMER)) {
            svg.empty("circle", "cx", cx, "cy", cy, "r", g, "fill", "#ffffff", "stroke", stroke, "stroke-width", 1.0,
                    "class", "timer");
            svg.empty("path", "d", "M" + Markup.number(cx) + " " + Markup.number(cy - g * 0.8) + "V" + Markup.number(cy)
                    + "L" + Markup.number(cx + g * 0.6) + " " + Markup.number(cy + g * 0.3), "fill", "none",
                    "stroke", stroke, "stroke-width", 1.0);
        } else if (n.hasTrigger(EventTrigger.MESSAGE)) {
            boolean filled = k == ElementKind.INTERMEDIATE_THROW_EVENT || k == ElementKind.END_EVENT;
            svg.empty("rect", "x", cx - g, "y", cy - g * 0.65, "width", 2 * g, "height", 1.3 * g,
                    "fill", filled ? stroke : "#ffffff", "stroke", stroke, "stroke-width", 1.0);
            svg.empty("path", "d", "M" + Markup.number(cx - g) + " " + Markup.number(cy - g * 0.65) + "L"
                    + Markup.number(cx) + " " + Markup.number(cy + g * 0.1) + "L" + Markup.number(cx + g) + " "
                    + Markup.number(cy - g * 0.65), "fill", "none", "stroke", filled ? "#ffffff" : stroke,
                    "stroke-width", 1.0);
        } else if (n.hasTrigger(EventTrigger.TERMINATE)) {
            svg.empty("circle", "cx", cx, "cy", cy, "r", g, "fill", stroke);
        } else if (!n.triggers().isEmpty()) {
            svg.element("text", glyph(n.triggers().get(0)), "x", cx, "y", cy + 3.5, "text-anchor", "middle",
                    "font-size", "9", "font-weight", "bold", "fill", stroke);
        }
        below(svg, n, b);
    }

    private static String glyph(EventTrigger trigger) {
        return switch (trigger) {
            case ERROR -> "E";
            case ESCALATION -> "^";
            case CANCEL -> "×";
            case COMPENSATION -> "«";
            case CONDITIONAL -> "≡";
            case LINK -> "→";
            case SIGNAL -> "△";
            default -> "";
        };
    }

    private static void gateway(Markup svg, FlowNode n, Bounds b, String stroke, String fill, double sw) {
        double cx = b.centerX();
        double cy = b.centerY();
        double hw = b.width() / 2;
        double hh = b.height() / 2;
        svg.empty("polygon", "points", pts(cx, cy - hh, cx + hw, cy, cx, cy + hh, cx - hw, cy), "fill", fill,
                "stroke", stroke, "stroke-width", sw);
        double m = Math.min(hw, hh) * 0.45;
        switch (n.kind()) {
            case EXCLUSIVE_GATEWAY -> svg.empty("path", "d", "M" + pt(cx - m * 0.8, cy - m * 0.8) + "L" + pt(cx + m * 0.8, cy + m * 0.8)
                    + "M" + pt(cx + m * 0.8, cy - m * 0.8) + "L" + pt(cx - m * 0.8, cy + m * 0.8), "stroke", stroke,
                    "stroke-width", 3.0, "class", "marker-x");
            case PARALLEL_GATEWAY -> svg.empty("path", "d", "M" + pt(cx, cy - m) + "V" + Markup.number(cy + m)
                    + "M" + pt(cx - m, cy) + "H" + Markup.number(cx + m), "stroke", stroke, "stroke-width", 3.0,
                    "class", "marker-plus");
            case INCLUSIVE_GATEWAY -> svg.empty("circle", "cx", cx, "cy", cy, "r", m, "fill", "none", "stroke", stroke,
                    "stroke-width", 2.5, "class", "marker-o");
            case EVENT_BASED_GATEWAY -> {
                svg.empty("circle", "cx", cx, "cy", cy, "r", m * 1.1, "fill", "none", "stroke", stroke, "stroke-width", 1.0);
                svg.empty("polygon", "points", pts(cx, cy - m * 0.6, cx + m * 0.6, cy - m * 0.15, cx + m * 0.35, cy + m * 0.55,
                        cx - m * 0.35, cy + m * 0.55, cx - m * 0.6, cy - m * 0.15), "fill", "none", "stroke", stroke,
                        "stroke-width", 1.0);
            }
            case COMPLEX_GATEWAY -> svg.empty("path", "d", "M" + pt(cx, cy - m) + "V" + Markup.number(cy + m)
                    + "M" + pt(cx - m, cy) + "H" + Markup.number(cx + m) + "M" + pt(cx - m * 0.7, cy - m * 0.7) + "L"
                    + pt(cx + m * 0.7, cy + m * 0.7) + "M" + pt(cx + m * 0.7, cy - m * 0.7) + "L"
                    + pt(cx - m * 0.7, cy + m * 0.7), "stroke", stroke, "stroke-width", 2.5);
            default -> {
            }
        }
        below(svg, n, b);
    }

    /** Event and gateway labels sit below the shape, as modelling tools draw them. */
    private static void below(Markup svg, FlowNode n, Bounds b) {
        if (!n.name().isEmpty()) {
            label(svg, wrap(n.name(), 18, 3), b.centerX(), b.y() + b.height() + 12);
        }
    }

    private static void label(Markup svg, List<String> lines, double cx, double firstBaseline) {
        if (lines.isEmpty()) {
            return;
        }
        svg.open("text", "x", cx, "y", firstBaseline, "text-anchor", "middle", "fill", INK, "class", "label");
        for (int i = 0; i < lines.size(); i++) {
            svg.element("tspan", lines.get(i), "x", cx, "y", firstBaseline + i * LINE_HEIGHT);
        }
        svg.close();
    }

    private static void dataElement(Markup svg, String prefix, DataElement d, Mark mark) {
        Bounds b = d.bounds();
        String stroke = mark == null ? INK : mark.colour();
        String fill = mark == null ? "#ffffff" : tint(mark);
        svg.open("g", "id", prefix + "-" + d.id(), "data-bpmn-id", d.id(),
                "class", "data " + d.kind().xmlName() + (mark == null ? "" : " " + mark.cssClass()));
        svg.element("title", d.kind().xmlName() + (d.name().isEmpty() ? "" : ": " + d.name()));
        if (d.kind().isStore()) {
            double ry = Math.min(6, b.height() / 6);
            svg.empty("path", "d", "M" + pt(b.x(), b.y() + ry) + "A" + pt(b.width() / 2, ry) + " 0 0 1 "
                    + pt(b.x() + b.width(), b.y() + ry) + "V" + Markup.number(b.y() + b.height() - ry) + "A"
                    + pt(b.width() / 2, ry) + " 0 0 1 " + pt(b.x(), b.y() + b.height() - ry) + "Z", "fill", fill,
                    "stroke", stroke, "stroke-width", 1.3);
            svg.empty("path", "d", "M" + pt(b.x(), b.y() + ry) + "A" + pt(b.width() / 2, ry) + " 0 0 0 "
                    + pt(b.x() + b.width(), b.y() + ry), "fill", "none", "stroke", stroke, "stroke-width", 1.0);
        } else {
            double fold = Math.min(10, b.width() / 3);
            svg.empty("path", "d", "M" + pt(b.x(), b.y()) + "H" + Markup.number(b.x() + b.width() - fold) + "L"
                    + pt(b.x() + b.width(), b.y() + fold) + "V" + Markup.number(b.y() + b.height()) + "H"
                    + Markup.number(b.x()) + "Z", "fill", fill, "stroke", stroke, "stroke-width", 1.3);
        }
        if (!d.name().isEmpty()) {
            label(svg, wrap(d.name(), 18, 2), b.centerX(), b.y() + b.height() + 12);
        }
        if (mark != null) {
            badge(svg, b.x() + b.width() - 4, b.y() - 8, mark);
        }
        svg.close();
    }

    private static void annotation(Markup svg, Annotation a) {
        Bounds b = a.bounds();
        svg.empty("path", "d", "M" + pt(b.x() + 10, b.y()) + "H" + Markup.number(b.x()) + "V"
                + Markup.number(b.y() + b.height()) + "H" + Markup.number(b.x() + 10), "fill", "none",
                "stroke", LANE_INK, "stroke-width", 1.0);
        int perLine = (int) Math.max(6, (b.width() - 6) / CHAR_WIDTH);
        List<String> lines = wrap(a.text(), perLine, (int) Math.max(1, b.height() / LINE_HEIGHT));
        if (!lines.isEmpty()) {
            svg.open("text", "x", b.x() + 5, "y", b.y() + 12, "fill", LANE_INK, "font-style", "italic", "class", "annotation");
            for (int i = 0; i < lines.size(); i++) {
                svg.element("tspan", lines.get(i), "x", b.x() + 5, "y", b.y() + 12 + i * LINE_HEIGHT);
            }
            svg.close();
        }
    }

    private static void sequenceFlow(Markup svg, String prefix, SequenceFlow f, Bounds s, Bounds t, Mark mark) {
        String stroke = mark == null ? INK : mark.colour();
        svg.open("g", "id", prefix + "-" + f.id(), "data-bpmn-id", f.id(),
                "class", "sequence-flow" + (mark == null ? "" : " " + mark.cssClass()));
        List<double[]> route = route(s, t);
        svg.empty("polyline", "points", points(route), "fill", "none", "stroke", stroke,
                "stroke-width", mark == null ? 1.2 : 2.2);
        arrowHead(svg, route, stroke, true);
        if (!f.name().isEmpty() && route.size() >= 2) {
            double[] a = route.get(0);
            double[] b = route.get(1);
            svg.element("text", fit(f.name(), 24), "x", (a[0] + b[0]) / 2 + 3, "y", (a[1] + b[1]) / 2 - 4,
                    "font-size", "9", "fill", "#444444", "class", "flow-label");
        }
        svg.close();
    }

    private static void messageFlow(Markup svg, String prefix, MessageFlow m, Bounds s, Bounds t, Mark mark) {
        String stroke = mark == null ? "#444444" : mark.colour();
        svg.open("g", "id", prefix + "-" + m.id(), "data-bpmn-id", m.id(),
                "class", "message-flow" + (mark == null ? "" : " " + mark.cssClass()));
        double x = overlapMiddle(s, t);
        boolean down = s.centerY() < t.centerY();
        double y1 = down ? s.y() + s.height() : s.y();
        double y2 = down ? t.y() : t.y() + t.height();
        List<double[]> route = List.of(new double[] {x, y1}, new double[] {x, y2});
        svg.empty("polyline", "points", points(route), "fill", "none", "stroke", stroke, "stroke-width", 1.2,
                "stroke-dasharray", "6 4");
        svg.empty("circle", "cx", x, "cy", y1 + (down ? 3 : -3), "r", 3.0, "fill", "#ffffff", "stroke", stroke,
                "stroke-width", 1.0);
        arrowHead(svg, route, stroke, false);
        if (!m.name().isEmpty()) {
            svg.element("text", fit(m.name(), 24), "x", x + 4, "y", (y1 + y2) / 2, "font-size", "9", "fill", "#444444",
                    "class", "flow-label");
        }
        svg.close();
    }

    /** The middle of the shapes' horizontal overlap, or the target's centre when they do not overlap. */
    private static double overlapMiddle(Bounds s, Bounds t) {
        double left = Math.max(s.x(), t.x());
        double right = Math.min(s.x() + s.width(), t.x() + t.width());
        return left < right ? (left + right) / 2 : t.centerX();
    }

    /** Right side to left side with an elbow when the target lies ahead; top or bottom otherwise. */
    private static List<double[]> route(Bounds s, Bounds t) {
        List<double[]> p = new ArrayList<>();
        if (t.x() >= s.x() + s.width() - 1) {
            double sx = s.x() + s.width();
            double tx = t.x();
            if (Math.abs(s.centerY() - t.centerY()) < 2) {
                p.add(new double[] {sx, s.centerY()});
                p.add(new double[] {tx, s.centerY()});
            } else if (t.y() > s.y() + s.height() || t.y() + t.height() < s.y()) {
                // leave from the top or bottom towards a target in another row, then go straight in
                boolean down = t.centerY() > s.centerY();
                p.add(new double[] {s.centerX(), down ? s.y() + s.height() : s.y()});
                p.add(new double[] {s.centerX(), t.centerY()});
                p.add(new double[] {tx, t.centerY()});
            } else {
                double mid = (sx + tx) / 2;
                p.add(new double[] {sx, s.centerY()});
                p.add(new double[] {mid, s.centerY()});
                p.add(new double[] {mid, t.centerY()});
                p.add(new double[] {tx, t.centerY()});
            }
        } else if (t.x() + t.width() <= s.x()) {
            // a loop back: over the top of both shapes
            double top = Math.min(s.y(), t.y()) - 20;
            p.add(new double[] {s.centerX(), s.y()});
            p.add(new double[] {s.centerX(), top});
            p.add(new double[] {t.centerX(), top});
            p.add(new double[] {t.centerX(), t.y()});
        } else {
            boolean down = t.centerY() > s.centerY();
            double x = overlapMiddle(s, t);
            p.add(new double[] {x, down ? s.y() + s.height() : s.y()});
            p.add(new double[] {x, down ? t.y() : t.y() + t.height()});
        }
        return p;
    }

    private static void arrowHead(Markup svg, List<double[]> route, String stroke, boolean filled) {
        double[] a = route.get(route.size() - 2);
        double[] b = route.get(route.size() - 1);
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len = Math.hypot(dx, dy);
        if (len < 0.001) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double size = 8;
        double bx = b[0] - ux * size;
        double by = b[1] - uy * size;
        svg.empty("polygon", "points", pts(b[0], b[1], bx - uy * size * 0.45, by + ux * size * 0.45,
                bx + uy * size * 0.45, by - ux * size * 0.45), "fill", filled ? stroke : "#ffffff", "stroke", stroke,
                "stroke-width", 1.0);
    }

    private static void line(Markup svg, Bounds from, Bounds to, String stroke, String dash, double width) {
        svg.empty("line", "x1", from.centerX(), "y1", from.centerY(), "x2", to.centerX(), "y2", to.centerY(),
                "stroke", stroke, "stroke-width", width, "stroke-dasharray", dash);
    }

    private static void badge(Markup svg, double x, double y, Mark mark) {
        svg.open("g", "class", "badge");
        svg.empty("circle", "cx", x + 7, "cy", y + 7, "r", 7.0, "fill", mark.colour(), "stroke", "#ffffff",
                "stroke-width", 1.0);
        svg.element("text", mark.badge(), "x", x + 7, "y", y + 10.5, "text-anchor", "middle", "font-size", "10",
                "font-weight", "bold", "fill", "#ffffff");
        svg.close();
    }

    /** A pale version of the mark's colour for fills, so labels stay readable. */
    static String tint(Mark mark) {
        int rgb = Integer.parseInt(mark.colour().substring(1), 16);
        int r = (rgb >> 16 & 0xff) + (255 - (rgb >> 16 & 0xff)) * 82 / 100;
        int g = (rgb >> 8 & 0xff) + (255 - (rgb >> 8 & 0xff)) * 82 / 100;
        int b = (rgb & 0xff) + (255 - (rgb & 0xff)) * 82 / 100;
        return String.format("#%02x%02x%02x", r, g, b);
    }

    /** Greedy word wrap; the last line ends in an ellipsis when the text does not fit. */
    static List<String> wrap(String text, int perLine, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty()) {
                continue;
            }
            while (word.length() > perLine) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, perLine));
                word = word.substring(perLine);
            }
            if (line.isEmpty()) {
                line.append(word);
            } else if (line.length() + 1 + word.length() <= perLine) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String last = kept.get(maxLines - 1);
            kept.set(maxLines - 1, fit(last + " " + lines.get(maxLines), perLine));
            return kept;
        }
        return lines;
    }

    static String fit(String text, int room) {
        return text.length() <= room ? text : text.substring(0, Math.max(1, room - 1)).strip() + "…";
    }

    private static String pt(double x, double y) {
        return Markup.number(x) + " " + Markup.number(y);
    }

    private static String pts(double... xy) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            sb.append(i == 0 ? "" : " ").append(Markup.number(xy[i])).append(',').append(Markup.number(xy[i + 1]));
        }
        return sb.toString();
    }

    private static String points(List<double[]> route) {
        StringBuilder sb = new StringBuilder();
        for (double[] p : route) {
            sb.append(sb.isEmpty() ? "" : " ").append(Markup.number(p[0])).append(',').append(Markup.number(p[1]));
        }
        return sb.toString();
    }
}
