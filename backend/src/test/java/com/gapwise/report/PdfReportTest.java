package com.gapwise.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.gaps.Gap;
import com.gapwise.strategy.Initiative;
import com.gapwise.strategy.ProcessAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The printed strategy document: a PDF whose text is extractable and whose drawings are vectors. */
class PdfReportTest {

    static ReportInput input;
    static byte[] pdf;

    @BeforeAll
    static void print() throws Exception {
        input = StrategyReportTest.sampleInput();
        pdf = PdfReport.pdf(StrategyReport.html(input), "test");
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "gapwise-report-test.pdf"), pdf);
    }

    @Test
    void textIsExtractableAndNamesEveryProcessGapAndInitiative() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(input.processes().size() + 3);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Demo <Contact Centre>", "Executive summary", "Roadmap");
            for (ProcessAnalysis p : input.processes()) {
                assertThat(text).contains(p.processName());
            }
            for (Initiative i : input.strategy().initiatives()) {
                assertThat(text).contains(i.name().replaceAll("\\s+", " "));
            }
            for (Gap g : input.strategy().gaps()) {
                // table cells may wrap: the first words of every gap title are on the page
                String start = g.title().split(" ")[0];
                assertThat(text).contains(start);
            }
            assertThat(text).contains("Page 2 of " + doc.getNumberOfPages());
        }
    }

    @Test
    void diagramsAreVectorsNotImages() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int images = 0;
            long paths = 0;
            for (PDPage page : doc.getPages()) {
                images += xObjects(page.getResources())[0];
                paths += pathOperators(page);
            }
            assertThat(images).as("raster images in the PDF").isZero();
            // every drawn flow node is at least one vector path (rectangle, circle or diamond)
            long drawn = input.processes().stream()
                    .flatMap(p -> java.util.stream.Stream.concat(p.current().nodes().stream(), p.future().nodes().stream()))
                    .filter(n -> n.bounds() != null).count();
            assertThat(drawn).isPositive();
            assertThat(paths).isGreaterThan(drawn);
        }
    }

    @Test
    void reportDrawingsAreDrawnOnThePageWithTheirLabelsAsText() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int forms = 0;
            for (PDPage page : doc.getPages()) {
                forms += xObjects(page.getResources())[1];
            }
            // Batik draws each SVG into a form XObject, with its labels as glyph outlines
            assertThat(forms).as("form XObjects (drawings that went through Batik)").isZero();
            String text = new PDFTextStripper().getText(doc);
            // the value/risk chart's quadrant names exist only in the chart
            assertThat(text).contains("Quick win", "Strategic", "Fill-in", "Reconsider");
        }
    }

    @Test
    void anSvgBeyondTheReportsOwnElementsIsStillDrawnAsVectorsThroughBatik() throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Ellipse</p>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\" viewBox=\"0 0 200 100\">"
                + "<ellipse cx=\"100\" cy=\"50\" rx=\"90\" ry=\"40\" fill=\"#0072B2\"/></svg></body></html>";
        try (PDDocument doc = Loader.loadPDF(PdfReport.pdf(xhtml, "ellipse"))) {
            int[] counts = xObjects(doc.getPage(0).getResources());
            assertThat(counts[0]).as("raster images").isZero();
            assertThat(counts[1]).as("the drawing, as Batik's form XObject").isEqualTo(1);
        }
    }

    @Test
    void concurrentRendersShareTheParsedFontsSafely() throws Exception {
        String xhtml = StrategyReport.html(input);
        String expected;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            expected = new PDFTextStripper().getText(doc);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> PdfReport.pdf(xhtml, "a"));
            var b = pool.submit(() -> PdfReport.pdf(xhtml, "b"));
            for (byte[] printed : java.util.List.of(a.get(), b.get())) {
                try (PDDocument doc = Loader.loadPDF(printed)) {
                    assertThat(new PDFTextStripper().getText(doc)).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theWarmUpPageGoesThroughTheSamePathsAsTheReport() throws Exception {
        try (PDDocument doc = Loader.loadPDF(PdfReport.warmUp())) {
            int[] counts = xObjects(doc.getPage(0).getResources());
            assertThat(counts).as("images, forms: the drawing is drawn natively, not by Batik").containsExactly(0, 0);
            assertThat(pathOperators(doc.getPage(0))).isGreaterThan(6);
            assertThat(new PDFTextStripper().getText(doc)).contains("Warm-up", "bold", "italic", "Verify", "identity", "note");
        }
    }

    /** Path-construction operators (move, line, curve, rectangle) in a page's content. */
    private static long pathOperators(PDPage page) throws Exception {
        long n = 0;
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator op && Set.of("m", "l", "c", "re").contains(op.getName())) {
                n++;
            }
        }
        return n;
    }

    private static int[] xObjects(PDResources resources) throws Exception {
        int[] counts = new int[2];
        if (resources == null) {
            return counts;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                counts[0]++;
            } else if (x instanceof PDFormXObject form) {
                counts[1]++;
                int[] inner = xObjects(form.getResources());
                counts[0] += inner[0];
                counts[1] += inner[1];
            }
        }
        return counts;
    }
}
