package com.gapwise.report;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.AbstractOutputDevice;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.batik.parser.AWTPathProducer;
import org.apache.batik.parser.ParseException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Draws the report's own SVG drawings (BPMN diagrams, legend, charts) straight onto the PDF page:
 * shapes become PDF path operators and labels real text in the document's font. Batik, which
 * openhtmltopdf uses otherwise, builds a DOM, a CSS cascade and a graphics tree per drawing, draws
 * each label as glyph outlines into a compressed form XObject, and so took about 40% of a report's
 * rendering time; this reads the few elements and attributes {@link DiagramRenderer} and {@link Charts}
 * write. A drawing with anything else (another element, a style attribute, a transform other than a
 * text rotation) goes to Batik unchanged.
 */
final class VectorSvgDrawer implements SVGDrawer {

    private static final Set<String> SHAPES = Set.of("g", "title", "rect", "circle", "line", "polyline", "polygon",
            "path", "text", "tspan");
    private static final Set<String> ATTRIBUTES = Set.of("xmlns", "class", "id", "data-bpmn-id", "data-key", "x", "y",
            "width", "height", "rx", "cx", "cy", "r", "x1", "y1", "x2", "y2", "points", "d", "fill", "fill-opacity",
            "stroke", "stroke-width", "stroke-dasharray", "font-size", "font-weight", "font-style", "font-family",
            "text-anchor", "transform", "viewBox");

    /** The bundled fonts as Java 2D fonts, for the outlines of rotated labels; loaded on first use. */
    private static final java.awt.Font OUTLINE_REGULAR = PdfReport.awtFont(false);
    private static final java.awt.Font OUTLINE_BOLD = PdfReport.awtFont(true);
    private static final FontRenderContext OUTLINES = new FontRenderContext(null, true, true);

    private final SVGDrawer fallback;

    VectorSvgDrawer(SVGDrawer fallback) {
        this.fallback = fallback;
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight,
                                  double dotsPerPixel) {
        double[] viewBox = numbers(svg.getAttribute("viewBox"));
        double width = number(svg.getAttribute("width"), -1);
        double height = number(svg.getAttribute("height"), -1);
        boolean sized = viewBox.length == 4 && viewBox[2] > 0 && viewBox[3] > 0 && width > 0 && height > 0;
        if (!sized || !supported(svg, true)) {
            return fallback.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
        }
        // openhtmltopdf passes the width and height attributes in dots, -1 for one it cannot read as a whole
        // number of pixels; that one follows from the view box's aspect ratio
        double w = cssWidth;
        double h = cssHeight;
        if (w < 0 && h < 0) {
            w = width * dotsPerPixel;
            h = height * dotsPerPixel;
        } else if (w < 0) {
            w = h * viewBox[2] / viewBox[3];
        } else if (h < 0) {
            h = w * viewBox[3] / viewBox[2];
        }
        return new Drawing(svg, viewBox, w, h);
    }

    /** Whether every element and attribute below is one this drawer knows how to draw. */
    private static boolean supported(Element e, boolean root) {
        if (!root && !SHAPES.contains(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
            return false;
        }
        var attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String name = a.getNodeName();
            if (!ATTRIBUTES.contains(name)) {
                return false;
            }
            if (name.equals("transform") && !(e.getTagName().equals("text") && a.getNodeValue().startsWith("rotate("))) {
                return false;
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && !supported(child, false)) {
                return false;
            }
        }
        return true;
    }

    /** One drawing, drawn when its page is. */
    private static final class Drawing implements SVGImage {
        private final Element svg;
        private final double[] viewBox;
        private final double width;
        private final double height;

        Drawing(Element svg, double[] viewBox, double width, double height) {
            this.svg = svg;
            this.viewBox = viewBox;
            this.width = width;
            this.height = height;
        }

        @Override
        public int getIntrinsicWidth() {
            return (int) width;
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) height;
        }

