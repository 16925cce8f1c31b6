package com.gapwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gapwise.GapwiseApplication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The strategy document of the demo workspace (the sample models), over HTTP: it names what the API lists,
 * and prints to a PDF with the same content. Logs the render times (target: under 5 s each).
 */
class ReportApiTest {

    @TempDir
    static Path dataDir;
    static ConfigurableApplicationContext app;
    static Http http;
    static long ws;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(GapwiseApplication.class)
                .run("--server.port=0", "--gapwise.data-dir=" + dataDir, "--gapwise.demo.enabled=true");
        http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
        ws = http.get("/api/workspaces").json().get(0).get("id").asLong();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static List<JsonNode> all(String list) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode p = http.get("/api/workspaces/" + ws + "/" + list + "?size=100&page=" + page).json();
            p.get("items").forEach(items::add);
            if (items.size() >= p.get("total").asLong() || p.get("items").isEmpty()) {
                return items;
            }
        }
    }

    @Test
    void htmlNamesEveryProcessGapRequirementInitiativeAndPeriod() {
        long t0 = System.nanoTime();
        Http.Reply r = http.get("/api/workspaces/" + ws + "/report.html");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("BENCH report.html of the demo workspace: " + ms + " ms, " + r.body().length / 1024 + " KB");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'");
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script", "<link", "<img");
        for (JsonNode p : http.get("/api/workspaces/" + ws + "/processes").json()) {
            if (p.get("level").asInt() == 5) {
                assertThat(html).contains(escape(p.get("name").asText()));
                assertThat(html).contains("id=\"c" + p.get("id").asLong() + "-", "id=\"f" + p.get("id").asLong() + "-");
            }
        }
        List<JsonNode> gaps = all("gaps");
        assertThat(gaps).isNotEmpty();
        gaps.forEach(g -> assertThat(html).contains(escape(g.get("title").asText())));
        List<JsonNode> requirements = all("requirements");
        requirements.forEach(q -> assertThat(html).contains(escape(q.get("text").asText())));
        List<JsonNode> initiatives = all("initiatives");
        assertThat(initiatives).isNotEmpty();
        for (JsonNode i : initiatives) {
            assertThat(html).contains(escape(i.get("name").asText()));
        }
        assertThat(html).contains("Quick win");
        for (JsonNode period : http.get("/api/workspaces/" + ws + "/roadmap").json().get("periods")) {
            assertThat(html).contains(period.asText());
        }
    }

    @Test
    void htmlCarriesThePortfolioPostureAsTheApiReportsIt() {
        String html = new String(http.get("/api/workspaces/" + ws + "/report.html").body(), StandardCharsets.UTF_8);
        JsonNode portfolio = http.get("/api/workspaces/" + ws + "/portfolio").json();
        assertThat(portfolio.get("postures")).isNotEmpty();
        assertThat(html).contains("Application portfolio", "Heat map: processes against applications");
        for (JsonNode p : portfolio.get("postures")) {
            assertThat(html).contains(escape(p.get("name").asText()));
            assertThat(html).contains("Rule " + p.get("rule").asText() + " (" + escape(p.get("condition").asText()) + ")");
        }
        JsonNode row = portfolio.get("heatMap").get("processes").get(0);
        for (JsonNode cell : row.get("cells")) {
            int c = cell.get("currentTasks").asInt();
            int f = cell.get("futureTasks").asInt();
            if (c + f > 0) {
                assertThat(html).contains(c + " / " + f);
            }
        }
    }

    @Test
    void pdfHasSelectableTextWithTheProcessesAndInitiatives() throws Exception {
        long t0 = System.nanoTime();
        Http.Reply r = http.get("/api/workspaces/" + ws + "/report.pdf");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("BENCH report.pdf of the demo workspace: " + ms + " ms, " + r.body().length / 1024 + " KB");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/pdf");
        assertThat(r.header("Content-Disposition")).startsWith("inline").contains(".pdf");
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (JsonNode p : http.get("/api/workspaces/" + ws + "/processes").json()) {
                if (p.get("level").asInt() == 5) {
                    assertThat(text).contains(p.get("name").asText());
                }
            }
            for (JsonNode i : all("initiatives")) {
                assertThat(text).contains(i.get("name").asText());
            }
        }
    }

    @Test
    void unknownWorkspaceIsANotFoundProblem() {
        ApiContract.assertProblem(http.get("/api/workspaces/987654/report.html"), 404);
        ApiContract.assertProblem(http.get("/api/workspaces/987654/report.pdf"), 404);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
