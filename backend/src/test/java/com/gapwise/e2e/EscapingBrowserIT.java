package com.gapwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.GapwiseApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Text from models and analysts is shown as text on every screen: a model pair whose process, lane, task,
 * gateway and event names carry markup, and a workspace, process, goal, requirement, initiative and success
 * metric named the same way; each screen must show the markup literally, and run none of it.
 */
@SpringBootTest(classes = GapwiseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscapingBrowserIT {

    static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final String PAYLOAD = IMG + " " + SCRIPT;
    static final Path dataDir = Browser.newDataDir("gapwise-escaping-it");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Browser.appProperties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Browser browser;
    private String ws;
    private String process;

    @BeforeAll
    void prepare() throws Exception {
        browser = Browser.start();
        browser.logIn(port, Browser.ADMIN, Browser.ADMIN_PASSWORD);
        ws = post("/api/workspaces", "{\"name\":" + quote("Workspace " + PAYLOAD) + "}").get("id").asText();
        String base = "/api/workspaces/" + ws;
        process = post(base + "/processes", "{\"name\":" + quote("Returns " + PAYLOAD) + ",\"level\":3}")
                .get("id").asText();
        put(base + "/processes/" + process + "/models/current", hostile("current"));
        put(base + "/processes/" + process + "/models/future", hostile("future"));
        post(base + "/goals", "{\"name\":" + quote("Goal " + PAYLOAD) + ",\"weight\":2}");
        JsonNode requirement = get(base + "/requirements?size=1").get("items").get(0);
        patch(base + "/requirements/" + requirement.get("key").asText(), "{\"text\":" + quote("Requirement " + PAYLOAD) + "}");
        JsonNode initiative = get(base + "/initiatives?size=1").get("items").get(0);
        patch(base + "/initiatives/" + initiative.get("key").asText(), "{\"name\":" + quote("Initiative " + PAYLOAD) + "}");
        post(base + "/success-metrics", "{\"name\":" + quote("Metric " + PAYLOAD) + ",\"unit\":\"%\",\"target\":80,"
                + "\"direction\":\"INCREASE\",\"initiativeKeys\":[]}");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyScreenShowsMarkupAsText() throws Exception {
        String w = "#/ws/" + ws;
        visit(w, By.cssSelector("main"), "Returns " + PAYLOAD);
        visit(w + "/process/" + process + "/model/future", By.cssSelector(".djs-shape"), null);
        visit(w + "/process/" + process + "/diff", By.cssSelector("#canvas-future .djs-shape"), null);
        // hovering an element shows its match by name
        WebElement shape = browser.driver.findElements(By.cssSelector("#canvas-current .djs-shape")).stream()
                .filter(e -> e.getText().contains("window.__xss")).findFirst().orElseThrow();
        new Actions(browser.driver).moveToElement(shape).perform();
        check("diff hover", null);
        visit(w + "/gaps", By.cssSelector("main section"), null);
        visit(w + "/requirements", By.cssSelector("main section"), "Requirement " + PAYLOAD);
        visit(w + "/initiatives", By.cssSelector("main section"), "Initiative " + PAYLOAD);
        visit(w + "/scoring", By.cssSelector("main section"), null);
        visit(w + "/roadmap", By.id("roadmap-chart"), null);
        exportedSvgIsInert();
        visit(w + "/charter", By.cssSelector("table.metrics"), "Metric " + PAYLOAD);
        visit(w + "/shortlist", By.cssSelector("table.goals"), "Goal " + PAYLOAD);
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    /** Opens a screen, waits for it, and checks it (with the text it must show literally, if any). */
    private void visit(String hash, By ready, String literal) {
        browser.driver.get("http://localhost:" + port + "/" + hash);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(ready));
        if (literal != null) {
            // until the text shows, or the markup ran (then the checks below say so)
            browser.wait.until(d -> pageText().contains(literal)
                    || !"undefined".equals(browser.driver.executeScript("return typeof window.__xss")));
        }
        check(hash, literal);
    }

    private void check(String screen, String literal) {
        // an injected image fails to load at once and would then run its handler: give it the time
        browser.driver.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 300)");
        assertThat(browser.driver.executeScript("return typeof window.__xss")).as(screen).isEqualTo("undefined");
        assertThat(browser.driver.executeScript("return document.querySelectorAll("
                + "'img[src=\"x\"], img[onerror], [onerror], script:not([src])').length")).as(screen).isEqualTo(0L);
        String text = pageText();
        // every screen shows some model or analyst text with the markup as text (diagrams wrap it into lines)
        assertThat(text).as(screen).contains(SCRIPT);
        if (literal != null) {
            assertThat(text).as(screen).contains(literal);
        }
    }

    /** The visible text, with the text of SVG diagrams (labels, titles). */
    private String pageText() {
        return (String) browser.driver.executeScript("return document.body.innerText + '\\n' + Array.from("
                + "document.querySelectorAll('svg text, svg title')).map(t => t.textContent).join('\\n')");
    }

    /** Exports the roadmap as SVG (catching the download) and parses it: text stays text. */
    private void exportedSvgIsInert() {
        browser.driver.executeScript("window.__exported = null; const original = URL.createObjectURL;"
                + "URL.createObjectURL = (blob) => { window.__exported = blob; return original(blob); };");
        browser.driver.findElement(By.id("export-svg")).click();
        Object verdict = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const wait = () => window.__exported ? window.__exported.text().then(t => {"
                + "  const doc = new DOMParser().parseFromString(t, 'image/svg+xml');"
                + "  const broken = doc.getElementsByTagName('parsererror').length > 0;"
                + "  const injected = doc.querySelectorAll('img, script, foreignObject, [onerror]').length;"
                + "  done([broken, injected, doc.documentElement.textContent.includes('window.__xss=1')]);"
                + "}) : setTimeout(wait, 50); wait();");
        assertThat(verdict).as("exported SVG: parse error, injected elements, markup kept as text")
                .isEqualTo(java.util.List.of(false, 0L, true));
    }

    /** The sample pair with markup appended to the names of the process, lanes, tasks, gateways and events. */
    private static byte[] hostile(String state) throws IOException {
        Path file = Path.of(System.getProperty("gapwise.repo.root", "..")).resolve("sample-models/return-refund")
                .resolve(state + ".bpmn");
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Pattern named = Pattern.compile("(<bpmn:(?:participant|process|lane|userTask|manualTask|serviceTask|task|"
                + "sendTask|receiveTask|exclusiveGateway|parallelGateway|startEvent|endEvent|intermediateCatchEvent|"
                + "intermediateThrowEvent|subProcess) [^>]*?name=\")([^\"]*)\"");
        String escaped = " " + PAYLOAD.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
        Matcher m = named.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + escaped + "\""));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String quote(String s) throws IOException {
        return json.writeValueAsString(s);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private JsonNode get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private JsonNode post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private void put(String path, byte[] body) throws Exception {
        send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/xml")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private void patch(String path, String body) throws Exception {
        // the first decision on an item: its tag is "0"
        send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("If-Match", "\"0\"")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonNode send(HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = http.send(b.header("Authorization", Browser.ADMIN_AUTHORIZATION).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return json.readTree(r.body());
    }
}