        @Override
        public void drawSVG(OutputDevice out, RenderingContext ctx, double x, double y) {
            // preserveAspectRatio's default, xMidYMid meet: the whole view box, centred
            double scale = Math.min(width / viewBox[2], height / viewBox[3]);
            double left = x + (width - viewBox[2] * scale) / 2 - viewBox[0] * scale;
            double top = y + (height - viewBox[3] * scale) / 2 - viewBox[1] * scale;
            AffineTransform toPage = new AffineTransform(scale, 0, 0, scale, left, top);
            // SVG's initial values: black fill, no stroke
            Style style = new Style(new FSRGBColor(0, 0, 0), null, 1, null, 1, 16, false, false, "start");
            new Painter(out, ctx, toPage, scale).children(svg, style.with(svg));
        }
    }

    /** The inherited presentation attributes, in user units. */
    private record Style(FSRGBColor fill, FSRGBColor stroke, double fillOpacity, float[] dash, double strokeWidth,
                         double fontSize, boolean bold, boolean italic, String anchor) {

        Style with(Element e) {
            return new Style(
                    e.hasAttribute("fill") ? colour(e.getAttribute("fill")) : fill,
                    e.hasAttribute("stroke") ? colour(e.getAttribute("stroke")) : stroke,
                    e.hasAttribute("fill-opacity") ? number(e.getAttribute("fill-opacity"), 1) : fillOpacity,
                    e.hasAttribute("stroke-dasharray") ? dash(e.getAttribute("stroke-dasharray")) : dash,
                    e.hasAttribute("stroke-width") ? number(e.getAttribute("stroke-width"), 1) : strokeWidth,
                    e.hasAttribute("font-size") ? number(e.getAttribute("font-size"), fontSize) : fontSize,
                    e.hasAttribute("font-weight") ? e.getAttribute("font-weight").equals("bold") : bold,
                    e.hasAttribute("font-style") ? e.getAttribute("font-style").equals("italic") : italic,
                    e.hasAttribute("text-anchor") ? e.getAttribute("text-anchor") : anchor);
        }

        private static float[] dash(String value) {
            double[] n = numbers(value);
            if (n.length == 0) {
                return null;
            }
            float[] dash = new float[n.length];
            for (int i = 0; i < n.length; i++) {
                dash[i] = (float) n[i];
            }
            return dash;
        }
    }

    /** Walks one drawing's elements in document order (later elements paint over earlier ones, as in SVG). */
    private record Painter(OutputDevice out, RenderingContext ctx, AffineTransform toPage, double scale) {

        void children(Element parent, Style style) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    element(e, style.with(e));
                }
            }
        }

        private void element(Element e, Style style) {
            switch (e.getTagName()) {
                case "g" -> children(e, style);
                case "rect" -> {
                    double rx = number(e.getAttribute("rx"), 0);
                    paint(new RoundRectangle2D.Double(number(e, "x"), number(e, "y"), number(e, "width"),
                            number(e, "height"), 2 * rx, 2 * rx), style, true);
                }
                case "circle" -> {
                    double r = number(e, "r");
                    paint(new Ellipse2D.Double(number(e, "cx") - r, number(e, "cy") - r, 2 * r, 2 * r), style, true);
                }
                case "line" -> paint(new Line2D.Double(number(e, "x1"), number(e, "y1"), number(e, "x2"), number(e, "y2")),
                        style, false);
                case "polyline", "polygon" -> {
                    double[] p = numbers(e.getAttribute("points"));
                    if (p.length >= 4) {
                        Path2D.Double path = new Path2D.Double();
                        path.moveTo(p[0], p[1]);
                        for (int i = 2; i + 1 < p.length; i += 2) {
                            path.lineTo(p[i], p[i + 1]);
                        }
                        boolean closed = e.getTagName().equals("polygon");
                        if (closed) {
                            path.closePath();
                        }
                        paint(path, style, true);
                    }
                }
                case "path" -> {
                    try {
                        // Batik's path-data parser only: arcs and relative commands as SVG defines them
                        paint(AWTPathProducer.createShape(new StringReader(e.getAttribute("d")), Path2D.WIND_NON_ZERO),
                                style, true);
                    } catch (IOException | ParseException ignored) {
                        // a path that does not parse is not drawn, as in a browser
                    }
                }
                case "text" -> text(e, style);
                default -> {
                    // title: a tooltip in the browser, nothing on paper
                }
            }
        }

        private void paint(Shape shape, Style style, boolean fillable) {
            Shape onPage = toPage.createTransformedShape(shape);
            if (fillable && style.fill() != null) {
                out.setColor(style.fillOpacity() < 1 ? overWhite(style.fill(), style.fillOpacity()) : style.fill());
                out.fill(onPage);
            }
            if (style.stroke() != null && style.strokeWidth() > 0) {
                float[] dash = null;
                if (style.dash() != null) {
                    dash = new float[style.dash().length];
                    for (int i = 0; i < dash.length; i++) {
                        dash[i] = (float) (style.dash()[i] * scale);
                    }
                }
                out.setStroke(new BasicStroke((float) (style.strokeWidth() * scale), BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, dash, 0f));
                out.setColor(style.stroke());
                out.draw(onPage);
            }
        }

        /** A label: the text's own characters, or each tspan as a line of its own. */
        private void text(Element text, Style style) {
            AffineTransform rotation = rotation(text.getAttribute("transform"));
            if (rotation != null) {
                rotated(text.getTextContent(), number(text, "x"), number(text, "y"), style, rotation);
                return;
            }
            boolean lines = false;
            for (Node n = text.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element span && span.getTagName().equals("tspan")) {
                    lines = true;
                    Style spanStyle = style.with(span);
                    draw(span.getTextContent(), number(span.getAttribute("x"), number(text, "x")),
                            number(span.getAttribute("y"), number(text, "y")), spanStyle);
                }
            }
            if (!lines) {
                draw(text.getTextContent(), number(text, "x"), number(text, "y"), style);
            }
        }

        /**
         * A rotated label (a pool's or lane's name) as the outlines of its glyphs, as Batik draws every
         * label: openhtmltopdf's text cannot be rotated from here.
         */
        private void rotated(String content, double x, double y, Style style, AffineTransform rotation) {
            String text = content.strip().replaceAll("\\s+", " ");
            if (text.isEmpty() || style.fill() == null) {
                return;
            }
            java.awt.Font font = (style.bold() ? OUTLINE_BOLD : OUTLINE_REGULAR).deriveFont((float) style.fontSize());
            GlyphVector glyphs = font.createGlyphVector(OUTLINES, text);
            double advance = glyphs.getLogicalBounds().getWidth();
            double left = switch (style.anchor()) {
                case "middle" -> x - advance / 2;
                case "end" -> x - advance;
                default -> x;
            };
            Shape outline = rotation.createTransformedShape(glyphs.getOutline((float) left, (float) y));
            out.setColor(style.fill());
            out.fill(toPage.createTransformedShape(outline));
        }

        private void draw(String content, double x, double y, Style style) {
            String text = content.strip().replaceAll("\\s+", " ");
            if (text.isEmpty() || style.fill() == null) {
                return;
            }
            FontSpecification spec = new FontSpecification();
            spec.families = new String[] {"DejaVu Sans"};
            spec.size = (float) (style.fontSize() * scale);
            // the computed weights, as CSS gives them (NORMAL and BOLD would be taken for fake bold)
            spec.fontWeight = style.bold() ? IdentValue.FONT_WEIGHT_700 : IdentValue.FONT_WEIGHT_400;
            spec.fontStyle = style.italic() ? IdentValue.ITALIC : IdentValue.NORMAL;
            spec.variant = IdentValue.NORMAL;
            FSFont font = ctx.getFont(spec);
            double[] at = {x, y};
            toPage.transform(at, 0, at, 0, 1);
            double advance = ctx.getTextRenderer().getWidth(ctx.getFontContext(), font, text);
            double left = switch (style.anchor()) {
                case "middle" -> at[0] - advance / 2;
                case "end" -> at[0] - advance;
                default -> at[0];
            };
            out.setFont(font);
            out.setColor(style.fill());
            // the device fakes bold when the specification it holds (that of the last HTML text) is bolder
            // than the font: it must hold this label's
            FontSpecification before = null;
            if (out instanceof AbstractOutputDevice device) {
                before = device.getFontSpecification();
                device.setFontSpecification(spec);
            }
            ctx.getTextRenderer().drawString(out, text, (float) left, (float) at[1]);
            if (out instanceof AbstractOutputDevice device) {
                device.setFontSpecification(before);
            }
        }

        /** {@code rotate(a cx cy)}, in the drawing's own units. */
        private static AffineTransform rotation(String transform) {
            if (transform == null || transform.isEmpty()) {
                return null;
            }
            double[] r = numbers(transform.substring(transform.indexOf('(') + 1, transform.lastIndexOf(')')));
            return r.length >= 3 ? AffineTransform.getRotateInstance(Math.toRadians(r[0]), r[1], r[2])
                    : AffineTransform.getRotateInstance(Math.toRadians(r.length > 0 ? r[0] : 0));
        }
    }

    /** A translucent fill as the opaque colour it shows on the white page. */
    private static FSRGBColor overWhite(FSRGBColor c, double opacity) {
        return new FSRGBColor(blend(c.getRed(), opacity), blend(c.getGreen(), opacity), blend(c.getBlue(), opacity));
    }

    private static int blend(int channel, double opacity) {
        return (int) Math.round(channel * opacity + 255 * (1 - opacity));
    }

    /** {@code #rrggbb}, {@code #rgb}, or {@code none} (null). */
    private static FSRGBColor colour(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("none") || !v.startsWith("#")) {
            return null;
        }
        String hex = v.length() == 4 ? "" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3)
                : v.substring(1);
        int rgb = Integer.parseInt(hex, 16);
        return new FSRGBColor((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    private static double number(Element e, String attribute) {
        return number(e.getAttribute(attribute), 0);
    }

    private static double number(String value, double otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static double[] numbers(String value) {
        if (value == null || value.isBlank()) {
            return new double[0];
        }
        String[] parts = value.trim().split("[\\s,]+");
        double[] n = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            n[i] = number(parts[i], 0);
        }
        return n;
    }

    // ---- everything else is Batik's -------------------------------------------------------------

    @Override
    public void importFontFaceRules(List<FontFaceRule> rules, SharedContext shared) {
        fallback.importFontFaceRules(rules, shared);
    }

    @Override
    public void withUserAgent(UserAgentCallback userAgent) {
        fallback.withUserAgent(userAgent);
    }

    @Override
    public void addFontFile(File file, String family, Integer weight, FontStyle style) throws IOException, FontFormatException {
        fallback.addFontFile(file, family, weight, style);
    }

    @Override
    public void addFontStream(FSSupplier<InputStream> font, String family, Integer weight, FontStyle style)
            throws IOException, FontFormatException {
        fallback.addFontStream(font, family, weight, style);
    }

    @Override
    public void close() throws IOException {
        fallback.close();
    }
}
