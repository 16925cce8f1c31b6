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
