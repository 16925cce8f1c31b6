package com.gapwise.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
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
    /** The drawings' labels use the same font as the text. */
    private static final Set<FSFontUseCase> USES = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG,
            FSFontUseCase.FALLBACK_PRE);

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
            builder.useFastMode();
            // the report's own drawings are drawn natively; Batik only for anything else
            builder.useSVGDrawer(new VectorSvgDrawer(svg));
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true, USES);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true, USES);
            // oblique text falls back to the regular face: one font family is enough for a report
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.ITALIC, true, USES);
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
