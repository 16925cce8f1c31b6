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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The analyst's way through the web UI in a real browser, against the running app on H2: create a
 * workspace and a process, upload models (a broken one first), review the diff on the diagrams,
 * and check that a reload keeps the screen. Screenshots go to target/screenshots for review.
 */
@SpringBootTest(classes = GapwiseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalystFlowBrowserIT {

    static final Path dataDir = Browser.newDataDir("gapwise-browser-it");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Browser.appProperties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Browser browser;
    private String workspaceId;
    private String processId;

    @BeforeAll
    void openBrowser() {
        browser = Browser.start();
    }

    @Test
    @Order(0)
    void theLoginPageRefusesAWrongPasswordThenLogsInAndOut() {
        open("#/");
        browser.wait.until(ExpectedConditions.urlContains("/login.html"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(Browser.ADMIN);
        browser.driver.findElement(By.id("password")).sendKeys("not the password");
        click(By.cssSelector("#login-form button[type=submit]"));
        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(error.getText()).isEqualTo("Wrong username or password.");
        browser.screenshot("00-login-wrong-password");
        // the refused login's 401 is the expected answer; nothing else may show up (no CSP violation either)
        assertThat(browser.severeConsoleMessages()).filteredOn(m -> !(m.contains("/login ") && m.contains("status of 401")))
                .isEmpty();

        browser.logIn(port, Browser.ADMIN, Browser.ADMIN_PASSWORD);
        assertThat(text(By.id("current-user"))).contains("admin").contains("(admin)");
        assertThat(browser.driver.findElements(By.id("admin-link"))).hasSize(1);
        click(By.id("logout"));
        browser.wait.until(ExpectedConditions.urlContains("/login.html"));
        open("#/");
        browser.wait.until(ExpectedConditions.urlContains("/login.html"));
        browser.logIn(port, Browser.ADMIN, Browser.ADMIN_PASSWORD);
        assertNoConsoleErrors();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void createsWorkspaceAndProcess() {
        open("#/");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-workspace-name")))
                .sendKeys("Contact centre 2027");
        browser.screenshot("01-workspaces");
        click(By.cssSelector("form.inline-form button[type=submit]"));
        browser.wait.until(ExpectedConditions.urlMatches("#/ws/\\d+$"));
        workspaceId = hashPart("#/ws/(\\d+)");

        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("process-name"))).sendKeys("Return and refund");
        click(By.cssSelector("form.inline-form button[type=submit]"));
        WebElement row = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-process-id]")));
        assertThat(row.getText()).contains("Return and refund").contains("L5").contains("needs a future model");
        processId = row.getDomAttribute("data-process-id");
        assertNoConsoleErrors();
    }

    @Test
    @Order(2)
    void brokenUploadShowsTheServersProblemNextToTheFile() throws Exception {
        open("#/ws/" + workspaceId + "/process/" + processId + "/model/current");
        String broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">
                  <bpmn:process id="P">
                    <bpmn:task id="T1" name="Open case">
                  </bpmn:process>
                </bpmn:definitions>
                """;
        Path file = Files.writeString(dataDir.resolve("broken-model.bpmn"), broken);
        JsonNode problem = json.readTree(put("current", "broken-model.bpmn", broken.getBytes(StandardCharsets.UTF_8)).body());
        assertThat(problem.path("line").asInt()).as("the API locates the error").isPositive();

        upload(file);
        WebElement result = browser.wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#upload-result.problem")));
        assertThat(result.getText()).contains("broken-model.bpmn").contains(problem.path("detail").asText());
        assertThat(text(By.id("problem-line"))).isEqualTo(problem.path("line").asText());
        assertThat(text(By.id("problem-column"))).isEqualTo(problem.path("column").asText());
        assertThat(get("/processes/" + processId + "/models/current/versions")).isEqualTo("[]");
        browser.screenshot("03-upload-error");
    }

    @Test
    @Order(3)
    void uploadsCurrentAndFutureModels() {
        upload(sample("current"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#upload-result.ok"),
                "Saved as version 1"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("version-list"), "v1"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/model/current/v/1");
        assertThat(browser.driver.findElements(By.cssSelector("#modeler-canvas .djs-element")).size()).isGreaterThan(10);

        click(By.cssSelector("nav.state-switch a[href$='/future']"));
        browser.wait.until(ExpectedConditions.urlMatches("/model/future$"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("version-list"), "No version yet"));
        upload(sample("future"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#upload-result.ok"),
                "Saved as version 1"));
        browser.screenshot("02-modeler");
        assertNoConsoleErrors();
    }

    @Test
    @Order(4)
    void catalogueShowsBothModelsAndTheDiffStatus() {
        open("#/ws/" + workspaceId);
        WebElement row = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr[data-process-id='" + processId + "']")));
        assertThat(row.findElements(By.cssSelector("a.model-chip:not(.missing)"))).extracting(WebElement::getText)
                .containsExactly("v1", "v1");
        assertThat(row.findElement(By.cssSelector("a.button")).getText()).isEqualTo("Review diff");
        browser.screenshot("01-catalogue");
        row.findElement(By.cssSelector("a.button")).click();
        browser.wait.until(ExpectedConditions.urlMatches("/process/" + processId + "/diff$"));
    }

    @Test
    @Order(5)
    void diffColoursElementsListsChangesAndShowsMatches() throws Exception {
        JsonNode diff = json.readTree(get("/processes/" + processId + "/diff"));
        waitForDiff();

        // Every added and removed element that is drawn carries its marker, shapes also a badge.
        // (the sample's future state adds a CRM store, drawn twice)
        assertThat(assertMarked("future", diff.path("added"), "gw-added")).as("drawings of added stores marked").isPositive();
        assertMarked("current", diff.path("removed"), "gw-removed");
        assertThat(browser.driver.findElements(By.cssSelector("ul.legend li"))).hasSize(5);

        // The change list has one entry per added, removed and changed (matched pair) element.
        Set<String> changedPairs = new HashSet<>();
        diff.path("changes").forEach(c -> changedPairs.add(c.path("current").asText() + "|" + c.path("future").asText()));
        int expected = diff.path("added").size() + diff.path("removed").size() + changedPairs.size();
        assertThat(browser.driver.findElements(By.cssSelector("#change-list button.change"))).hasSize(expected);
        // within a lane the entries run left to right as the diagrams do (each element on its own side)
        @SuppressWarnings("unchecked")
        List<List<Number>> lanes = (List<List<Number>>) ((JavascriptExecutor) browser.driver).executeScript(
                "return [...document.querySelectorAll('#change-list section.lane-group')].map(group =>"
                + " [...group.querySelectorAll('button.change')].map(b => {"
                + "  const g = document.querySelector(`#canvas-${b.dataset.side} .djs-element[data-element-id='${b.dataset.elementId}']`);"
                + "  const m = g && /matrix\\(1 0 0 1 (-?[\\d.]+)/.exec(g.getAttribute('transform') || '');"
                + "  return m ? Number(m[1]) : null; }).filter(x => x !== null));");
        assertThat(lanes).isNotEmpty();
        for (List<Number> xs : lanes) {
            for (int i = 1; i < xs.size(); i++) {
                assertThat(xs.get(i).doubleValue()).as("x of entry %d in %s", i, xs).isGreaterThanOrEqualTo(xs.get(i - 1).doubleValue());
            }
        }
        // no two entries read alike: an unnamed element says where it sits, a merged element's entries where they came from
        assertThat(browser.driver.findElements(By.cssSelector("#change-list button.change"))).extracting(WebElement::getText)
                .doesNotHaveDuplicates();
        assertThat(browser.driver.findElements(By.cssSelector("#change-list .change-name"))).extracting(WebElement::getText)
                .filteredOn(t -> t.startsWith("unnamed ")).isNotEmpty()
                .allSatisfy(t -> assertThat(t).containsPattern(" (on|after|before|from) '"));
        Map<String, Set<String>> currentsOf = new HashMap<>();
        diff.path("changes").forEach(c -> currentsOf.computeIfAbsent(c.path("future").asText(), k -> new HashSet<>())
                .add(c.path("current").asText()));
        currentsOf.values().removeIf(currents -> currents.size() < 2);
        assertThat(currentsOf).as("the sample merges elements").isNotEmpty();
        currentsOf.forEach((future, currents) -> assertThat(browser.driver.findElements(By.cssSelector(
                "#change-list button.change[data-element-id='" + future + "'] .change-name")))
                .extracting(WebElement::getText).hasSize(currents.size()).allSatisfy(t -> assertThat(t).contains(" (from '")));
        browser.screenshot("04-diff");
        assertMetricsPanelShows(diff.path("metrics"));
        assertHandoffsMarkedWhenToggled(diff.path("metrics"));
        browser.screenshot("04b-diff-metrics");
        // closer, for a reviewer to see the marks: the first change centred at a readable zoom
        click(By.cssSelector("#change-list button.change[data-side='future']"));
        browser.screenshot("04c-diff-handoffs-close");
        click(By.id("show-handoffs")); // off again, so the marks below are the change colours only
        browser.wait.until(d -> d.findElements(By.cssSelector(".gw-handoff")).isEmpty());
        click(By.xpath("//button[text()='Fit']"));

        // Clicking a change focuses the element and its counterpart.
        JsonNode change = diff.path("changes").get(0);
        click(By.cssSelector("#change-list button.change[data-element-id='" + change.path("future").asText() + "']"));
        browser.wait.until(d -> hasClass("future", change.path("future").asText(), "gw-focus"));
        assertThat(hasClass("current", change.path("current").asText(), "gw-focus")).isTrue();

        // Hovering an element shows its match: counterpart highlighted, score and reasons listed.
        JsonNode match = firstShapeMatch(diff);
        click(By.xpath("//button[text()='Fit']")); // the whole diagram in view, so any element can be hovered
        WebElement shape = element("future", match.path("future").asText());
        new Actions(browser.driver).moveToElement(shape).perform();
        browser.wait.until(d -> hasClass("current", match.path("current").asText(), "gw-counterpart"));
        assertThat(text(By.id("match-info"))).contains(String.format("score %.2f", match.path("score").asDouble()))
                .contains(match.path("reasons").get(0).asText());
        browser.screenshot("05-diff-match");

        // Zooming one side zooms the other the same way.
        new Actions(browser.driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(
                browser.driver.findElement(By.id("canvas-future"))), 0, 200).perform();
        try {
            browser.wait.until(d -> sameViewport(viewport("future"), viewport("current")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("viewports differ: future " + viewport("future") + ", current " + viewport("current"), e);
        }
        assertNoConsoleErrors();
    }

    @Test
    @Order(6)
    void reloadKeepsTheScreenAndFocus() {
        String url = browser.driver.getCurrentUrl();
        String focusId = browser.driver.findElement(By.cssSelector("#change-list button.change"))
                .getDomAttribute("data-element-id");
        open("#/ws/" + workspaceId + "/process/" + processId + "/diff?focus=" + focusId);
        browser.driver.navigate().refresh();
        waitForDiff();
        String side = element("future", focusId) != null ? "future" : "current";
        browser.wait.until(d -> hasClass(side, focusId, "gw-focus"));
        assertThat(url).contains("/process/" + processId + "/diff");
    }

    @Test
    @Order(6)
    void aScreenLeftWhileLoadingDoesNotLandOnTheNextOne() {
        // the workspace list is still fetching when the hash changes to the diff (the next task, before any
        // answer from the server can arrive): its late answer must not be drawn on the diff
        ((JavascriptExecutor) browser.driver).executeScript("location.hash = '#/'; setTimeout(() => { location.hash = '#/ws/"
                + workspaceId + "/process/" + processId + "/diff'; }, 0);");
        waitForDiff();
        // the list's answer has long arrived when the diagrams are drawn
        assertThat(browser.driver.findElements(By.cssSelector("#main .workspace-card, #main h2")))
                .extracting(e -> e.getText()).noneMatch(t -> t.equals("Workspaces"));
        assertThat(browser.driver.findElements(By.cssSelector("#main section.diff-page"))).hasSize(1);
    }

    @Test
    @Order(7)
    void labelsFromModelsRenderAsText() throws Exception {
        JsonNode diff = json.readTree(get("/processes/" + processId + "/diff"));
        String name = null;
        for (JsonNode ref : diff.path("added")) {
            if (ref.path("type").asText().endsWith("Task") && !ref.path("name").asText().isBlank()) {
                name = ref.path("name").asText();
                break;
            }
        }
        assertThat(name).as("an added task with a label").isNotNull();
        String hostile = "<script>window.gwXss=1</script><img src=x onerror=\"window.gwXss=2\">";
        String xml = Files.readString(sample("future")).replace("name=\"" + name + "\"",
                "name=\"" + hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;") + "\"");
        Path file = Files.writeString(dataDir.resolve("future-hostile.bpmn"), xml);
        open("#/ws/" + workspaceId + "/process/" + processId + "/model/future");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("version-list"), "v1"));
        upload(file);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#upload-result.ok"),
                "Saved as version 2"));
        open("#/ws/" + workspaceId + "/process/" + processId + "/diff");
        waitForDiff();
        assertThat(browser.driver.findElements(By.cssSelector("#change-list .change-name")))
                .extracting(WebElement::getText).contains(hostile);
        assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.gwXss === undefined")).isEqualTo(true);
        assertNoConsoleErrors();
    }

    @Test
    @Order(8)
    void correctsAMatchAndTheGapsFollow() throws Exception {
        JsonNode diff = json.readTree(get("/processes/" + processId + "/diff"));
        JsonNode removed = firstTask(diff.path("removed"));
        JsonNode added = firstTask(diff.path("added"));
        String removedId = removed.path("id").asText();
        String addedId = added.path("id").asText();
        assertThat(hasGap(diff, "RETIRED_ACTIVITY", "current", removedId)).as("retired-activity gap before").isTrue();
        assertThat(hasGap(diff, "NEW_CAPABILITY", "future", addedId)).as("new-capability gap before").isTrue();
        open("#/ws/" + workspaceId + "/process/" + processId + "/diff");
        waitForDiff();

        // Bring each into view through the change list, then select both on the diagrams and link them.
        click(By.cssSelector("#change-list button.change[data-element-id='" + removed.path("id").asText() + "']"));
        click(By.cssSelector("#change-list button.change[data-element-id='" + added.path("id").asText() + "']"));
        element("current", removed.path("id").asText()).click();
        element("future", added.path("id").asText()).click();
        click(By.id("link-match"));
        browser.wait.until(d -> !hasChangeEntry(removed.path("id").asText()));

        JsonNode after = json.readTree(get("/processes/" + processId + "/diff"));
        JsonNode manual = null;
        for (JsonNode m : after.path("matches")) {
            if (m.path("current").asText().equals(removed.path("id").asText())) {
                manual = m;
            }
        }
        assertThat(manual).as("the manual match is stored").isNotNull();
        assertThat(manual.path("future").asText()).isEqualTo(added.path("id").asText());
        assertThat(manual.path("manual").asBoolean()).isTrue();
        // gaps re-derived: the pair is no longer a retired activity and a new capability
        assertThat(hasGap(after, "RETIRED_ACTIVITY", "current", removedId)).as("retired-activity gap after").isFalse();
        assertThat(hasGap(after, "NEW_CAPABILITY", "future", addedId)).as("new-capability gap after").isFalse();
        assertThat(text(By.id("diff-gap-count"))).startsWith(after.path("gaps").size() + " gap");
        // Now a matched pair: listed as a change of the future element (renamed at least), not as added.
        assertThat(browser.driver.findElements(By.cssSelector("#change-list button.change[data-element-id='"
                + added.path("id").asText() + "']"))).extracting(e -> e.getDomAttribute("data-kind"))
                .isNotEmpty().doesNotContain("added");

        // A reload keeps the correction.
        browser.driver.navigate().refresh();
        waitForDiff();
        assertThat(hasChangeEntry(removed.path("id").asText())).isFalse();
        new Actions(browser.driver).moveToElement(element("future", added.path("id").asText())).perform();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("match-info"), "manual"));
        browser.screenshot("05-diff-manual-match");

        // Unlink from the keyboard: pick the future element in the change list, then Unlink.
        WebElement pick = browser.driver.findElement(By.cssSelector("#change-list button.pick[data-pick='"
                + added.path("id").asText() + "']"));
        pick.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#change-list button.pick[data-pick='"
                + added.path("id").asText() + "']"), "aria-pressed", "true"));
        browser.driver.findElement(By.id("unlink-match")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.wait.until(d -> hasChangeEntry(removed.path("id").asText()));
        boolean stillMatched = false;
        for (JsonNode m : json.readTree(get("/processes/" + processId + "/diff")).path("matches")) {
            stillMatched |= m.path("future").asText().equals(added.path("id").asText());
        }
        assertThat(stillMatched).as("the future element has no counterpart any more").isFalse();
        assertNoConsoleErrors();
    }

    @Test
    @Order(9)
    void triagesAGapAndEditsARequirement() {
        open("#/ws/" + workspaceId + "/gaps?process=" + processId);
        WebElement gap = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gap-list li.item")));
        String gapKey = gap.getDomAttribute("data-key");
        gap.findElement(By.cssSelector("button[data-action='dismissed']")).click();
        By dismissed = By.cssSelector("#gap-list li.item.gap-dismissed[data-key='" + gapKey + "']");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(dismissed));
        browser.screenshot("06-gaps");
        assertThat(browser.driver.findElement(dismissed).findElement(By.cssSelector("a[href*='/diff?focus=']"))
                .getDomAttribute("href")).contains("/process/" + processId + "/diff?focus=");

        open("#/ws/" + workspaceId + "/requirements?process=" + processId);
        WebElement req = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#requirement-list li.item")));
        String key = req.getDomAttribute("data-key");
        req.findElement(By.cssSelector("button[data-action='edit']")).click();
        WebElement area = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li[data-key='" + key + "'] textarea")));
        area.clear();
        area.sendKeys("Customers start a return online and get a QR label at once.");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(
                By.cssSelector("li[data-key='" + key + "'] select[aria-label='Priority']"))).selectByValue("COULD");
        browser.driver.findElement(By.cssSelector("li[data-key='" + key + "'] form button[type=submit]")).click();
        By edited = By.cssSelector("li[data-key='" + key + "'] .req-text");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(edited, "get a QR label at once"));
        browser.screenshot("07-requirements");

        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(edited, "get a QR label at once"));
        assertThat(browser.driver.findElement(By.cssSelector("li[data-key='" + key + "'] .prio")).getText()).isEqualTo("COULD");
        assertThat(browser.driver.findElement(By.cssSelector("li[data-key='" + key + "']")).getText()).contains("edited");
        open("#/ws/" + workspaceId + "/gaps?process=" + processId);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(dismissed));
        assertNoConsoleErrors();
    }

    @Test
    @Order(10)
    void initiativesAndScoring() throws Exception {
        open("#/ws/" + workspaceId + "/initiatives");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#initiative-board article.initiative")));
        browser.screenshot("08-initiatives");

        // Split: tick a requirement of an initiative with several, split it off into a new initiative.
        WebElement source = browser.driver.findElements(By.cssSelector("#initiative-board article.initiative")).stream()
                .filter(a -> a.findElements(By.cssSelector("ul.members > li")).size() >= 2).findFirst()
                .orElseThrow(() -> new AssertionError("an initiative with two requirements"));
        String sourceKey = source.getDomAttribute("data-key");
        String moved = source.findElement(By.cssSelector("ul.members > li")).getText().lines().findFirst().orElseThrow();
        source.findElement(By.cssSelector("ul.members input[type=checkbox]")).click();
        source.findElement(By.cssSelector("button[data-action='split']")).click();
        WebElement name = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("article[data-key='" + sourceKey + "'] input[aria-label='Name of the new initiative']")));
        name.clear();
        name.sendKeys("Returns labels");
        name.submit();
        By created = By.xpath("//article[contains(@class,'initiative')][.//h3[text()='Returns labels']]");
        WebElement split = browser.wait.until(ExpectedConditions.presenceOfElementLocated(created));
        assertThat(split.findElement(By.cssSelector("ul.members")).getText()).contains(moved);
        String createdKey = split.getDomAttribute("data-key");

        // Merge it back: it disappears and its requirement is in the source again.
        new org.openqa.selenium.support.ui.Select(split.findElement(By.cssSelector("select[aria-label^='Merge']")))
                .selectByValue(sourceKey);
        split.findElement(By.cssSelector("button[data-action='merge']")).click();
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article[data-key='" + createdKey + "']"), 0));
        assertThat(browser.driver.findElement(By.cssSelector("article[data-key='" + sourceKey + "'] ul.members")).getText())
                .contains(moved);

        // A dependency declared on the board is drawn on the roadmap.
        WebElement later = browser.driver.findElements(By.cssSelector("#initiative-board article.initiative")).get(0);
        String laterKey = later.getDomAttribute("data-key");
        later.findElement(By.cssSelector("details.depends summary")).click();
        org.openqa.selenium.support.ui.Select depends = new org.openqa.selenium.support.ui.Select(
                later.findElement(By.cssSelector("details.depends select")));
        String earlierKey = depends.getOptions().get(0).getDomAttribute("value");
        depends.selectByValue(earlierKey);
        later.findElement(By.cssSelector("button[data-action='depends']")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("article[data-key='" + laterKey + "']"), "Depends on:"));
        open("#/ws/" + workspaceId + "/roadmap");
        WebElement arrow = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#roadmap-chart path.dependency")));
        assertThat(arrow.getDomAttribute("data-from")).isEqualTo(earlierKey);
        assertThat(arrow.getDomAttribute("data-to")).isEqualTo(laterKey);

        open("#/ws/" + workspaceId + "/scoring");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#value-risk-matrix .dot")));
        int initiatives = json.readTree(get("/initiatives")).path("total").asInt();
        assertThat(browser.driver.findElements(By.cssSelector("#value-risk-matrix .dot"))).hasSize(initiatives);
        WebElement weight = browser.driver.findElement(By.cssSelector("input[aria-label='Weight of complexity']"));
        weight.clear();
        weight.sendKeys("0.6");
        click(By.id("save-weights"));
        browser.wait.until(d -> {
            try {
                return json.readTree(get("/settings")).path("scoring").path("weights").path("COMPLEXITY").asDouble() == 0.6;
            } catch (Exception e) {
                return false;
            }
        });
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#value-risk-matrix .dot")));
        assertThat(browser.driver.findElement(By.cssSelector("input[aria-label='Weight of complexity']")).getDomProperty("value"))
                .isEqualTo("0.6");
        browser.screenshot("09-scoring");
        assertNoConsoleErrors();
    }

    @Test
    @Order(11)
    void reschedulesAnInitiativeByDragAndKeyboard() throws Exception {
        open("#/ws/" + workspaceId + "/roadmap");
        WebElement bar = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#roadmap-chart g.bar")));
        String key = bar.getDomAttribute("data-key");
        JsonNode periods = json.readTree(get("/roadmap")).path("periods");
        String from = bar.getDomAttribute("data-period");
        int index = indexOf(periods, from);
        String target = periods.get(index + 2).asText();
        // One period column is 110 SVG units; the chart is drawn 1:1 (its width attribute), so 220 px is two columns.
        new Actions(browser.driver).dragAndDropBy(bar.findElement(By.tagName("rect")), 220, 0).perform();
        By moved = By.cssSelector("#roadmap-chart g.bar[data-key='" + key + "']");
        browser.wait.until(d -> target.equals(d.findElement(moved).getDomAttribute("data-period")));
        assertThat(browser.driver.findElement(moved).getDomAttribute("class")).contains("pinned");

        // The keyboard does the same: focus the bar and press the right arrow.
        browser.driver.findElement(moved).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
        String next = periods.get(index + 3).asText();
        browser.wait.until(d -> next.equals(d.findElement(moved).getDomAttribute("data-period")));
        browser.screenshot("10-roadmap");

        browser.driver.navigate().refresh();
        browser.wait.until(d -> next.equals(d.findElement(moved).getDomAttribute("data-period")));
        JsonNode placement = null;
        for (JsonNode p : json.readTree(get("/roadmap")).path("placements")) {
            if (p.path("initiativeKey").asText().equals(key)) {
                placement = p;
            }
        }
        assertThat(placement).isNotNull();
        assertThat(placement.path("period").asText()).isEqualTo(next);
        assertThat(placement.path("pinned").asBoolean()).isTrue();

        // Exports: CSV data, an SVG and a PNG image of the timeline.
        Path downloads = Files.createDirectories(dataDir.resolve("downloads"));
        browser.driver.executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        click(By.id("export-csv"));
        click(By.id("export-svg"));
        click(By.id("export-png"));
        Path csv = downloads.resolve("roadmap.csv");
        Path svgFile = downloads.resolve("roadmap.svg");
        Path png = downloads.resolve("roadmap.png");
        browser.wait.until(d -> Files.isRegularFile(csv) && Files.isRegularFile(svgFile) && Files.isRegularFile(png));
        assertThat(Files.readString(csv)).startsWith("\"initiative\",\"name\",\"period\"")
                .contains("\"" + key + "\"").contains("\"" + next + "\",\"true\"");
        assertThat(Files.readString(svgFile)).startsWith("<svg").contains(next);
        byte[] image = Files.readAllBytes(png);
        assertThat(java.util.Arrays.copyOf(image, 4)).containsExactly(0x89, 'P', 'N', 'G');
        assertNoConsoleErrors();
    }

    @Test
    @Order(12)
    void dropsAFileAsANewVersionAndOpensAnOlderOne() {
        open("#/ws/" + workspaceId + "/process/" + processId + "/model/future");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("version-list"), "v2"));
        // A real drag from the desktop cannot be scripted: drop a File built from version 1's bytes instead.
        ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(location.pathname + 'api/workspaces/%s/processes/%s/models/future?version=1')
                  .then((r) => r.text())
                  .then((xml) => {
                    const data = new DataTransfer();
                    data.items.add(new File([xml], 'dropped-future.bpmn', { type: 'application/xml' }));
                    const zone = document.getElementById('drop-zone');
                    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
                    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
                    done();
                  });
                """.formatted(workspaceId, processId));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#upload-result.ok"),
                "Saved as version 3"));
        assertThat(text(By.id("version-list"))).contains("dropped-future.bpmn");

        click(By.cssSelector("#version-list a[href$='/model/future/v/1']"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("opened-version"), "version 1"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/model/future/v/1");
        // the version list is redrawn after the diagram opens: wait for its marker rather than read it at once
        WebElement current = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#version-list li.current-version")));
        assertThat(current.getText()).startsWith("v1");
        assertNoConsoleErrors();
    }

    @Test
    @Order(13)
    void pairsMadeOnWeakEvidenceAskToBeChecked() throws Exception {
        // another process, the customer-inquiry sample: drawn apart, with pairs made on loosely related words or the flow
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(base("/processes"))
                .header("Authorization", Browser.ADMIN_AUTHORIZATION).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Handle customer inquiry\",\"level\":5}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String inquiry = json.readTree(created.body()).path("id").asText();
        Path models = Path.of(System.getProperty("gapwise.repo.root", "..")).toAbsolutePath().normalize()
                .resolve("sample-models/customer-inquiry");
        for (String state : List.of("current", "future")) {
            HttpResponse<String> r = put(inquiry, state, state + ".bpmn", Files.readAllBytes(models.resolve(state + ".bpmn")));
            assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        }
        JsonNode diff = json.readTree(get("/processes/" + inquiry + "/diff"));
        Set<String> changedPairs = new HashSet<>();
        diff.path("changes").forEach(c -> changedPairs.add(c.path("current").asText() + "|" + c.path("future").asText()));
        Set<String> weak = new HashSet<>();
        Set<String> weakFutures = new TreeSet<>();
        diff.path("matches").forEach(m -> {
            String pair = m.path("current").asText() + "|" + m.path("future").asText();
            if (m.path("score").asDouble() < 0.4 && !m.path("manual").asBoolean() && changedPairs.contains(pair)) {
                weak.add(pair);
                weakFutures.add(m.path("future").asText());
            }
        });
        assertThat(weak).as("the sample has pairs made on weak evidence").isNotEmpty();

        open("#/ws/" + workspaceId + "/process/" + inquiry + "/diff");
        waitForDiff();
        List<WebElement> pills = browser.driver.findElements(By.cssSelector("#change-list .weak-pair"));
        assertThat(pills).hasSize(weak.size()).allSatisfy(pill -> assertThat(pill.getText()).matches("check pair \\(0\\.[0-3]\\d\\)"));
        // each on the entry of a weak pair's future element, and on no other
        assertThat(browser.driver.findElements(By.cssSelector("#change-list button.change"))
                .stream().filter(b -> !b.findElements(By.cssSelector(".weak-pair")).isEmpty())
                .map(b -> b.getDomAttribute("data-element-id")).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(weakFutures);
        browser.screenshot("13-diff-pairs-to-check");
        // lanes, pools and data stores, added, removed or renamed, come first under a heading of their own
        Set<String> containers = new TreeSet<>();
        for (String list : List.of("added", "removed")) {
            diff.path(list).forEach(r -> {
                if (List.of("lane", "participant").contains(r.path("type").asText()) || r.path("type").asText().startsWith("data")) {
                    containers.add(r.path("id").asText());
                }
            });
        }
        diff.path("changes").forEach(c -> {
            if (List.of("lane", "participant").contains(c.path("elementType").asText())
                    || c.path("elementType").asText().startsWith("data")) {
                containers.add(c.path("future").asText());
            }
        });
        assertThat(containers).as("the sample adds, removes or renames lanes").isNotEmpty();
        WebElement firstGroup = browser.driver.findElement(By.cssSelector("#change-list section.lane-group"));
        assertThat(firstGroup.findElement(By.tagName("h4")).getText()).startsWithIgnoringCase("Lanes, pools and data");
        assertThat(firstGroup.findElements(By.cssSelector("button.change"))).extracting(b -> b.getDomAttribute("data-element-id"))
                .containsExactlyInAnyOrderElementsOf(containers);

        // the gaps read off such pairs (a role change, an automation) ask for the same check on the gaps board
        Set<String> gapsToCheck = new TreeSet<>();
        json.readTree(get("/gaps?process=" + inquiry)).path("items").forEach(g -> {
            if (g.path("facts").has("pairToCheck")) {
                gapsToCheck.add(g.path("key").asText());
            }
        });
        assertThat(gapsToCheck).as("the sample has gaps that rest on weak pairs").isNotEmpty();
        open("#/ws/" + workspaceId + "/gaps?process=" + inquiry);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gap-list li.item")));
        List<WebElement> flagged = browser.driver.findElements(By.cssSelector("#gap-list li.item"))
                .stream().filter(li -> !li.findElements(By.cssSelector(".weak-pair")).isEmpty()).toList();
        assertThat(flagged).extracting(li -> li.getDomAttribute("data-key")).containsExactlyInAnyOrderElementsOf(gapsToCheck);
        assertThat(flagged).allSatisfy(li -> assertThat(li.findElement(By.cssSelector(".pair-to-check")).getText())
                .startsWith("Rests on a pair made on weak evidence: '").contains(" -> '", "(score 0."));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", flagged.get(0));
        browser.screenshot("14-gaps-pairs-to-check");
        assertNoConsoleErrors();
    }

    // --- helpers -------------------------------------------------------------------------------

    private void open(String hash) {
        browser.driver.get("http://localhost:" + port + "/" + hash);
    }

    private void click(By by) {
        browser.wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private String text(By by) {
        return browser.driver.findElement(by).getText();
    }

    private String hashPart(String regex) {
        Matcher m = Pattern.compile(regex).matcher(browser.driver.getCurrentUrl());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private void upload(Path file) {
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-file"))).sendKeys(file.toAbsolutePath().toString());
    }

    private static Path sample(String state) {
        Path root = Path.of(System.getProperty("gapwise.repo.root", "..")).toAbsolutePath().normalize();
        return root.resolve("sample-models/return-refund/" + state + ".bpmn");
    }

    private void waitForDiff() {
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#canvas-future .djs-element")));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#change-list button.change")));
    }

    private boolean hasChangeEntry(String id) {
        return !browser.driver.findElements(By.cssSelector("#change-list button.change[data-element-id='" + id + "']")).isEmpty();
    }

    /** Whether the diff document has a gap of this rule naming the element on the given side. */
    private static boolean hasGap(JsonNode diff, String rule, String side, String elementId) {
        for (JsonNode gap : diff.path("gaps")) {
            if (gap.path("rule").asText().equals(rule)) {
                for (JsonNode ref : gap.path(side)) {
                    if (ref.path("id").asText().equals(elementId)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static JsonNode firstTask(JsonNode refs) {
        for (JsonNode ref : refs) {
            if (ref.path("type").asText().endsWith("Task") && !ref.path("name").asText().isBlank()) {
                return ref;
            }
        }
        throw new AssertionError("no named task in " + refs);
    }

    private static int indexOf(JsonNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asText().equals(value)) {
                return i;
            }
        }
        throw new AssertionError(value + " not in " + array);
    }

    private WebElement element(String side, String id) {
        List<WebElement> found = browser.driver.findElements(
                By.cssSelector("#canvas-" + side + " .djs-element[data-element-id='" + id + "']"));
        return found.isEmpty() ? null : found.get(0);
    }

    private boolean hasClass(String side, String id, String cls) {
        WebElement e = element(side, id);
        return e != null && (" " + e.getDomAttribute("class") + " ").contains(" " + cls + " ");
    }

    private String viewport(String side) {
        return browser.driver.findElement(By.cssSelector("#canvas-" + side + " svg g.viewport")).getDomAttribute("transform");
    }

    /** SVG transforms of the two viewports agree to a hundredth (the browser formats them differently). */
    private static boolean sameViewport(String a, String b) {
        double[] x = numbers(a);
        double[] y = numbers(b);
        if (x.length != 6 || y.length != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (Math.abs(x[i] - y[i]) > 0.01) {
                return false;
            }
        }
        return true;
    }

    private static double[] numbers(String transform) {
        return Pattern.compile("-?\\d+(?:\\.\\d+)?(?:e-?\\d+)?").matcher(transform == null ? "" : transform).results()
                .mapToDouble(r -> Double.parseDouble(r.group())).toArray();
    }

    /** Checks the marks; returns how many shapes were marked as drawings of a data store or object. */
    private int assertMarked(String side, JsonNode refs, String marker) throws IOException {
        int drawn = 0;
        int drawings = 0;
        for (JsonNode ref : refs) {
            String id = ref.path("id").asText();
            WebElement e = element(side, id);
            if (e == null) {
                // a data store has no shape of its own: its drawings (references) carry its mark
                for (String drawing : drawingsOf(side, id)) {
                    assertThat(hasClass(side, drawing, marker)).as(drawing + ", a drawing of " + id + ", marked " + marker).isTrue();
                    drawings++;
                }
                continue;
            }
            drawn++;
            assertThat(hasClass(side, id, marker)).as(id + " marked " + marker).isTrue();
            if (e.getDomAttribute("class").contains("djs-shape")) {
                assertThat(browser.driver.findElements(By.cssSelector("#canvas-" + side
                        + " .djs-overlays[data-container-id='" + id + "'] .badge"))).as(id + " badge").hasSize(1);
            }
        }
        assertThat(drawn).as("drawn " + marker + " elements").isPositive();
        return drawings;
    }

    /** The ids of the data store and object references in the sample that refer to the given element. */
    private static List<String> drawingsOf(String side, String id) throws IOException {
        Matcher reference = Pattern.compile("<bpmn:data(?:Store|Object)Reference id=\"([^\"]+)\"[^>]*data(?:Store|Object)Ref=\""
                + Pattern.quote(id) + "\"").matcher(Files.readString(sample(side)));
        List<String> ids = new ArrayList<>();
        while (reference.find()) {
            ids.add(reference.group(1));
        }
        return ids;
    }

    /** The before/after panel shows the API's figures for both states, and says which way each moved. */
    private void assertMetricsPanelShows(JsonNode metrics) {
        assertThat(metrics.path("future").isObject()).as("the diff document carries metrics").isTrue();
        for (String side : List.of("current", "future")) {
            JsonNode m = metrics.path(side);
            for (String key : List.of("tasks", "manualTasks", "automatedTasks", "handoffs", "maxSystemsPerRole",
                    "waitingPoints", "slaTimers", "shortestPath", "longestPath")) {
                assertThat(metricValue(key, side)).as(side + " " + key).isEqualTo(m.path(key).asText());
            }
            assertThat(metricValue("channels", side)).as(side + " channels")
                    .isEqualTo(channels(m).contains("any channel") ? "any" : String.valueOf(channels(m).size()));
            assertThat(metricValue("selfServiceShare", side)).as(side + " self-service share")
                    .isEqualTo(Math.round(m.path("selfServiceShare").asDouble() * 100) + " %");
        }
        int before = metrics.path("current").path("handoffs").asInt();
        int after = metrics.path("future").path("handoffs").asInt();
        WebElement change = browser.driver.findElement(By.cssSelector(
                "#metrics-panel td[data-metric='handoffs'][data-side='change']"));
        String verdict = after < before ? "better" : after > before ? "worse" : "same";
        assertThat(change.getDomAttribute("data-verdict")).isEqualTo(verdict);
        assertThat(change.getText()).contains(after == before ? "±0" : (after < before ? "−" : "+") + Math.abs(after - before))
                .contains(verdict); // a word and an arrow, not colour alone
        // channels are judged as a set: gained only is better, lost only worse, both a change
        List<String> was = channels(metrics.path("current"));
        List<String> is = channels(metrics.path("future"));
        boolean gained = !was.contains("any channel") && is.stream().anyMatch(c -> !was.contains(c));
        boolean lost = !is.contains("any channel") && was.stream().anyMatch(c -> !is.contains(c));
        String channelVerdict = gained && lost ? "neutral" : gained ? "better" : lost ? "worse" : "same";
        assertThat(browser.driver.findElement(By.cssSelector("#metrics-panel td[data-metric='channels'][data-side='change']"))
                .getDomAttribute("data-verdict")).isEqualTo(channelVerdict);
    }

    private static List<String> channels(JsonNode metrics) {
        List<String> channels = new ArrayList<>();
        metrics.path("channels").forEach(c -> channels.add(c.asText()));
        return channels;
    }

    private String metricValue(String key, String side) {
        return browser.driver.findElement(By.cssSelector("#metrics-panel td[data-metric='" + key + "'][data-side='"
                + side + "'] .metric-value")).getText();
    }

    /** "Show hand-offs" marks on each diagram exactly the flows the engine counted as hand-offs. */
    private void assertHandoffsMarkedWhenToggled(JsonNode metrics) {
        assertThat(browser.driver.findElements(By.cssSelector(".gw-handoff"))).isEmpty();
        click(By.id("show-handoffs"));
        int marked = 0;
        for (String side : List.of("current", "future")) {
            for (JsonNode id : metrics.path(side).path("handoffFlowIds")) {
                browser.wait.until(d -> hasClass(side, id.asText(), "gw-handoff"));
                marked++;
            }
            assertThat(browser.driver.findElements(By.cssSelector("#canvas-" + side + " .gw-handoff")))
                    .hasSize(metrics.path(side).path("handoffFlowIds").size());
        }
        assertThat(marked).as("hand-off flows marked").isPositive();
    }

    private JsonNode firstShapeMatch(JsonNode diff) {
        for (JsonNode m : diff.path("matches")) {
            WebElement f = element("future", m.path("future").asText());
            WebElement c = element("current", m.path("current").asText());
            if (f != null && c != null && f.getDomAttribute("class").contains("djs-shape")
                    && m.path("type").asText().endsWith("Task") && m.path("reasons").size() > 0) {
                return m;
            }
        }
        throw new AssertionError("no matched task drawn on both sides");
    }

    private void assertNoConsoleErrors() {
        // The broken upload's 422 is expected and shown to the analyst; anything else is a defect.
        assertThat(browser.severeConsoleMessages()).filteredOn(m -> !m.contains("status of 422")).isEmpty();
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base(path)).header("Authorization", Browser.ADMIN_AUTHORIZATION)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET " + path).isEqualTo(200);
        return r.body();
    }

    private HttpResponse<String> put(String state, String fileName, byte[] body) throws IOException, InterruptedException {
        return put(processId, state, fileName, body);
    }

    private HttpResponse<String> put(String process, String state, String fileName, byte[] body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base("/processes/" + process + "/models/" + state))
                .header("Authorization", Browser.ADMIN_AUTHORIZATION)
                .header("Content-Type", "application/xml")
                .header("X-File-Name", fileName)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI base(String path) {
        return URI.create("http://localhost:" + port + "/api/workspaces/" + workspaceId + path);
    }
}
