package com.gapwise.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Prints the strategy document to PDF with openhtmltopdf: text stays text (selectable, searchable) and the
 * inline SVG drawings are drawn as vector paths through Batik. The font ships in the jar (DejaVu Sans), so
 * the output is the same on every machine and nothing is fetched.
 */
public final class PdfReport {

    private static final String FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    /** Drawings that go through Batik, and pre-formatted text, use the same font as the text. */
    private static final Set<FSFontUseCase> OTHER_USES = EnumSet.of(FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE);

    /**
     * The two faces parsed once per JVM (on the first PDF): parsing a face and its glyph substitution
     * table took about 80 ms per face and document. PDFBox embeds a subset of a shared parsed font in
     * each document without changing it, and reads its tables under its own lock.
     */
    private static final class Faces {
        static final TrueTypeFont REGULAR_FACE = parse(REGULAR);
        static final TrueTypeFont BOLD_FACE = parse(BOLD);

        private static TrueTypeFont parse(byte[] ttf) {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
            } catch (IOException e) {
                throw new UncheckedIOException("bundled font cannot be read", e);
            }
        }
    }

    private PdfReport() {
    }

    /** The PDF of a report's XHTML (as made by {@link StrategyReport#html}). */
    public static byte[] pdf(String xhtml, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            // secure modes: no scripts, no external resources, whatever the model text holds
            BatikSVGDrawer svg = new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                    BatikSVGDrawer.SvgExternalResourceMode.SECURE);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            // the renderer saves and closes the document it is given
            PDDocument document = new PDDocument();
            builder.usePDDocument(document);
            builder.useFastMode();
            // the report's own drawings are drawn natively; Batik only for anything else
            builder.useSVGDrawer(new VectorSvgDrawer(svg));
            // every report sets text in both faces
            PDFontSupplier regular = new PDFontSupplier(PDType0Font.load(document, Faces.REGULAR_FACE, true));
            builder.useFont(regular, FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, Faces.BOLD_FACE, true)), FAMILY, 700,
                    FontStyle.NORMAL, true);
            // oblique text falls back to the regular face: one font family is enough for a report
            builder.useFont(regular, FAMILY, 400, FontStyle.ITALIC, true);
            // (read from the bytes only if a drawing goes through Batik or the document holds pre text)
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true, OTHER_USES);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true, OTHER_USES);
            builder.withProducer("Gapwise");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not print the report '" + title + "'", e);
        }
        return out.toByteArray();
    }

    /**
     * Prints a one-page document with every kind of content the report has (headings, a table, bold and
     * italic text, a drawing with shapes, arcs, labels and a rotated label), so that a server's first
     * report does not also pay for loading the renderer's classes and parsing the fonts. For a background
     * thread after start; takes about a second of CPU. Returns the printed page.
     */
    public static byte[] warmUp() {
        String drawing = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"100\" viewBox=\"0 0 600 200\""
                + " font-family=\"DejaVu Sans\" font-size=\"11\"><g class=\"lane\"><rect x=\"10\" y=\"10\" width=\"580\""
                + " height=\"180\" fill=\"#fbfbfb\" stroke=\"#666666\" stroke-width=\"1\"/><text x=\"25\" y=\"100\""
                + " transform=\"rotate(-90 25 100)\" text-anchor=\"middle\" fill=\"#222222\" font-weight=\"bold\">Lane</text></g>"
                + "<rect x=\"60\" y=\"40\" width=\"100\" height=\"80\" rx=\"10\" fill=\"#d1ede5\" stroke=\"#009E73\""
                + " stroke-width=\"2\"/><text x=\"110\" y=\"80\" text-anchor=\"middle\" fill=\"#222222\"><tspan x=\"110\""
                + " y=\"80\">Verify</tspan><tspan x=\"110\" y=\"92\">identity</tspan></text>"
                + "<circle cx=\"220\" cy=\"80\" r=\"18\" fill=\"#ffffff\" stroke=\"#222222\" stroke-width=\"2\"/>"
                + "<polyline points=\"160,80 202,80\" fill=\"none\" stroke=\"#222222\" stroke-width=\"1\" stroke-dasharray=\"6 4\"/>"
                + "<polygon points=\"300,60 320,80 300,100 280,80\" fill=\"#faedd1\" stroke=\"#E69F00\" stroke-width=\"2\"/>"
                + "<path d=\"M362 58A25 6 0 0 1 412 58V96A25 6 0 0 1 362 96Z\" fill=\"#f7e2d1\" stroke=\"#D55E00\" stroke-width=\"1.3\"/>"
                + "<line x1=\"420\" y1=\"80\" x2=\"500\" y2=\"80\" stroke=\"#888888\" stroke-width=\"1\"/>"
                + "<text x=\"500\" y=\"150\" text-anchor=\"end\" font-style=\"italic\" fill=\"#444444\">note</text></svg>";
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>body { font-family: \"DejaVu Sans\"; }"
                + " table { border-collapse: collapse; } td { border: 0.5px solid #d0d5dd; padding: 2mm; }</style></head>"
                + "<body><h1>Warm-up</h1><p>Text in <b>bold</b> and <i>italic</i> → −.</p><table><tr><td>1</td>"
                + "<td>Gap</td></tr></table>" + drawing + "</body></html>";
        return pdf(xhtml, "warm-up");
    }

    /** The bundled face as a Java 2D font (size 1), for drawing code that needs glyph outlines. */
    static java.awt.Font awtFont(boolean bold) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bold ? BOLD : REGULAR));
        } catch (java.awt.FontFormatException | IOException e) {
            throw new IllegalStateException("bundled font cannot be read", e);
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfReport.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled font " + file + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
