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
