package com.gapwise.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.diff.DiffEngine;
import com.gapwise.gaps.Gap;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.ProcessModel;
import com.gapwise.strategy.Decisions;
import com.gapwise.strategy.Initiative;
import com.gapwise.strategy.ProcessAnalysis;
import com.gapwise.strategy.Requirement;
import com.gapwise.strategy.Strategy;
import com.gapwise.strategy.StrategyEngine;
import com.gapwise.strategy.StrategySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The strategy document of the sample processes, as HTML: what a reader must find in it. */
class StrategyReportTest {

    static final List<String> SAMPLES = List.of("customer-inquiry", "complaint-resolution", "field-service-appointment",
            "return-refund");
    static ReportInput input;
    static String html;

    @BeforeAll
    static void render() throws Exception {
        input = sampleInput();
        html = StrategyReport.html(input);
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "gapwise-report-test.html");
        Files.writeString(out, html);
    }

    static ReportInput sampleInput() throws Exception {
        DiffEngine differ = DiffEngine.using(ProcessMatcher.withDefaults());
        List<ProcessAnalysis> analyses = new ArrayList<>();
        int key = 1;
        for (String s : SAMPLES) {
            ProcessModel current = DiagramRendererTest.sample(s, "current");
            ProcessModel future = DiagramRendererTest.sample(s, "future");
            analyses.add(new ProcessAnalysis(String.valueOf(key++), s.replace('-', ' '), current, future,
                    differ.diff(current, future)));
        }
        Strategy strategy = StrategyEngine.derive(analyses, StrategySettings.defaults(), Decisions.none());
        return new ReportInput("Demo <Contact Centre>", LocalDate.of(2026, 11, 22), analyses, strategy,
                StrategySettings.defaults(), List.of());
    }

    @Test
    void isWellFormedXhtmlWithoutScriptsOrExternalResources() throws Exception {
        Document doc = DiagramRendererTest.parse(html.replaceFirst("<!DOCTYPE html>", ""));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("html");
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS("*", "link").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS("*", "img").getLength()).isZero();
        assertThat(html).doesNotContain("http://cdn", "https://", "<Contact Centre>").contains("Demo &lt;Contact Centre&gt;");
    }

    @Test
    void showsEveryProcessWithBothDiagramsItsGapsAndRequirements() throws Exception {
        Document doc = DiagramRendererTest.parse(html.replaceFirst("<!DOCTYPE html>", ""));
        // two drawings per process, plus the two charts
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
                .isGreaterThanOrEqualTo(2 * SAMPLES.size() + 2);
        String text = doc.getDocumentElement().getTextContent();
        for (ProcessAnalysis p : input.processes()) {
            assertThat(text).contains(p.processName());
            assertThat(html).contains("id=\"c" + p.processKey() + "-").contains("id=\"f" + p.processKey() + "-");
        }
        Strategy s = input.strategy();
        assertThat(s.gaps()).isNotEmpty();
        for (Gap g : s.gaps()) {
            assertThat(text).contains(g.title());
        }
        for (Requirement r : s.requirements()) {
            assertThat(text).contains(r.text());
        }
        assertThat(text).contains("MUST");
    }

    @Test
    void showsInitiativesWithQuadrantsTheChartsAndTheRoadmapPeriods() throws Exception {
        Document doc = DiagramRendererTest.parse(html.replaceFirst("<!DOCTYPE html>", ""));
        String text = doc.getDocumentElement().getTextContent();
        Strategy s = input.strategy();
        assertThat(s.initiatives()).isNotEmpty();
        for (Initiative i : s.initiatives()) {
            assertThat(text).contains(i.name(), Charts.label(i.score().quadrant()));
            assertThat(html).contains("data-key=\"" + Markup.escape(i.key()) + "\"");
        }
        assertThat(html).contains("class=\"chart value-risk\"", "class=\"chart roadmap\"");
        for (String period : s.roadmap().periods()) {
            assertThat(text).contains(period);
        }
        assertThat(text).contains("Executive summary", "Contents", "Appendix");
        // the method's front matter is absent without data
        assertThat(text).doesNotContain("Mandate and scope");
    }

    @Test
    void showsTheMethodSectionsWhenTheyAreGiven() throws Exception {
        ReportInput withCharter = new ReportInput(input.workspaceName(), input.date(), input.processes(),
                input.strategy(), input.settings(), List.of(new ReportInput.Narrative("Charter", List.of("Cut waiting <now>"),
                List.of(List.of("Process", "Why"), List.of("Returns", "High volume")))));
        String withText = DiagramRendererTest.parse(StrategyReport.html(withCharter).replaceFirst("<!DOCTYPE html>", ""))
                .getDocumentElement().getTextContent();
        assertThat(withText).contains("Mandate and scope", "Cut waiting <now>", "High volume");
    }

    @Test
    void metricsRowsMatchTheMarkdownTable() {
        ProcessAnalysis p = input.processes().get(0);
        var m = com.gapwise.metrics.MetricsComparison.of(p.current(), p.future(),
                com.gapwise.metrics.LaneClassifier.withoutOverrides());
        assertThat(m.rows()).hasSize((int) m.toMarkdown().lines().count() - 2);
        assertThat(m.toMarkdown()).contains("| " + m.rows().get(0).label() + " | " + m.rows().get(0).current() + " |");
    }

    @Test
    void carriesThePortfolioPostureWithItsRationaleTheSummaryAndTheHeatMap() throws Exception {
        List<com.gapwise.portfolio.Application> apps = List.of(
                new com.gapwise.portfolio.Application("billing", "Legacy billing", "In-house",
                        com.gapwise.portfolio.Deployment.ON_PREMISE, 200000.0, "Finance", 3, 2, 1,
                        List.of("Billing System", "Finance System"), List.of(), List.of(), null, null),
                new com.gapwise.portfolio.Application("crm", "CRM <cloud>", "Salesforce",
                        com.gapwise.portfolio.Deployment.SAAS, 100000.0, "Service", 4, 4, 4,
                        List.of("Service Agent", "CRM Platform"), List.of(), List.of(),
                        com.gapwise.portfolio.Posture.ENHANCE, "new channels planned"));
        StrategySettings settings = new StrategySettings(List.of(), null, null, apps);
        Strategy strategy = StrategyEngine.derive(input.processes(), settings, Decisions.none());
        String withPortfolio = StrategyReport.html(new ReportInput(input.workspaceName(), input.date(),
                input.processes(), strategy, settings, List.of()));
        Document doc = DiagramRendererTest.parse(withPortfolio.replaceFirst("<!DOCTYPE html>", ""));
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("Application portfolio", "Posture per application",
                "Heat map: processes against applications", "annual cost 300,000",
                "Rule FAILING_PLATFORM (technical health <= 2)", "Analyst: new channels planned",
                "(analyst; rules: retain)", "Replace Legacy billing");
        assertThat(withPortfolio).contains("CRM &lt;cloud&gt;").doesNotContain("CRM <cloud>");
        // the heat map's cell of the CRM on the customer-inquiry process shows the engine's counts
        com.gapwise.portfolio.HeatMap.Cell cell = strategy.portfolio().heatMap().cell("1", "crm");
        assertThat(cell.futureTasks()).isPositive();
        assertThat(withPortfolio).contains(cell.currentTasks() + " / " + cell.futureTasks());
        assertThat(html).doesNotContain("Application portfolio");
    }
}
