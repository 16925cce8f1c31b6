package com.gapwise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.GapwiseApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The method's screens in a real browser: fill the charter, break the RACI and see the violation inline, fix it;
 * add weighted goals, import the catalogue from CSV (a bad file first), score processes and see the shortlist;
 * add an application to the portfolio, see its posture and the heat map, override the posture.
 */
@SpringBootTest(classes = GapwiseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MethodBrowserIT {

    static final Path dataDir = Browser.newDataDir("gapwise-method-it");

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

    @BeforeAll
    void openBrowser() throws Exception {
        browser = Browser.start();
        browser.logIn(port, Browser.ADMIN, Browser.ADMIN_PASSWORD);
        ws = json.readTree(send(HttpRequest.newBuilder(uri("/api/workspaces")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Method engagement\"}")))).get("id").asText();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void fillsTheCharter() throws Exception {
        open("#/ws/" + ws + "/charter");
        type(By.id("charter-purpose"), "Cut the cost to serve while lifting satisfaction");
        type(By.id("charter-scope"), "Billing, complaints and home moves");
        type(By.id("charter-sponsor"), "Chief Operating Officer");
        type(By.id("charter-stakeholders"), "Contact centre\nIT");
        type(By.id("metric-name"), "Average handling time");
        type(By.id("metric-unit"), "s");
        type(By.id("metric-current"), "420");
        type(By.id("metric-target"), "300");
        click(By.id("add-metric"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.metrics tbody"),
                "Average handling time"));
        click(By.id("save-charter"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("toast"), "Charter saved"));
        JsonNode charter = get("/charter");
        assertThat(charter.get("sponsor").asText()).isEqualTo("Chief Operating Officer");
        assertThat(charter.get("stakeholders")).hasSize(2);
        browser.screenshot("method-01-charter");
    }

    @Test
    @Order(2)
    void seesARaciViolationInlineAndFixesIt() throws Exception {
        open("#/ws/" + ws + "/charter");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#raci-status.ok")));
        // a second Accountable for the charter
        WebElement cell = raciCell("Charter", "Project lead");
        cell.clear();
        cell.sendKeys("A");
        click(By.id("save-raci"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#raci-status.problem")));
        WebElement row = browser.driver.findElement(By.cssSelector("table.raci tr.has-violation[data-activity='Charter']"));
        assertThat(row.findElement(By.cssSelector("td.violations")).getText()).contains("2 Accountable roles");
        assertThat(raciCell("Charter", "Sponsor").getDomAttribute("class")).contains("invalid");
        assertThat(get("/raci").get("valid").asBoolean()).isFalse();
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
        browser.screenshot("method-02-raci-violation");

        cell = raciCell("Charter", "Project lead");
        cell.clear();
        cell.sendKeys("R");
        click(By.id("save-raci"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#raci-status.ok")));
        assertThat(browser.driver.findElements(By.cssSelector("table.raci tr.has-violation"))).isEmpty();
        assertThat(get("/raci").get("valid").asBoolean()).isTrue();
    }

    @Test
    @Order(3)
    void importsTheCatalogueScoresProcessesAndSeesTheShortlist() throws Exception {
        open("#/ws/" + ws + "/shortlist");
        addGoal("Lower cost to serve", "3");
        addGoal("Higher satisfaction", "1");

        type(By.id("import-csv"), "id,name,level,parent\nS,Customer service,1,\nB,Billing enquiry,3,Nowhere\n");
        click(By.id("import-button"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-errors"), "line 3 (parent)"));
        browser.screenshot("method-03-import-error");
        WebElement csv = browser.driver.findElement(By.id("import-csv"));
        csv.clear();
        csv.sendKeys("id,name,level,parent\nS,Customer service,1,\nB,Billing enquiry,3,S\nC,Complaints,3,S\nM,Home move,3,S\n");
        click(By.id("import-button"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-process='Home move']")));

        score("Billing enquiry", "Lower cost to serve", "5");
        score("Billing enquiry", "Higher satisfaction", "1");
        score("Complaints", "Lower cost to serve", "3");
        score("Complaints", "Higher satisfaction", "5");
        score("Home move", "Lower cost to serve", "1");
        // billing (3·5 + 1·1) / 4 = 4, complaints (9 + 5) / 4 = 3.5, home move 3 / 4 = 0.75
        browser.wait.until(d -> total("Home move").startsWith("0.75"));
        assertThat(total("Billing enquiry")).startsWith("4").contains("(3×5 + 1×1) / (3 + 1) = 16 / 4 = 4.00");
        assertThat(total("Complaints")).startsWith("3.5");

        WebElement top = browser.driver.findElement(By.id("shortlist-top"));
        top.clear();
        top.sendKeys("2");
        click(By.id("apply-shortlist"));
        browser.wait.until(d -> d.findElements(By.cssSelector("table.score-grid tr.shortlisted")).size() == 2);
        List<String> shortlisted = browser.driver.findElements(By.cssSelector("table.score-grid tr.shortlisted")).stream()
                .map(r -> r.getDomAttribute("data-process")).toList();
        assertThat(shortlisted).containsExactly("Billing enquiry", "Complaints");
        assertThat(get("/shortlist?top=2").get("ranking").get(0).get("name").asText()).isEqualTo("Billing enquiry");
        browser.screenshot("method-04-shortlist");
    }

    @Test
    @Order(4)
    void myApiTokensShowTheSecretOnceAndRevokeIt() throws Exception {
        // the steps before: only the bad catalogue file's 422, which the screen shows on purpose
        assertThat(browser.severeConsoleMessages()).allMatch(m -> m.contains("/processes/import") && m.contains("status of 422"));
        open("#/tokens");
        type(By.id("token-name"), "CI script");
        click(By.cssSelector("#tokens form.inline-form button[type=submit]"));
        String token = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-value"))).getText();
        assertThat(token).startsWith("gw_");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#tokens table"), "CI script"));
        browser.screenshot("access-01-token-created");
        assertThat(status("/api/me", "Bearer " + token)).isEqualTo(200);
        click(By.cssSelector("#tokens button[aria-label='Revoke CI script']"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#tokens table"), "No token yet."));
        assertThat(status("/api/me", "Bearer " + token)).isEqualTo(401);
        assertNoConsoleErrors();
    }

    @Test
    @Order(5)
    void theAdminAddsAViewerToTheWorkspaceAndSeesItInTheAuditLog() {
        open("#/admin");
        type(By.id("new-user-name"), "vera");
        type(By.id("new-user-password"), "vera's password");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("new-user-role"))).selectByValue("VIEWER");
        click(By.cssSelector("#admin form.inline-form button[type=submit]"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#users tr[data-username='vera']")));
        type(By.id("member-name"), "vera");
        click(By.xpath("//form[.//input[@id='member-name']]//button[@type='submit']"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#members li[data-member='vera']")));
        open("#/tokens");
        open("#/admin");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit"),
                "PUT /api/workspaces/{ws}/members/{user}"));
        browser.screenshot("access-02-admin");
        assertNoConsoleErrors();
    }

    @Test
    @Order(6)
    void aViewerSeesOnlyTheirWorkspaceAndNoAdminScreen() {
        open("#/");
        click(By.id("logout"));
        browser.wait.until(ExpectedConditions.urlContains("/login.html"));
        // someone guessing another user's password is stopped after five tries, with a message on the page
        for (int attempt = 1; attempt <= 6; attempt++) {
            type(By.id("username"), "mallory");
            type(By.id("password"), "guess " + attempt);
            click(By.cssSelector("#login-form button[type=submit]"));
            String expected = attempt <= 5 ? "Wrong username or password." : "Too many failed logins";
            // (the button is disabled while a login is under way, so each click waits for the previous answer)
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), expected));
        }
        browser.screenshot("access-03a-throttled");
        assertThat(browser.severeConsoleMessages()).as("only the refused logins' answers")
                .allMatch(m -> m.contains("/login ") && (m.contains("status of 401") || m.contains("status of 429")));
        browser.logIn(port, "vera", "vera's password");
        assertThat(browser.driver.findElement(By.id("current-user")).getText()).contains("(viewer)");
        assertThat(browser.driver.findElements(By.id("admin-link"))).isEmpty();
        List<WebElement> cards = browser.wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("li.card")));
        assertThat(cards).extracting(WebElement::getText).singleElement().asString().contains("Method engagement");
        assertThat(browser.driver.findElement(By.id("new-workspace-name")).isDisplayed()).as("only admins create workspaces")
                .isFalse();
        browser.screenshot("access-03-viewer");
        assertNoConsoleErrors();
        click(By.id("logout"));
        browser.wait.until(ExpectedConditions.urlContains("/login.html"));
        browser.logIn(port, Browser.ADMIN, Browser.ADMIN_PASSWORD);
    }

    @Test
    @Order(7)
    void swaggerUiWorksUnderTheContentSecurityPolicy() {
        browser.driver.get("http://localhost:" + port + "/swagger-ui.html");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-tag")));
        assertThat(browser.driver.getPageSource()).contains("/api/me/tokens");
        browser.screenshot("access-04-swagger");
        assertNoConsoleErrors();
    }

    private void assertNoConsoleErrors() {
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    private int status(String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    @Order(8)
    void downloadsTheWorkbookAndSeesTheRowErrorOfABadUpload() throws Exception {
        open("#/ws/" + ws + "/shortlist");
        WebElement link = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("download-workbook")));
        assertThat(link.getDomAttribute("download")).endsWith(".xlsx");
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('download-workbook').href)"
                        + ".then(r => done([r.status, r.headers.get('Content-Type'), r.headers.get('Content-Disposition')]))"
                        + ".catch(e => done([0, String(e), '']));");
        assertThat(((Number) answer.get(0)).intValue()).isEqualTo(200);
        assertThat(answer.get(1)).isEqualTo(com.gapwise.spreadsheet.Workbooks.MEDIA_TYPE);
        assertThat((String) answer.get(2)).startsWith("attachment");

        // the analyst scores a process 9 in Excel: the upload lists that cell and changes nothing
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(uri("/api/workspaces/" + ws + "/workbook"))
                .header("Authorization", Browser.ADMIN_AUTHORIZATION).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] bad = com.gapwise.spreadsheet.Cells.edit(download.body(), wb -> {
            com.gapwise.spreadsheet.Cells.set(wb, "Goals", 2, "C", 4);
            com.gapwise.spreadsheet.Cells.set(wb, "Scores", 3, "C", 9);
        });
        Path file = Files.createTempFile(dataDir, "edited", ".xlsx");
        Files.write(file, bad);
        JsonNode goalsBefore = get("/goals");
        browser.driver.findElement(By.id("workbook-file")).sendKeys(file.toString());
        click(By.id("upload-workbook"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.workbook-errors tbody tr")));
        List<String> cells = browser.driver.findElements(By.cssSelector("table.workbook-errors tbody tr td")).stream()
                .map(WebElement::getText).toList();
        assertThat(cells).hasSize(4);
        assertThat(cells.subList(0, 3)).containsExactly("Scores", "3", "C");
        assertThat(cells.get(3)).contains("'9' is out of range: 0 to 5");
        assertThat(browser.driver.findElement(By.id("workbook-errors")).getText()).contains("nothing was imported");
        assertThat(get("/goals")).isEqualTo(goalsBefore);
        browser.screenshot("method-05-workbook-error");
        // the rejected upload's 422 is expected and shown to the analyst; anything else is a defect
        assertThat(browser.severeConsoleMessages()).filteredOn(m -> !m.contains("status of 422")).isEmpty();
    }

    @Test
    @Order(9)
    void addsAnApplicationAndSeesItsPostureAndTheHeatMap() throws Exception {
        String process = json.readTree(send(HttpRequest.newBuilder(uri("/api/workspaces/" + ws + "/processes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Return and refund\",\"level\":5}"))))
                .get("id").asText();
        for (String state : List.of("current", "future")) {
            send(HttpRequest.newBuilder(uri("/api/workspaces/" + ws + "/processes/" + process + "/models/" + state))
                    .header("Content-Type", "application/xml").PUT(HttpRequest.BodyPublishers.ofFile(
                            Path.of("..", "sample-models", "return-refund", state + ".bpmn"))));
        }
        open("#/ws/" + ws + "/portfolio");
        type(By.id("app-new-name"), "ERP");
        type(By.id("app-new-vendor"), "SAP");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("app-new-deployment")))
                .selectByValue("ON_PREMISE");
        type(By.id("app-new-cost"), "120000");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("app-new-fit"))).selectByValue("4");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("app-new-integration")))
                .selectByValue("3");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("app-new-health"))).selectByValue("2");
        new org.openqa.selenium.support.ui.Select(browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("app-new-lanes")))).selectByValue("ERP System");
        click(By.id("add-application"));

        WebElement posture = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#postures tr[data-key='erp'] .posture")));
        assertThat(posture.getDomAttribute("data-posture")).isEqualTo("REPLACE");
        assertThat(browser.driver.findElement(By.cssSelector("#postures tr[data-key='erp']")).getText())
                .contains("FAILING_PLATFORM", "platform is failing");

        // the heat map cell shows what the API reports
        JsonNode cell = get("/portfolio").get("heatMap").get("processes").get(0).get("cells").get(0);
        assertThat(cell.get("futureTasks").asInt()).isPositive();
        WebElement td = browser.driver.findElement(By.cssSelector("#heatmap td[data-process='" + process
                + "'][data-app='erp']"));
        assertThat(td.getText()).isEqualTo(cell.get("currentTasks").asInt() + " / " + cell.get("futureTasks").asInt());
        assertThat(td.getDomAttribute("class")).contains("posture-replace");
        assertThat(browser.driver.findElement(By.id("summary-postures")).getText()).contains("1 replace");
        assertThat(get("/gaps?type=UNSUPPORTED_TASK").get("total").asInt()).isPositive();
        browser.screenshot("method-05-portfolio");

        // an override with its reason wins and shows next to the recommendation
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("override-erp"))).selectByValue("RETAIN");
        type(By.id("override-reason-erp"), "contract runs until 2028");
        click(By.cssSelector("#postures tr[data-key='erp'] button"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#postures tr[data-key='erp']"), "rules say replace"));
        assertThat(get("/applications/erp").get("postureOverride").asText()).isEqualTo("RETAIN");
        // the log holds the whole session: step 3's deliberately bad CSV import is its only expected error
        assertThat(browser.severeConsoleMessages())
                .filteredOn(m -> !m.contains("/processes/import - Failed to load resource: the server responded with a "
                        + "status of 422")).isEmpty();
    }

    private void addGoal(String name, String weight) {
        type(By.id("goal-name"), name);
        type(By.id("goal-weight"), weight);
        click(By.id("add-goal"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.goals"), name));
    }

    private void score(String process, String goal, String value) {
        By by = By.cssSelector("input[aria-label='" + process + " — " + goal + "']");
        WebElement input = browser.wait.until(ExpectedConditions.elementToBeClickable(by));
        input.clear();
        input.sendKeys(value, Keys.TAB);
        // the grid re-renders with the new totals: wait until the stored score shows
        browser.wait.until(d -> {
            try {
                return value.equals(d.findElement(by).getDomProperty("value")) && !d.findElement(by).equals(input);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    private String total(String process) {
        try {
            return browser.driver.findElement(By.cssSelector("tr[data-process='" + process + "'] td.total")).getText()
                    .replace('\n', ' ');
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        }
    }

    private WebElement raciCell(String activity, String role) {
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input.raci-cell[data-activity='" + activity + "'][data-role='" + role + "']")));
    }

    private void type(By by, String text) {
        WebElement e = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        e.clear();
        e.sendKeys(text);
    }

    private void open(String hash) {
        browser.driver.get("http://localhost:" + port + "/" + hash);
    }

    private void click(By by) {
        browser.wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private JsonNode get(String path) throws Exception {
        return json.readTree(send(HttpRequest.newBuilder(uri("/api/workspaces/" + ws + path)).GET()));
    }

    private String send(HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = http.send(b.header("Authorization", Browser.ADMIN_AUTHORIZATION).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return r.body();
    }
}
