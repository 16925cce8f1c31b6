package com.gapwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gapwise.GapwiseApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The REST contract, through real HTTP on a random port, run once per database by the subclasses.
 * The application is started by hand (not by the Spring test context) so that a test can close it
 * and start it again on the same database, as a restart would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContract {

    /** Datasource (and profile) properties of the database under test. */
    abstract Map<String, Object> databaseProperties();

    ConfigurableApplicationContext app;
    Http http;

    /** Makes the database ready once per class (e.g. a fresh schema). */
    void prepareDatabase() {
    }

    @BeforeAll
    void startApplication() {
        prepareDatabase();
        start();
    }

    @AfterAll
    void stopApplication() {
        if (app != null) {
            app.close();
        }
    }

    void start() {
        Map<String, Object> props = new HashMap<>(databaseProperties());
        props.put("server.port", 0);
        props.put("gapwise.demo.enabled", false);
        props.put("spring.main.banner-mode", "off");
        // As command-line arguments: they override application.properties, default properties would not.
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        app = new SpringApplicationBuilder(GapwiseApplication.class).run(args);
        http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
    }

    void restart() {
        app.close();
        start();
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("gapwise.repo.root", "..")).toAbsolutePath().normalize();
    }

    static byte[] miwg(String tool, String file) {
        try {
            return Files.readAllBytes(repoRoot().resolve("../shared/data/miwg").resolve(tool).resolve(file));
        } catch (IOException e) {
            throw new IllegalStateException("the MIWG corpus must be at <repo>/../shared/data/miwg", e);
        }
    }

    static byte[] sample(String process, String state) {
        try {
            return Files.readAllBytes(repoRoot().resolve("sample-models").resolve(process).resolve(state + ".bpmn"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final byte[] A1 = miwg("Reference", "A.1.0.bpmn");
    static final byte[] A2 = miwg("Reference", "A.2.0.bpmn");

    long workspace(String name) {
        Http.Reply r = http.post("/api/workspaces", "{\"name\":\"" + name + "\"}");
        assertThat(r.status()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    long process(long ws, String name, int level, Long parent) {
        Http.Reply r = http.post("/api/workspaces/" + ws + "/processes",
                "{\"name\":\"" + name + "\",\"level\":" + level + (parent == null ? "" : ",\"parentId\":" + parent) + "}");
        assertThat(r.status()).as(new String(r.body())).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    static void assertProblem(Http.Reply r, int status) {
        assertThat(r.status()).as(new String(r.body())).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("type").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank();
        assertThat(new String(r.body())).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void createsWorkspacesAndACatalogueTree() {
        Http.Reply created = http.post("/api/workspaces", "{\"name\":\"Acme contact centre\"}");
        assertThat(created.status()).isEqualTo(201);
        long ws = created.json().get("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/workspaces/" + ws);
        assertThat(http.get("/api/workspaces/" + ws).json().get("name").asText()).isEqualTo("Acme contact centre");
        assertThat(http.get("/api/workspaces").json().findValuesAsText("name")).contains("Acme contact centre");

        long l1 = process(ws, "Customer service", 1, null);
        long l3 = process(ws, "Handle complaints", 3, l1);
        long l5 = process(ws, "Register complaint", 5, l3);
        JsonNode list = http.get("/api/workspaces/" + ws + "/processes").json();
        assertThat(list).hasSize(3);
        assertThat(list.get(2).get("id").asLong()).isEqualTo(l5);
        assertThat(list.get(2).get("parentId").asLong()).isEqualTo(l3);
        assertThat(list.get(0).get("parentId").isNull()).isTrue();

        JsonNode one = http.get("/api/workspaces/" + ws + "/processes/" + l5).json();
        assertThat(one.get("level").asInt()).isEqualTo(5);
        assertThat(one.get("current").isNull()).isTrue();
        assertThat(one.get("future").isNull()).isTrue();
    }

    @Test
    void refusesBadCatalogueInputWithSpecificProblems() {
        long ws = workspace("Rules");
        long l3 = process(ws, "Handle complaints", 3, null);
        String path = "/api/workspaces/" + ws + "/processes";

        Http.Reply sameLevel = http.post(path, "{\"name\":\"x\",\"level\":3,\"parentId\":" + l3 + "}");
        assertProblem(sameLevel, 422);
        assertThat(sameLevel.json().get("detail").asText()).contains("level");

        assertProblem(http.post(path, "{\"name\":\"x\",\"level\":4,\"parentId\":987654}"), 422);

        Http.Reply tooDeep = http.post(path, "{\"name\":\"x\",\"level\":6}");
        assertProblem(tooDeep, 400);
        assertThat(tooDeep.json().get("errors").get(0).get("field").asText()).isEqualTo("level");

        Http.Reply missing = http.post(path, "{\"level\":2}");
        assertProblem(missing, 400);
        assertThat(missing.json().get("detail").asText()).contains("name");

        Http.Reply wrongType = http.post(path, "{\"name\":\"x\",\"level\":\"high\"}");
        assertProblem(wrongType, 400);
        assertThat(wrongType.json().get("detail").asText()).contains("level");

        Http.Reply malformed = http.post(path, "{\"name\":\"x\",\n \"level\": }");
        assertProblem(malformed, 400);
        assertThat(malformed.json().get("line").asInt()).isEqualTo(2);

        assertProblem(http.post(path, ""), 400);
    }

    @Test
    void unknownIdsAndWrongPathTypesAreProblems() {
        assertProblem(http.get("/api/workspaces/987654321"), 404);
        assertProblem(http.get("/api/workspaces/abc"), 400);
        long ws = workspace("Ids");
        assertProblem(http.get("/api/workspaces/" + ws + "/processes/987654321"), 404);
        long p = process(ws, "P", 5, null);
        assertProblem(http.get("/api/workspaces/" + ws + "/processes/" + p + "/models/current"), 404);
        assertProblem(http.get("/api/workspaces/" + ws + "/processes/" + p + "/models/someday"), 404);
        assertProblem(http.put("/api/workspaces/" + ws + "/processes/987654321/models/current", A1, "application/xml"),
                404);
        assertProblem(http.get("/api/workspaces/" + ws + "/gaps/no-such-gap"), 404);
        assertProblem(http.get("/api/workspaces/" + ws + "/gaps?page=-1"), 422);
        assertProblem(http.get("/api/workspaces/" + ws + "/gaps?size=lots"), 400);
    }

    @Test
    void storesVersionsAndDownloadsTheExactBytes() {
        long ws = workspace("Versions");
        long p = process(ws, "Register complaint", 5, null);
        String models = "/api/workspaces/" + ws + "/processes/" + p + "/models/";

        Http.Reply v1 = http.put(models + "current", A1, "application/xml", "X-File-Name", "a1.bpmn");
        assertThat(v1.status()).as(new String(v1.body())).isEqualTo(201);
        assertThat(v1.json().get("version").asInt()).isEqualTo(1);
        assertThat(v1.json().get("warnings").isArray()).isTrue();
        Http.Reply v2 = http.put(models + "current", A2, "application/xml");
        assertThat(v2.json().get("version").asInt()).isEqualTo(2);
        assertThat(v2.header("Location")).endsWith("/models/current?version=2");
        // the future state numbers its own versions
        assertThat(http.put(models + "future", A2, "application/xml").json().get("version").asInt()).isEqualTo(1);

        Http.Reply latest = http.get(models + "current");
        assertThat(latest.status()).isEqualTo(200);
        assertThat(latest.contentType()).startsWith("application/xml");
        assertThat(latest.body()).isEqualTo(A2);
        assertThat(latest.header("X-Model-Version")).isEqualTo("2");
        assertThat(http.get(models + "current?version=1").body()).isEqualTo(A1);
        assertProblem(http.get(models + "current?version=3"), 404);

        JsonNode versions = http.get(models + "current/versions").json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(versions.get(0).get("size").asLong()).isEqualTo(A1.length);
        assertThat(versions.get(0).get("fileName").asText()).isEqualTo("a1.bpmn");
        assertThat(versions.get(1).get("sha256").asText()).hasSize(64).isNotEqualTo(versions.get(0).get("sha256").asText());

        JsonNode detail = http.get("/api/workspaces/" + ws + "/processes/" + p).json();
        assertThat(detail.get("current").get("version").asInt()).isEqualTo(2);
        assertThat(detail.get("future").get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aRejectedModelIsAProblemWithItsLocationAndNothingIsStored() {
        long ws = workspace("Broken");
        long p = process(ws, "P", 5, null);
        String models = "/api/workspaces/" + ws + "/processes/" + p + "/models/";
        byte[] broken = "<?xml version=\"1.0\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <process id=\"p\">\n</definitions>\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Http.Reply r = http.put(models + "current", broken, "application/xml");
        assertProblem(r, 422);
        assertThat(r.json().get("code").asText()).isNotBlank();
        assertThat(r.json().get("line").asInt()).isEqualTo(4);
        assertThat(r.json().get("column").asInt()).isPositive();
        assertProblem(http.put(models + "current", new byte[0], "application/xml"), 422);
        assertThat(http.get(models + "current/versions").json()).isEmpty();
    }

    @Test
    void aBodyOverTwentyMegabytesIsRefusedWith413() {
        long ws = workspace("Large");
        long p = process(ws, "P", 5, null);
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        Http.Reply r = http.put("/api/workspaces/" + ws + "/processes/" + p + "/models/current", huge, "application/xml");
        assertProblem(r, 413);
        // without a Content-Length the limit holds while reading
        assertProblem(http.putChunked("/api/workspaces/" + ws + "/processes/" + p + "/models/current", huge,
                "application/xml"), 413);
        assertThat(http.putChunked("/api/workspaces/" + ws + "/processes/" + p + "/models/current", A1,
                "application/xml").status()).isEqualTo(201);
        assertThat(http.get("/api/workspaces/" + ws + "/processes/" + p + "/models/current/versions").json()).hasSize(1);
    }

    @Test
    void concurrentUploadsBecomeDistinctVersions() throws Exception {
        long ws = workspace("Concurrent");
        long p = process(ws, "P", 5, null);
        String path = "/api/workspaces/" + ws + "/processes/" + p + "/models/future";
        int uploads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                byte[] body = (i % 2 == 0) ? A1 : A2;
                calls.add(() -> {
                    Http.Reply r = http.put(path, body, "application/xml");
                    assertThat(r.status()).as(new String(r.body())).isEqualTo(201);
                    return r.json().get("version").asInt();
                });
            }
            List<Integer> versions = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                versions.add(f.get());
            }
            assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        } finally {
            pool.shutdownNow();
        }
        assertThat(http.get(path + "/versions").json()).hasSize(uploads);
    }

    @Test
    void editsNeedTheCurrentETag() {
        long ws = workspace("Goals");
        Http.Reply created = http.post("/api/workspaces/" + ws + "/goals",
                "{\"name\":\"Faster resolution\",\"description\":\"first contact resolution\",\"weight\":3}");
        assertThat(created.status()).isEqualTo(201);
        String goal = "/api/workspaces/" + ws + "/goals/" + created.json().get("id").asLong();
        String etag = http.get(goal).header("ETag");
        assertThat(etag).isNotBlank();

        Http.Reply changed = http.patch(goal, "{\"weight\":5}", "If-Match", etag);
        assertThat(changed.status()).as(new String(changed.body())).isEqualTo(200);
        assertThat(changed.json().get("weight").asDouble()).isEqualTo(5.0);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);

        assertProblem(http.patch(goal, "{\"weight\":1}", "If-Match", etag), 412);
        assertProblem(http.patch(goal, "{\"weight\":1}"), 428);
        assertProblem(http.patch(goal, "{\"weight\":-1}", "If-Match", changed.header("ETag")), 400);
        assertThat(http.get(goal).json().get("weight").asDouble()).isEqualTo(5.0);
    }

    @Test
    void documentsTheApi() {
        Http.Reply docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/workspaces")).isTrue();
        assertThat(paths.has("/api/workspaces/{ws}/processes/{p}/models/{state}")).isTrue();
        assertThat(paths.has("/api/workspaces/{ws}/gaps")).isTrue();
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void servesTheDiffOfTheLatestModels() throws Exception {
        long ws = workspace("Diff");
        long p = process(ws, "Return and refund", 5, null);
        String base = "/api/workspaces/" + ws + "/processes/" + p;
        byte[] current = sample("return-refund", "current");
        byte[] future = sample("return-refund", "future");
        http.put(base + "/models/current", current, "application/xml");
        assertProblem(http.get(base + "/diff"), 404);
        http.put(base + "/models/future", future, "application/xml");

        Http.Reply r = http.get(base + "/diff");
        assertThat(r.status()).isEqualTo(200);
        JsonNode diff = r.json();
        com.gapwise.importer.BpmnImporter importer = com.gapwise.importer.BpmnImporter.withDefaults();
        com.gapwise.diff.DiffResult expected = com.gapwise.diff.DiffEngine.using(
                com.gapwise.matching.ProcessMatcher.withDefaults()).diff(importer.read(current, "c"),
                importer.read(future, "f"));
        assertThat(diff.get("matches")).hasSize(expected.matches().size()).isNotEmpty();
        assertThat(diff.get("added")).hasSize(expected.added().size());
        assertThat(diff.get("removed")).hasSize(expected.removed().size());
        assertThat(diff.get("changes")).hasSize(expected.changes().size());
        assertThat(diff.get("gaps").isArray()).isTrue();
        assertThat(diff.get("metrics").get("current").get("tasks").asLong()).isEqualTo(importer.read(current, "c").taskCount());
        assertThat(diff.get("metrics").get("future").get("tasks").asLong()).isEqualTo(importer.read(future, "f").taskCount());

        // a new future version replaces the diff at once: the future against itself changes nothing
        http.put(base + "/models/current", future, "application/xml");
        JsonNode same = http.get(base + "/diff").json();
        assertThat(same.get("added")).isEmpty();
        assertThat(same.get("removed")).isEmpty();
    }

    /** A workspace with one analysed process (the return-and-refund sample pair); returns {ws, process}. */
    long[] analysedWorkspace(String name) {
        long ws = workspace(name);
        long p = process(ws, "Return and refund", 5, null);
        String models = "/api/workspaces/" + ws + "/processes/" + p + "/models/";
        assertThat(http.put(models + "current", sample("return-refund", "current"), "application/xml").status())
                .isEqualTo(201);
        assertThat(http.put(models + "future", sample("return-refund", "future"), "application/xml").status())
                .isEqualTo(201);
        return new long[] {ws, p};
    }

    @Test
    void servesTheDerivedStrategyPagedAndFiltered() {
        long[] ids = analysedWorkspace("Strategy");
        String ws = "/api/workspaces/" + ids[0];
        JsonNode all = http.get(ws + "/gaps?size=500").json();
        long total = all.get("total").asLong();
        assertThat(total).isPositive();
        assertThat(all.get("items")).hasSize((int) total);
        JsonNode first = all.get("items").get(0);
        assertThat(first.get("processKey").asText()).isEqualTo(String.valueOf(ids[1]));

        JsonNode page = http.get(ws + "/gaps?size=2&page=1").json();
        assertThat(page.get("items").get(0).get("key").asText()).isEqualTo(all.get("items").get(2).get("key").asText());
        assertThat(page.get("total").asLong()).isEqualTo(total);

        String type = first.get("type").asText();
        JsonNode ofType = http.get(ws + "/gaps?size=500&type=" + type + "&process=" + ids[1]).json();
        assertThat(ofType.get("items")).isNotEmpty().allSatisfy(g -> assertThat(g.get("type").asText()).isEqualTo(type));
        assertThat(http.get(ws + "/gaps?process=987654").json().get("total").asLong()).isZero();
        assertThat(http.get(ws + "/gaps?status=OPEN").json().get("total").asLong()).isEqualTo(total);

        assertThat(http.get(ws + "/requirements").json().get("total").asLong()).isPositive();
        JsonNode initiatives = http.get(ws + "/initiatives").json();
        assertThat(initiatives.get("total").asLong()).isPositive();
        assertThat(initiatives.get("items").get(0).get("score").get("parts")).isNotEmpty();
        JsonNode roadmap = http.get(ws + "/roadmap").json();
        assertThat(roadmap.get("periods")).isNotEmpty();
        assertThat(roadmap.get("placements").size() + roadmap.get("unscheduled").size())
                .isEqualTo(initiatives.get("total").asInt());
        JsonNode diff = http.get(ws + "/processes/" + ids[1] + "/diff").json();
        assertThat(diff.get("gaps")).hasSize((int) total);
    }

    @Test
    void readsAreTaggedByRevisionAndAlwaysReflectTheLatestWrite() {
        long[] ids = analysedWorkspace("Cached reads");
        String ws = "/api/workspaces/" + ids[0];
        String diff = ws + "/processes/" + ids[1] + "/diff";
        Http.Reply before = http.get(diff);
        String etag = before.header("ETag");
        assertThat(etag).matches("\"r\\d+\"");
        assertThat(before.json().get("added")).isNotEmpty();

        // unchanged: 304 without a body, for the diff, the lists, the roadmap and the summary
        for (String read : List.of(diff, ws + "/gaps?size=5", ws + "/requirements", ws + "/initiatives",
                ws + "/roadmap", ws + "/strategy")) {
            Http.Reply first = http.get(read);
            assertThat(first.status()).as(read).isEqualTo(200);
            assertThat(first.header("ETag")).as(read).isEqualTo(etag);
            Http.Reply again = http.get(read, "If-None-Match", etag);
            assertThat(again.status()).as(read).isEqualTo(304);
            assertThat(again.body()).as(read).isEmpty();
            assertThat(http.get(read, "If-None-Match", "\"r0\", " + etag).status()).as(read).isEqualTo(304);
            assertThat(http.get(read).body()).as(read + " is the same answer again").isEqualTo(first.body());
        }
        assertThat(http.get(ws + "/gaps?size=5").json().get("items")).hasSize(5);
        assertThat(http.get(ws + "/gaps?size=6").json().get("items")).as("another page is another answer").hasSize(6);

        // a write changes the answer at once: a future identical to the current state has no changes
        http.put(ws + "/processes/" + ids[1] + "/models/future", sample("return-refund", "current"), "application/xml");
        Http.Reply after = http.get(diff, "If-None-Match", etag);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(etag);
        assertThat(after.json().get("added")).isEmpty();
        assertThat(http.get(ws + "/gaps").json().get("total").asLong()).isZero();

        // a decision changes the item it is about (its ETag stays the decision's tag) and the lists
        http.put(ws + "/processes/" + ids[1] + "/models/future", sample("return-refund", "future"), "application/xml");
        String key = http.get(ws + "/gaps").json().get("items").get(0).get("key").asText();
        assertThat(http.get(ws + "/gaps/" + key).json().get("decision").isNull()).isTrue();
        String listTag = http.get(ws + "/gaps?status=DISMISSED").header("ETag");
        assertThat(http.patch(ws + "/gaps/" + key, "{\"status\":\"dismissed\"}", "If-Match", "\"0\"").status())
                .isEqualTo(200);
        Http.Reply item = http.get(ws + "/gaps/" + key);
        assertThat(item.header("ETag")).isEqualTo("\"1\"");
        assertThat(item.json().get("decision").get("status").asText()).isEqualTo("dismissed");
        Http.Reply dismissed = http.get(ws + "/gaps?status=DISMISSED", "If-None-Match", listTag);
        assertThat(dismissed.status()).isEqualTo(200);
        assertThat(dismissed.json().findValuesAsText("key")).containsExactly(key);
    }

    @Test
    void concurrentUploadsAreAnsweredOnlyOnceTheStrategyReflectsThem() throws Exception {
        long[] ids = analysedWorkspace("Coalesced");
        String ws = "/api/workspaces/" + ids[0];
        String future = ws + "/processes/" + ids[1] + "/models/future";
        byte[] changed = sample("return-refund", "future");
        byte[] unchanged = sample("return-refund", "current");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                byte[] body = i % 2 == 0 ? changed : unchanged;
                calls.add(() -> {
                    Http.Reply r = http.put(future, body, "application/xml");
                    assertThat(r.status()).as(new String(r.body())).isEqualTo(201);
                    return r.json().get("version").asInt();
                });
            }
            List<Integer> versions = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                versions.add(f.get());
            }
            assertThat(versions).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(2, 13)
                    .boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        // after every answer: the strategy is derived from the last version, whichever body that was
        JsonNode last = http.get(future + "/versions").json();
        String lastSha = last.get(last.size() - 1).get("sha256").asText();
        boolean lastIsChanged = lastSha.equals(last.get(0).get("sha256").asText()); // version 1 was 'changed'
        JsonNode diff = http.get(ws + "/processes/" + ids[1] + "/diff").json();
        assertThat(diff.get("added").isEmpty()).isEqualTo(!lastIsChanged);
        assertThat(http.get(ws + "/gaps").json().get("total").asLong() > 0).isEqualTo(lastIsChanged);
    }

    @Test
    void aModelStoredButNotYetDerivedWhenTheServerDiedIsDerivedAtTheNextStart() throws Exception {
        long ws = workspace("Catch-up");
        long p = process(ws, "Return and refund", 5, null);
        String w = "/api/workspaces/" + ws;
        assertThat(http.put(w + "/processes/" + p + "/models/current", sample("return-refund", "current"),
                "application/xml").status()).isEqualTo(201);
        // what a crash between an upload's commit and its derivation leaves: the model stored, not derived
        byte[] future = sample("return-refund", "future");
        var jdbc = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        jdbc.update("INSERT INTO model_version (process_id, state, version_no, file_name, sha256, size_bytes, "
                + "uploaded_at, warnings) VALUES (?, 'future', 1, NULL, ?, ?, ?, '[]')", p,
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(future)),
                future.length, java.time.OffsetDateTime.now());
        long id = jdbc.queryForObject("SELECT id FROM model_version WHERE process_id = ? AND state = 'future'",
                Long.class, p);
        jdbc.update("INSERT INTO model_content (model_version_id, content) VALUES (?, ?)", id, future);
        assertThat(http.get(w + "/gaps").json().get("total").asLong()).as("not derived yet").isZero();

        restart();
        long until = System.nanoTime() + 60_000_000_000L;
        long gaps = 0;
        while (gaps == 0 && System.nanoTime() < until) {
            gaps = http.get(w + "/gaps").json().get("total").asLong();
            Thread.sleep(gaps == 0 ? 200 : 0);
        }
        assertThat(gaps).as("derived after the start").isPositive();
        assertThat(http.get(w + "/processes/" + p + "/diff").status()).isEqualTo(200);
    }

    @Test
    void decisionsNeedTheCurrentETagAndSurviveReanalysisAndRestart() {
        long[] ids = analysedWorkspace("Decisions");
        String ws = "/api/workspaces/" + ids[0];
        String models = ws + "/processes/" + ids[1] + "/models/";
        String gapKey = http.get(ws + "/gaps").json().get("items").get(0).get("key").asText();
        Http.Reply gap = http.get(ws + "/gaps/" + gapKey);
        assertThat(gap.header("ETag")).isEqualTo("\"0\"");

        Http.Reply dismissed = http.patch(ws + "/gaps/" + gapKey, "{\"status\":\"dismissed\",\"note\":\"out of scope\"}",
                "If-Match", gap.header("ETag"));
        assertThat(dismissed.status()).as(new String(dismissed.body())).isEqualTo(200);
        assertThat(dismissed.header("ETag")).isEqualTo("\"1\"");
        assertThat(dismissed.json().get("body").get("status").asText()).isEqualTo("DISMISSED");
        assertProblem(http.patch(ws + "/gaps/" + gapKey, "{\"status\":\"open\"}", "If-Match", "\"0\""), 412);
        assertProblem(http.patch(ws + "/gaps/" + gapKey, "{\"status\":\"open\"}"), 428);
        assertProblem(http.patch(ws + "/gaps/" + gapKey, "{\"status\":\"maybe\"}", "If-Match", "\"1\""), 422);
        assertProblem(http.patch(ws + "/gaps/" + gapKey, "{\"colour\":\"red\"}", "If-Match", "\"1\""), 422);
        assertProblem(http.patch(ws + "/gaps/G-nosuchgap", "{\"status\":\"open\"}", "If-Match", "\"0\""), 404);
        assertThat(http.get(ws + "/gaps?status=dismissed").json().findValuesAsText("key")).containsExactly(gapKey);

        JsonNode requirement = http.get(ws + "/requirements").json().get("items").get(0);
        String reqKey = requirement.get("key").asText();
        Http.Reply edited = http.patch(ws + "/requirements/" + reqKey,
                "{\"text\":\"The portal lets customers track refunds.\",\"priority\":\"COULD\"}", "If-Match", "\"0\"");
        assertThat(edited.status()).as(new String(edited.body())).isEqualTo(200);

        String initiativeKey = http.get(ws + "/initiatives").json().get("items").get(0).get("key").asText();
        assertThat(http.patch(ws + "/initiatives/" + initiativeKey, "{\"name\":\"Refund tracking\"}", "If-Match", "\"0\"")
                .status()).isEqualTo(200);

        // re-analysis with the same future (a new version): every decision still applies
        http.put(models + "future", sample("return-refund", "future"), "application/xml");
        assertDecisionsApplied(ws, gapKey, reqKey, initiativeKey);

        // a future identical to the current state: the gaps are gone, the decisions are reported, not dropped
        http.put(models + "future", sample("return-refund", "current"), "application/xml");
        JsonNode stale = http.get(ws + "/strategy").json().get("staleDecisions");
        assertThat(stale.findValuesAsText("key")).contains(gapKey, reqKey);
        assertProblem(http.get(ws + "/gaps/" + gapKey), 404);

        // the real future again: the decisions apply again, also after a restart
        http.put(models + "future", sample("return-refund", "future"), "application/xml");
        restart();
        assertDecisionsApplied(ws, gapKey, reqKey, initiativeKey);
        assertThat(http.get(ws + "/strategy").json().get("staleDecisions")).isEmpty();
        assertThat(http.get(ws + "/gaps/" + gapKey).header("ETag")).isEqualTo("\"1\"");
    }

    private void assertDecisionsApplied(String ws, String gapKey, String reqKey, String initiativeKey) {
        JsonNode g = http.get(ws + "/gaps/" + gapKey).json();
        assertThat(g.get("body").get("status").asText()).isEqualTo("DISMISSED");
        assertThat(g.get("body").get("statusNote").asText()).isEqualTo("out of scope");
        // requirements of a dismissed gap are set aside; the edited one belongs to another gap unless shared
        Http.Reply r = http.get(ws + "/requirements/" + reqKey);
        if (r.status() == 200) {
            assertThat(r.json().get("body").get("text").asText()).isEqualTo("The portal lets customers track refunds.");
            assertThat(r.json().get("body").get("priority").asText()).isEqualTo("COULD");
        } else {
            assertThat(r.json().get("status").asInt()).isEqualTo(404);
            assertThat(http.get(ws + "/gaps/" + gapKey).json().get("body").get("status").asText()).isEqualTo("DISMISSED");
        }
        assertThat(http.get(ws + "/initiatives/" + initiativeKey).json().get("body").get("name").asText())
                .isEqualTo("Refund tracking");
    }

    @Test
    void analystsOverrideALanesClassForTheWorkspaceAndItSurvivesReanalysis() {
        long[] ids = analysedWorkspace("Lane classes");
        String ws = "/api/workspaces/" + ids[0];
        String diff = ws + "/processes/" + ids[1] + "/diff";
        JsonNode before = http.get(diff).json().get("metrics").get("future");
        JsonNode role = null;
        for (JsonNode lane : before.get("lanes")) {
            if (lane.get("laneClass").asText().equals("HUMAN_ROLE") && lane.get("manualTasks").asInt() > 0
                    && !lane.get("pool").asBoolean()) {
                role = lane;
                break;
            }
        }
        assertThat(role).as("a human-role lane with manual tasks in the future state").isNotNull();
        String name = role.get("name").asText();

        Http.Reply settings = http.get(ws + "/settings");
        assertThat(settings.json().get("laneClasses")).isEmpty();
        assertProblem(http.put(ws + "/settings", "{\"laneClasses\":{\"x\":\"robotic\"}}".getBytes(),
                "application/json", "If-Match", settings.header("ETag")), 422);
        Http.Reply changed = http.put(ws + "/settings",
                ("{\"laneClasses\":{\"" + name.toUpperCase(java.util.Locale.ROOT) + "\":\"system\"}}").getBytes(),
                "application/json", "If-Match", settings.header("ETag"));
        assertThat(changed.status()).as(new String(changed.body())).isEqualTo(200);
        assertThat(changed.json().get("laneClasses").get(name.toUpperCase(java.util.Locale.ROOT)).asText())
                .isEqualTo("SYSTEM");

        assertOverridden(http.get(diff).json().get("metrics").get("future"), before, role);
        // the strategy reads the lane the same way: its gaps now concern a system
        JsonNode gaps = http.get(ws + "/gaps?size=500").json().get("items");
        int inLane = 0;
        for (JsonNode gap : gaps) {
            if (gap.get("future").findValuesAsText("lane").contains(name)) {
                inLane++;
                assertThat(gap.get("systemLane").asBoolean()).as(gap.get("key").asText()).isTrue();
            }
        }
        assertThat(inLane).as("gaps in lane '" + name + "'").isPositive();

        // re-analysis (a new future version) and a restart keep the override
        http.put(ws + "/processes/" + ids[1] + "/models/future", sample("return-refund", "future"), "application/xml");
        restart();
        assertOverridden(http.get(diff).json().get("metrics").get("future"), before, role);
    }

    private static void assertOverridden(JsonNode after, JsonNode before, JsonNode role) {
        JsonNode lane = null;
        for (JsonNode l : after.get("lanes")) {
            if (l.get("id").asText().equals(role.get("id").asText())) {
                lane = l;
            }
        }
        assertThat(lane).isNotNull();
        assertThat(lane.get("laneClass").asText()).isEqualTo("SYSTEM");
        assertThat(lane.get("rule").asText()).isEqualTo("override by the analyst");
        // tasks in a system lane are automated: the lane's manual tasks move over
        assertThat(after.get("automatedTasks").asInt())
                .isEqualTo(before.get("automatedTasks").asInt() + role.get("manualTasks").asInt());
    }

    @Test
    void analystsPinCreateAndSetTheRoadmapFrame() {
        long[] ids = analysedWorkspace("Roadmap");
        String ws = "/api/workspaces/" + ids[0];
        Http.Reply settings = http.get(ws + "/settings");
        assertThat(settings.json().get("roadmap").get("startPeriod").asText()).isNotBlank();
        Http.Reply changed = http.put(ws + "/settings", ("{\"roadmap\":{\"startPeriod\":\"2028-Q1\",\"periods\":4,"
                + "\"capacityPerPeriod\":100,\"unit\":\"QUARTER\"}}").getBytes(), "application/json", "If-Match",
                settings.header("ETag"));
        assertThat(changed.status()).as(new String(changed.body())).isEqualTo(200);
        assertThat(http.get(ws + "/roadmap").json().get("periods").get(0).asText()).isEqualTo("2028-Q1");
        assertProblem(http.put(ws + "/settings", "{\"roadmap\":{\"startPeriod\":\"soon\"}}".getBytes(),
                "application/json", "If-Match", changed.header("ETag")), 422);
        assertProblem(http.put(ws + "/settings", "{}".getBytes(), "application/json", "If-Match", settings.header("ETag")),
                412);

        String initiative = http.get(ws + "/initiatives").json().get("items").get(0).get("key").asText();
        Http.Reply pinned = http.patch(ws + "/roadmap/" + initiative, "{\"period\":\"2028-Q4\"}", "If-Match", "\"0\"");
        assertThat(pinned.status()).as(new String(pinned.body())).isEqualTo(200);
        JsonNode placement = http.get(ws + "/roadmap/" + initiative).json().get("body");
        assertThat(placement.get("period").asText()).isEqualTo("2028-Q4");
        assertThat(placement.get("pinned").asBoolean()).isTrue();

        Http.Reply created = http.post(ws + "/initiatives", "{\"name\":\"Refund portal\"}");
        assertThat(created.status()).as(new String(created.body())).isEqualTo(201);
        String newKey = created.json().get("key").asText();
        String reqKey = http.get(ws + "/requirements").json().get("items").get(0).get("key").asText();
        assertThat(http.patch(ws + "/requirements/" + reqKey, "{\"initiative\":\"" + newKey + "\"}", "If-Match", "\"0\"")
                .status()).isEqualTo(200);
        assertThat(http.get(ws + "/requirements/" + reqKey).json().get("body").get("initiativeKey").asText())
                .isEqualTo(newKey);
        assertThat(http.get(ws + "/initiatives/" + newKey).json().get("body").get("requirementKeys").toString())
                .contains(reqKey);
    }

    @Test
    void analystsCorrectTheMatching() {
        long[] ids = analysedWorkspace("Matching");
        String process = "/api/workspaces/" + ids[0] + "/processes/" + ids[1];
        JsonNode match = null;
        JsonNode all = http.get(process + "/diff").json().get("matches");
        for (JsonNode m : all) {
            // a one-to-one pair: unmatching one side of a split or merge leaves the other side matched
            long sameCurrent = all.findValuesAsText("current").stream().filter(m.get("current").asText()::equals).count();
            long sameFuture = all.findValuesAsText("future").stream().filter(m.get("future").asText()::equals).count();
            if ((m.get("type").asText().endsWith("Task") || m.get("type").asText().equals("task"))
                    && sameCurrent == 1 && sameFuture == 1) {
                match = m;
                break;
            }
        }
        assertThat(match).as("a matched task").isNotNull();
        String current = match.get("current").asText();
        String future = match.get("future").asText();

        // unmatch the current task: it is now removed, the future one added
        Http.Reply r = http.post(process + "/matches", "{\"current\":\"" + current + "\"}");
        assertThat(r.status()).as(new String(r.body())).isEqualTo(200);
        assertThat(r.json().get("matches").findValuesAsText("current")).doesNotContain(current);
        assertThat(r.json().get("removed").findValuesAsText("id")).contains(current);
        assertThat(r.json().get("added").findValuesAsText("id")).contains(future);

        // pair them again by hand: a manual match
        JsonNode again = http.post(process + "/matches", "{\"current\":\"" + current + "\",\"future\":\"" + future
                + "\"}").json();
        JsonNode manual = null;
        for (JsonNode m : again.get("matches")) {
            if (m.get("current").asText().equals(current)) {
                manual = m;
            }
        }
        assertThat(manual).isNotNull();
        assertThat(manual.get("future").asText()).isEqualTo(future);
        assertThat(manual.get("manual").asBoolean()).isTrue();
        assertProblem(http.post(process + "/matches", "{}"), 422);
    }

    @Test
    void dataSurvivesARestart() {
        long ws = workspace("Durable");
        long p = process(ws, "P", 5, null);
        String models = "/api/workspaces/" + ws + "/processes/" + p + "/models/";
        http.put(models + "current", A1, "application/xml");
        restart();
        assertThat(http.get("/api/workspaces/" + ws).json().get("name").asText()).isEqualTo("Durable");
        assertThat(http.get(models + "current").body()).isEqualTo(A1);
    }

    // ---- the method's deliverables: charter, RACI, scores and shortlist, catalogue import, success metrics

    long goal(long ws, String name, double weight) {
        Http.Reply r = http.post("/api/workspaces/" + ws + "/goals", "{\"name\":\"" + name + "\",\"weight\":" + weight + "}");
        assertThat(r.status()).as(new String(r.body())).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void theCharterIsReplacedWithIfMatch() {
        long ws = workspace("Charter");
        String charter = "/api/workspaces/" + ws + "/charter";
        Http.Reply empty = http.get(charter);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.header("ETag")).isEqualTo("\"0\"");
        assertThat(empty.json().get("purpose").asText()).isEmpty();

        String body = "{\"purpose\":\"Cut cost to serve\",\"scope\":\"Billing and complaints\",\"sponsor\":\"COO\","
                + "\"stakeholders\":[\"Contact centre\",\"IT\"],\"startDate\":\"2027-01-04\",\"endDate\":\"2027-06-30\","
                + "\"deliverables\":[\"Future-state models\",\"Roadmap\"]}";
        byte[] bytes = body.getBytes();
        assertProblem(http.put(charter, bytes, "application/json"), 428);
        Http.Reply saved = http.put(charter, bytes, "application/json", "If-Match", "\"0\"");
        assertThat(saved.status()).as(new String(saved.body())).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"1\"");
        assertProblem(http.put(charter, bytes, "application/json", "If-Match", "\"0\""), 412);
        assertProblem(http.put(charter, "{\"startDate\":\"2027-02-01\",\"endDate\":\"2027-01-01\"}".getBytes(),
                "application/json", "If-Match", "\"1\""), 422);

        JsonNode c = http.get(charter).json();
        assertThat(c.get("sponsor").asText()).isEqualTo("COO");
        assertThat(c.get("endDate").asText()).isEqualTo("2027-06-30");
        assertThat(c.get("stakeholders").get(1).asText()).isEqualTo("IT");
        assertThat(c.get("deliverables")).hasSize(2);

        // the strategy document opens with the charter
        Http.Reply report = http.get("/api/workspaces/" + ws + "/report.html");
        assertThat(report.status()).isEqualTo(200);
        assertThat(new String(report.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Project charter", "Cut cost to serve", "Billing and complaints", "COO", "2027-06-30");
    }

    @Test
    void theRaciStartsFromTheMethodAndReportsEveryViolation() {
        long ws = workspace("RACI");
        String raci = "/api/workspaces/" + ws + "/raci";
        Http.Reply initial = http.get(raci);
        assertThat(initial.header("ETag")).isEqualTo("\"0\"");
        JsonNode m = initial.json();
        assertThat(m.get("saved").asBoolean()).isFalse();
        assertThat(m.get("valid").asBoolean()).isTrue();
        assertThat(m.get("activities")).hasSize(14);
        assertThat(m.get("activities").get(0).get("phaseTitle").asText()).isEqualTo("Define project and future state");

        String invalid = "{\"roles\":[\"Sponsor\",\"Lead\",\"Analyst\"],\"activities\":["
                + "{\"phase\":\"DEFINE\",\"name\":\"Charter\",\"assignments\":{\"Sponsor\":\"A\",\"Lead\":\"A\",\"Analyst\":\"R\"}},"
                + "{\"name\":\"Kick-off\",\"assignments\":{\"Lead\":\"C\"}}]}";
        Http.Reply stored = http.put(raci, invalid.getBytes(), "application/json", "If-Match", "\"0\"");
        assertThat(stored.status()).as(new String(stored.body())).isEqualTo(200);
        JsonNode s = stored.json();
        assertThat(s.get("saved").asBoolean()).isTrue();
        assertThat(s.get("valid").asBoolean()).isFalse();
        assertThat(s.get("violations").findValuesAsText("rule"))
                .containsExactly("SEVERAL_ACCOUNTABLE", "SEVERAL_ACCOUNTABLE", "NO_ACCOUNTABLE", "NO_RESPONSIBLE");
        assertThat(s.get("violations").get(0).get("activity").asText()).isEqualTo("Charter");
        assertThat(s.get("violations").get(1).get("role").asText()).isEqualTo("Lead");

        String tag = stored.header("ETag");
        String fixed = invalid.replace("\"Lead\":\"A\",", "\"Lead\":\"C\",").replace("{\"Lead\":\"C\"}", "{\"Lead\":\"AR\"}");
        JsonNode ok = http.put(raci, fixed.getBytes(), "application/json", "If-Match", tag).json();
        assertThat(ok.get("valid").asBoolean()).as(ok.toString()).isTrue();
        assertThat(ok.get("violations")).isEmpty();
        assertThat(http.get(raci).json().get("activities").get(1).get("assignments").get("Lead").asText()).isEqualTo("RA");
        assertProblem(http.put(raci, fixed.getBytes(), "application/json", "If-Match", tag), 412);
        assertProblem(http.put(raci, fixed.replace("AR", "AX").getBytes(), "application/json", "If-Match",
                http.get(raci).header("ETag")), 422);
    }

    @Test
    void scoresGiveAWeightedRankingAndAShortlist() {
        long ws = workspace("Shortlist");
        long cost = goal(ws, "Lower cost", 3);
        long csat = goal(ws, "Higher CSAT", 1);
        long billing = process(ws, "Billing enquiry", 3, null);
        long complaints = process(ws, "Complaints", 3, null);
        long moves = process(ws, "Home move", 3, null);
        String base = "/api/workspaces/" + ws + "/processes/";
        JsonNode after = http.put(base + billing + "/scores", ("{\"" + cost + "\":5,\"" + csat + "\":1}").getBytes(),
                "application/json").json();
        assertThat(after.get(String.valueOf(cost)).asInt()).isEqualTo(5);
        http.put(base + complaints + "/scores", ("{\"" + cost + "\":3,\"" + csat + "\":5}").getBytes(), "application/json");
        http.put(base + moves + "/scores", ("{\"" + cost + "\":1,\"" + csat + "\":1}").getBytes(), "application/json");
        // null clears a score, the other goal keeps its own
        JsonNode cleared = http.put(base + moves + "/scores", ("{\"" + csat + "\":null}").getBytes(), "application/json").json();
        assertThat(cleared.has(String.valueOf(csat))).isFalse();
        assertThat(cleared.get(String.valueOf(cost)).asInt()).isEqualTo(1);

        assertProblem(http.put(base + billing + "/scores", ("{\"" + cost + "\":6}").getBytes(), "application/json"), 422);
        assertProblem(http.put(base + billing + "/scores", "{\"999999\":2}".getBytes(), "application/json"), 422);

        JsonNode top2 = http.get("/api/workspaces/" + ws + "/shortlist?top=2").json();
        // billing (15+1)/4 = 4, complaints (9+5)/4 = 3.5, home move (3+0)/4 = 0.75
        assertThat(top2.get("ranking").findValuesAsText("name")).containsExactly("Billing enquiry", "Complaints", "Home move");
        assertThat(top2.get("ranking").get(0).get("total").asDouble()).isEqualTo(4.0);
        assertThat(top2.get("ranking").get(1).get("total").asDouble()).isEqualTo(3.5);
        assertThat(top2.get("ranking").get(2).get("total").asDouble()).isEqualTo(0.75);
        assertThat(top2.get("ranking").findValues("shortlisted")).extracting(JsonNode::asBoolean)
                .containsExactly(true, true, false);
        assertThat(top2.get("ranking").get(0).get("explanation").asText()).isEqualTo("(3×5 + 1×1) / (3 + 1) = 16 / 4 = 4.00");

        JsonNode above = http.get("/api/workspaces/" + ws + "/shortlist?threshold=3.6").json();
        assertThat(above.get("ranking").findValues("shortlisted")).extracting(JsonNode::asBoolean)
                .containsExactly(true, false, false);
        assertProblem(http.get("/api/workspaces/" + ws + "/shortlist?threshold=7"), 422);
    }

    @Test
    void aCatalogueCsvImportsAllOrNothing() {
        long ws = workspace("Import");
        long existing = process(ws, "Customer service", 1, null);
        String url = "/api/workspaces/" + ws + "/processes/import";
        String bad = "id,name,level,parent\nE,Enquiries,2,Customer service\nB,,3,E\nX,Refunds,3,Nowhere\n";
        Http.Reply rejected = http.post(url, bad.getBytes(), "text/csv");
        assertProblem(rejected, 422);
        assertThat(rejected.json().get("errors").findValuesAsText("line")).containsExactly("3", "4");
        assertThat(rejected.json().get("errors").get(1).get("column").asText()).isEqualTo("parent");
        assertThat(http.get("/api/workspaces/" + ws + "/processes").json()).hasSize(1);

        String good = "id,name,level,parent\nB,\"Billing, phone\",3,E\nE,Enquiries,2,Customer service\n";
        Http.Reply created = http.post(url, good.getBytes(), "text/csv");
        assertThat(created.status()).as(new String(created.body())).isEqualTo(201);
        assertThat(created.json().get("created").asInt()).isEqualTo(2);
        JsonNode list = http.get("/api/workspaces/" + ws + "/processes").json();
        assertThat(list).hasSize(3);
        long enquiries = -1;
        for (JsonNode p : list) {
            if (p.get("name").asText().equals("Enquiries")) {
                enquiries = p.get("id").asLong();
                assertThat(p.get("parentId").asLong()).isEqualTo(existing);
            }
        }
        for (JsonNode p : list) {
            if (p.get("name").asText().equals("Billing, phone")) {
                assertThat(p.get("parentId").asLong()).isEqualTo(enquiries);
            }
        }
    }

    // ---- the analysts' workbook

    /** Everything a workbook import may change, as the normal API shows it. */
    private List<JsonNode> workbookState(long ws) {
        String base = "/api/workspaces/" + ws;
        List<JsonNode> state = new ArrayList<>(List.of(http.get(base + "/goals").json(),
                http.get(base + "/processes").json(), http.get(base + "/shortlist").json(),
                http.get(base + "/requirements?size=500").json(), http.get(base + "/initiatives?size=500").json(),
                http.get(base + "/roadmap").json(), http.get(base + "/applications").json(),
                http.get(base + "/portfolio").json()));
        JsonNode summary = http.get(base + "/strategy").json();
        state.add(summary.get("revision"));
        state.add(com.fasterxml.jackson.databind.node.TextNode.valueOf(http.get(base + "/settings").header("ETag")));
        return state;
    }

    private byte[] downloadWorkbook(long ws) {
        Http.Reply r = http.get("/api/workspaces/" + ws + "/workbook");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo(com.gapwise.spreadsheet.Workbooks.MEDIA_TYPE);
        assertThat(r.header("Content-Disposition")).startsWith("attachment;").contains(".xlsx");
        return r.body();
    }

    private Http.Reply uploadWorkbook(long ws, byte[] xlsx) {
        return http.post("/api/workspaces/" + ws + "/workbook", xlsx, com.gapwise.spreadsheet.Workbooks.MEDIA_TYPE);
    }

    @Test
    void anUnchangedWorkbookChangesNothingAndEditedCellsApplyThroughTheApi() {
        long[] ids = analysedWorkspace("Workbook");
        long ws = ids[0];
        long cost = goal(ws, "Lower cost", 3);
        long csat = goal(ws, "Higher CSAT", 1);
        long top = process(ws, "Customer service", 1, null);
        http.put("/api/workspaces/" + ws + "/processes/" + ids[1] + "/scores",
                ("{\"" + cost + "\":4}").getBytes(), "application/json");
        List<JsonNode> before = workbookState(ws);

        Http.Reply same = uploadWorkbook(ws, downloadWorkbook(ws));
        assertThat(same.status()).as(new String(same.body())).isEqualTo(200);
        assertThat(same.json().get("changes").asInt()).isZero();
        assertThat(workbookState(ws)).isEqualTo(before); // same versions, same revision, no decisions

        JsonNode requirement = http.get("/api/workspaces/" + ws + "/requirements?size=1").json().get("items").get(0);
        JsonNode initiative = http.get("/api/workspaces/" + ws + "/initiatives?size=1").json().get("items").get(0);
        String newPriority = requirement.get("priority").asText().equals("COULD") ? "MUST" : "COULD";
        byte[] edited = com.gapwise.spreadsheet.Cells.edit(downloadWorkbook(ws), wb -> {
            com.gapwise.spreadsheet.Cells.set(wb, "Goals", 2, "C", 5);               // lower cost: weight 3 -> 5
            com.gapwise.spreadsheet.Cells.set(wb, "Goals", 4, "B", "Faster resolution"); // a new goal
            com.gapwise.spreadsheet.Cells.set(wb, "Goals", 4, "C", 2);
            com.gapwise.spreadsheet.Cells.set(wb, "Processes", 4, "B", "Returns");    // new process under the L1
            com.gapwise.spreadsheet.Cells.set(wb, "Processes", 4, "C", 2);
            com.gapwise.spreadsheet.Cells.set(wb, "Processes", 4, "D", top);
            com.gapwise.spreadsheet.Cells.set(wb, "Scores", 3, "D", 3);              // return and refund (L5, after the L1) x CSAT
            com.gapwise.spreadsheet.Cells.set(wb, "Requirements", 2, "D", newPriority);
            com.gapwise.spreadsheet.Cells.set(wb, "Requirements", 2, "E", "Refunds are paid within one day");
            com.gapwise.spreadsheet.Cells.set(wb, "Initiatives", 2, "B", "Refund automation");
            com.gapwise.spreadsheet.Cells.set(wb, "Initiatives", 2, "D", 21);
        });
        Http.Reply applied = uploadWorkbook(ws, edited);
        assertThat(applied.status()).as(new String(applied.body())).isEqualTo(200);
        // 2 goals, 1 process, 1 score, 1 requirement decision (text and priority), 1 initiative decision
        assertThat(applied.json().get("changes").asInt()).isEqualTo(6);

        JsonNode goals = http.get("/api/workspaces/" + ws + "/goals").json();
        assertThat(goals.get(0).get("weight").asDouble()).isEqualTo(5.0);
        assertThat(goals.get(2).get("name").asText()).isEqualTo("Faster resolution");
        JsonNode processes = http.get("/api/workspaces/" + ws + "/processes").json();
        assertThat(processes.findValuesAsText("name")).contains("Returns");
        JsonNode scores = http.get("/api/workspaces/" + ws + "/processes/" + ids[1] + "/scores").json();
        assertThat(scores.get(String.valueOf(cost)).asInt()).isEqualTo(4);
        assertThat(scores.get(String.valueOf(csat)).asInt()).isEqualTo(3);
        // requirement and initiative edits are decisions, as the PATCH endpoints record them
        JsonNode req = http.get("/api/workspaces/" + ws + "/requirements/" + requirement.get("key").asText()).json();
        assertThat(req.get("body").get("text").asText()).isEqualTo("Refunds are paid within one day");
        assertThat(req.get("body").get("priority").asText()).isEqualTo(newPriority);
        assertThat(req.get("decision").get("text").asText()).isEqualTo("Refunds are paid within one day");
        JsonNode ini = http.get("/api/workspaces/" + ws + "/initiatives/" + initiative.get("key").asText()).json();
        assertThat(ini.get("body").get("name").asText()).isEqualTo("Refund automation");
        assertThat(ini.get("body").get("effort").asInt()).isEqualTo(21);
        assertThat(ini.get("decision").get("effort").asInt()).isEqualTo(21);
        // they survive re-analysis
        assertThat(http.post("/api/workspaces/" + ws + "/strategy/rederive", "{}").status()).isEqualTo(200);
        assertThat(http.get("/api/workspaces/" + ws + "/initiatives/" + initiative.get("key").asText()).json()
                .get("body").get("name").asText()).isEqualTo("Refund automation");

        // and the next download round-trips again
        List<JsonNode> now = workbookState(ws);
        assertThat(uploadWorkbook(ws, downloadWorkbook(ws)).json().get("changes").asInt()).isZero();
        assertThat(workbookState(ws)).isEqualTo(now);
    }

    @Test
    void aWorkbookWithOneBadRowAmongGoodOnesChangesNothing() {
        long[] ids = analysedWorkspace("Workbook bad row");
        long ws = ids[0];
        goal(ws, "Lower cost", 3);
        List<JsonNode> before = workbookState(ws);
        byte[] edited = com.gapwise.spreadsheet.Cells.edit(downloadWorkbook(ws), wb -> {
            com.gapwise.spreadsheet.Cells.set(wb, "Goals", 2, "C", 5);
            com.gapwise.spreadsheet.Cells.set(wb, "Processes", 3, "B", "Complaints");
            com.gapwise.spreadsheet.Cells.set(wb, "Processes", 3, "C", 2);
            com.gapwise.spreadsheet.Cells.set(wb, "Requirements", 2, "E", "A better text");
            com.gapwise.spreadsheet.Cells.set(wb, "Initiatives", 2, "B", "Renamed");
            com.gapwise.spreadsheet.Cells.set(wb, "Scores", 2, "C", 9);              // the one bad cell
        });
        Http.Reply rejected = uploadWorkbook(ws, edited);
        assertProblem(rejected, 422);
        JsonNode errors = rejected.json().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("sheet").asText()).isEqualTo("Scores");
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("column").asText()).isEqualTo("C");
        assertThat(errors.get(0).get("message").asText()).contains("'9' is out of range: 0 to 5");
        assertThat(workbookState(ws)).isEqualTo(before);

        // a row that breaks the workspace (an unknown requirement) is rejected the same way
        byte[] unknown = com.gapwise.spreadsheet.Cells.edit(downloadWorkbook(ws), wb -> {
            com.gapwise.spreadsheet.Cells.set(wb, "Goals", 2, "C", 5);
            com.gapwise.spreadsheet.Cells.set(wb, "Requirements", 2, "A", "R-does-not-exist");
        });
        Http.Reply unknownReply = uploadWorkbook(ws, unknown);
        assertProblem(unknownReply, 422);
        assertThat(unknownReply.json().get("errors").get(0).get("sheet").asText()).isEqualTo("Requirements");
        assertThat(workbookState(ws)).isEqualTo(before);
    }

    /** Adds the ERP of the return-and-refund sample's "ERP system" lane, scored so that it should be replaced. */
    private void addErp(long ws) {
        Http.Reply r = http.post("/api/workspaces/" + ws + "/applications", "{\"name\":\"ERP\",\"vendor\":\"SAP\","
                + "\"annualCost\":120000,\"owner\":\"Finance\",\"functionalFit\":4,\"integration\":3,"
                + "\"technicalHealth\":2,\"lanes\":[\"erp system\"],\"capabilities\":[\"AUTOMATION\"]}");
        assertThat(r.status()).as(new String(r.body())).isEqualTo(201);
    }

    @Test
    void anEditedApplicationsSheetChangesTheInventoryThroughThePortfolio() {
        long ws = analysedWorkspace("Workbook applications")[0];
        String base = "/api/workspaces/" + ws;
        addErp(ws);
        List<JsonNode> before = workbookState(ws);
        byte[] download = downloadWorkbook(ws);
        assertThat(uploadWorkbook(ws, download).json().get("changes").asInt()).isZero();
        assertThat(workbookState(ws)).isEqualTo(before); // no settings version, no re-derivation

        byte[] edited = com.gapwise.spreadsheet.Cells.edit(download, wb -> {
            org.apache.poi.ss.usermodel.Row erp = wb.getSheet("Applications").getRow(1);
            assertThat(erp.getCell(0).getStringCellValue()).isEqualTo("erp");
            assertThat(erp.getCell(13).getStringCellValue()).isEqualTo("REPLACE");      // the last assessment
            assertThat(erp.getCell(14).getStringCellValue()).startsWith("FAILING_PLATFORM: ");
            com.gapwise.spreadsheet.Cells.set(wb, "Applications", 2, "I", 4);          // health 2 -> 4
            com.gapwise.spreadsheet.Cells.set(wb, "Applications", 2, "L", "RETIRE");
            com.gapwise.spreadsheet.Cells.set(wb, "Applications", 2, "M", "SaaS suite from 2028");
            com.gapwise.spreadsheet.Cells.set(wb, "Applications", 3, "B", "Web shop"); // a new application
            com.gapwise.spreadsheet.Cells.set(wb, "Applications", 3, "D", "SAAS");
            com.gapwise.spreadsheet.Cells.set(wb, "Applications", 3, "E", 2400);
            com.gapwise.spreadsheet.Cells.set(wb, "Applications", 3, "G", 3);
        });
        Http.Reply applied = uploadWorkbook(ws, edited);
        assertThat(applied.status()).as(new String(applied.body())).isEqualTo(200);
        assertThat(applied.json().get("changes").asInt()).isEqualTo(2);
        assertThat(applied.json().get("applicationsAdded").asInt()).isEqualTo(1);
        assertThat(applied.json().get("applicationsChanged").asInt()).isEqualTo(1);

        JsonNode erp = http.get(base + "/applications/erp").json();
        assertThat(erp.get("technicalHealth").asInt()).isEqualTo(4);
        assertThat(erp.get("postureOverride").asText()).isEqualTo("RETIRE");
        assertThat(erp.get("owner").asText()).isEqualTo("Finance");
        assertThat(erp.get("capabilities")).extracting(JsonNode::asText).containsExactly("AUTOMATION"); // not on the sheet: kept
        JsonNode shop = http.get(base + "/applications/web-shop").json();
        assertThat(shop.get("name").asText()).isEqualTo("Web shop");
        assertThat(shop.get("deployment").asText()).isEqualTo("SAAS");
        assertThat(shop.get("annualCost").asDouble()).isEqualTo(2400);
        assertThat(shop.get("functionalFit").asInt()).isEqualTo(3);
        assertThat(shop.get("technicalHealth").isNull()).isTrue();
        // re-derived once with the new inventory
        JsonNode postures = http.get(base + "/portfolio").json().get("postures");
        assertThat(postures).hasSize(2);
        assertThat(postures.get(0).get("posture").asText()).isEqualTo("RETIRE");
        assertThat(postures.get(0).get("overrideReason").asText()).isEqualTo("SaaS suite from 2028");
        assertThat(postures.get(0).get("rule").asText()).isNotEqualTo("FAILING_PLATFORM"); // health is 4 now
        assertThat(postures.get(1).get("applicationKey").asText()).isEqualTo("web-shop");
        assertThat(http.get(base + "/settings").json().get("applications")).hasSize(2);

        List<JsonNode> now = workbookState(ws);
        assertThat(uploadWorkbook(ws, downloadWorkbook(ws)).json().get("changes").asInt()).isZero();
        assertThat(workbookState(ws)).isEqualTo(now);
    }

    @Test
    void aBadApplicationRowChangesNothing() {
        long ws = analysedWorkspace("Workbook bad application")[0];
        goal(ws, "Lower cost", 3);
        addErp(ws);
        List<JsonNode> before = workbookState(ws);
        byte[] edited = com.gapwise.spreadsheet.Cells.edit(downloadWorkbook(ws), wb -> {
            com.gapwise.spreadsheet.Cells.set(wb, "Goals", 2, "C", 5);                 // good
            com.gapwise.spreadsheet.Cells.set(wb, "Applications", 2, "C", "Oracle");   // good
            com.gapwise.spreadsheet.Cells.set(wb, "Applications", 3, "B", "Web shop"); // good
            com.gapwise.spreadsheet.Cells.set(wb, "Applications", 2, "L", "REPLACE");  // no reason: bad
        });
        Http.Reply rejected = uploadWorkbook(ws, edited);
        assertProblem(rejected, 422);
        assertThat(rejected.json().get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("sheet").asText()).isEqualTo("Applications");
            assertThat(e.get("row").asInt()).isEqualTo(2);
            assertThat(e.get("column").asText()).isEqualTo("M");
            assertThat(e.get("message").asText()).contains("needs a reason");
        });
        assertThat(workbookState(ws)).isEqualTo(before);

        byte[] unknown = com.gapwise.spreadsheet.Cells.edit(downloadWorkbook(ws), wb -> {
            com.gapwise.spreadsheet.Cells.set(wb, "Goals", 2, "C", 5);
            com.gapwise.spreadsheet.Cells.set(wb, "Applications", 2, "A", "sap");      // not in the workspace
        });
        Http.Reply unknownReply = uploadWorkbook(ws, unknown);
        assertProblem(unknownReply, 422);
        assertThat(unknownReply.json().get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("sheet").asText()).isEqualTo("Applications");
            assertThat(e.get("column").asText()).isEqualTo("A");
            assertThat(e.get("message").asText()).contains("no application 'sap'");
        });
        assertThat(workbookState(ws)).isEqualTo(before);
    }

    @Test
    void hostileWorkbooksAreRefusedQuicklyWithAProblem() throws Exception {
        long ws = workspace("Workbook hostile");
        goal(ws, "Lower cost", 3);
        byte[] good = downloadWorkbook(ws);
        long start = System.nanoTime();
        assertProblem(uploadWorkbook(ws, "not a workbook".getBytes()), 422);
        assertProblem(uploadWorkbook(ws, new byte[0]), 422);
        assertProblem(uploadWorkbook(ws, com.gapwise.spreadsheet.Cells.zip("a.txt", "hello".getBytes())), 422);
        Http.Reply bomb = uploadWorkbook(ws, com.gapwise.spreadsheet.Cells.bomb(good));
        assertProblem(bomb, 422);
        assertThat(bomb.json().get("detail").asText()).contains("too much data");
        assertProblem(uploadWorkbook(ws, java.util.Arrays.copyOf(good, good.length / 2)), 422); // cut off
        assertProblem(uploadWorkbook(ws, new byte[com.gapwise.spreadsheet.Workbooks.MAX_BYTES + 1]), 413);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
        assertProblem(uploadWorkbook(ws + 100_000, good), 404);
        assertThat(http.get("/api/workspaces/" + ws + "/goals").json()).hasSize(1); // still serving, unchanged
    }

    @Test
    void successMetricsAreKeptWithTheirInitiativesAndNeedTheCurrentETag() {
        long ws = workspace("Metrics");
        String url = "/api/workspaces/" + ws + "/success-metrics";
        Http.Reply created = http.post(url, "{\"name\":\"Average handling time\",\"unit\":\"seconds\",\"currentValue\":420,"
                + "\"target\":300,\"direction\":\"DECREASE\",\"initiativeKeys\":[\"INI-self-service\"]}");
        assertThat(created.status()).as(new String(created.body())).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("initiativeKeys").get(0).asText()).isEqualTo("INI-self-service");
        assertProblem(http.post(url, "{\"name\":\"x\",\"unit\":\"%\",\"target\":1,\"direction\":\"SIDEWAYS\"}"), 400);
        assertProblem(http.post(url, "{\"name\":\"x\",\"unit\":\"%\",\"direction\":\"INCREASE\"}"), 400);

        String one = url + "/" + id;
        String tag = http.get(one).header("ETag");
        byte[] change = "{\"name\":\"Average handling time\",\"unit\":\"seconds\",\"currentValue\":400,\"target\":280,\"direction\":\"DECREASE\"}".getBytes();
        assertProblem(http.put(one, change, "application/json"), 428);
        Http.Reply changed = http.put(one, change, "application/json", "If-Match", tag);
        assertThat(changed.status()).as(new String(changed.body())).isEqualTo(200);
        assertThat(changed.json().get("target").asDouble()).isEqualTo(280.0);
        assertThat(changed.json().get("initiativeKeys")).isEmpty();
        assertProblem(http.put(one, change, "application/json", "If-Match", tag), 412);

        assertThat(http.get(url).json()).hasSize(1);
        assertThat(http.delete(one).status()).isEqualTo(204);
        assertProblem(http.get(one), 404);
    }

    @Test
    void seedsSuccessMetricsFromTheFiguresTheFutureStateImprovesOnce() {
        long ws = workspace("Seeding");
        long p = process(ws, "Customer inquiry", 4, null);
        String seed = "/api/workspaces/" + ws + "/processes/" + p + "/success-metrics/seed";
        assertProblem(http.post("/api/workspaces/" + ws + "/processes/" + (p + 1000) + "/success-metrics/seed", "{}"),
                404);
        String models = "/api/workspaces/" + ws + "/processes/" + p + "/models/";
        assertThat(http.put(models + "future", sample("customer-inquiry", "future"), "application/xml").status())
                .isEqualTo(201);
        assertProblem(http.post(seed, "{}"), 422); // no current-state model yet
        assertThat(http.put(models + "current", sample("customer-inquiry", "current"), "application/xml").status())
                .isEqualTo(201);

        Http.Reply seeded = http.post(seed, "{}");
        assertThat(seeded.status()).as(new String(seeded.body())).isEqualTo(201);

        JsonNode metrics = http.get("/api/workspaces/" + ws + "/processes/" + p + "/diff").json().get("metrics");
        List<String> initiatives = new ArrayList<>();
        for (JsonNode i : http.get("/api/workspaces/" + ws + "/initiatives?size=500").json().get("items")) {
            for (JsonNode k : i.get("processKeys")) {
                if (k.asText().equals(String.valueOf(p))) {
                    initiatives.add(i.get("key").asText());
                }
            }
        }
        // what the diff document says, figure by figure: [name, unit, direction, current, future]
        List<Object[]> expected = new ArrayList<>();
        for (String[] f : new String[][] {{"handoffs", "Hand-offs", "hand-offs"},
                {"manualTasks", "Manual tasks", "tasks"}, {"maxSystemsPerRole", "Most systems per role", "systems"}}) {
            double before = metrics.get("current").get(f[0]).asDouble();
            double after = metrics.get("future").get(f[0]).asDouble();
            if (after < before) {
                expected.add(new Object[] {f[1] + " in 'Customer inquiry'", f[2], "DECREASE", before, after});
            }
        }
        double shareBefore = Math.round(metrics.get("current").get("selfServiceShare").asDouble() * 100);
        double shareAfter = Math.round(metrics.get("future").get("selfServiceShare").asDouble() * 100);
        if (shareAfter > shareBefore) {
            expected.add(new Object[] {"Self-service share in 'Customer inquiry'", "%", "INCREASE", shareBefore,
                    shareAfter});
        }
        assertThat(expected).as("the sample's future state improves some figure").isNotEmpty();
        assertThat(initiatives).as("the sample's gaps lead to initiatives").isNotEmpty();
        assertThat(seeded.json()).hasSize(expected.size());
        for (int k = 0; k < expected.size(); k++) {
            JsonNode m = seeded.json().get(k);
            Object[] e = expected.get(k);
            assertThat(m.get("name").asText()).isEqualTo(e[0]);
            assertThat(m.get("unit").asText()).isEqualTo(e[1]);
            assertThat(m.get("direction").asText()).isEqualTo(e[2]);
            assertThat(m.get("currentValue").asDouble()).isEqualTo((double) e[3]);
            assertThat(m.get("target").asDouble()).isEqualTo((double) e[4]);
            List<String> keys = new ArrayList<>();
            m.get("initiativeKeys").forEach(key -> keys.add(key.asText()));
            assertThat(keys).containsExactlyInAnyOrderElementsOf(initiatives);
        }

        Http.Reply again = http.post(seed, "{}");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEmpty();
        assertThat(http.get("/api/workspaces/" + ws + "/success-metrics").json()).hasSize(expected.size());
    }

    /**
     * Access control over real HTTP: roles, membership (404 for non-members on every kind of workspace URL),
     * tokens, Basic, session login with CSRF, throttling and the audit log.
     */
    @Nested
    class Access {

        private static final java.util.concurrent.atomic.AtomicInteger SEQ = new java.util.concurrent.atomic.AtomicInteger();
        private static final String PASSWORD = "correct horse 42";

        /** A fresh user of this role (unique name), and a Basic client for them. */
        Http user(String prefix, String role) {
            String name = prefix + "-" + SEQ.incrementAndGet();
            Http.Reply r = http.post("/api/admin/users",
                    "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\"}");
            assertThat(r.status()).as(new String(r.body())).isEqualTo(201);
            return http.as(name, PASSWORD);
        }

        String nameOf(Http client) {
            return client.get("/api/me").json().get("username").asText();
        }

        void join(long ws, Http client) {
            Http.Reply r = http.put("/api/workspaces/" + ws + "/members/" + nameOf(client), new byte[0], "application/json");
            assertThat(r.status()).as(new String(r.body())).isEqualTo(201);
        }

        @Test
        void unauthenticatedRequestsAre401ProblemsAndPagesRedirectToTheLoginPage() {
            Http anonymous = http.anonymous();
            for (String path : List.of("/api/workspaces", "/api/me", "/api/admin/users", "/v3/api-docs")) {
                Http.Reply r = anonymous.get(path);
                assertProblem(r, 401);
                assertThat(r.header("WWW-Authenticate")).as("no Basic challenge a browser would cache").isNull();
            }
            assertProblem(anonymous.post("/api/workspaces", "{\"name\":\"x\"}"), 401);
            Http.Reply page = anonymous.get("/");
            assertThat(page.status()).isEqualTo(302);
            assertThat(page.header("Location")).endsWith("/login.html");
            Http.Reply login = anonymous.get("/login.html");
            assertThat(login.status()).isEqualTo(200);
            assertThat(login.header("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
            assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
            assertProblem(http.as("admin", "wrong password").get("/api/workspaces"), 401);
            assertProblem(http.withToken("gw_not-a-token").get("/api/workspaces"), 401);
            assertProblem(anonymous.get("/api/workspaces", "Authorization", "Digest whatever"), 401);
        }

        @Test
        void eachRoleMayDoWhatItsRoleAllowsInItsWorkspaces() {
            long ws = workspace("Roles");
            long p = process(ws, "P", 5, null);
            String w = "/api/workspaces/" + ws;
            Http viewer = user("viewer", "VIEWER");
            Http analyst = user("analyst", "ANALYST");
            Http architect = user("architect", "ARCHITECT");
            for (Http member : List.of(viewer, analyst, architect)) {
                join(ws, member);
            }
            assertThat(viewer.get("/api/me").json().get("role").asText()).isEqualTo("VIEWER");

            assertThat(viewer.get(w + "/processes").status()).isEqualTo(200);
            assertThat(viewer.get(w + "/gaps").status()).isEqualTo(200);
            assertThat(viewer.get(w + "/members").json().findValuesAsText("username")).contains(nameOf(viewer));
            assertProblem(viewer.post(w + "/processes", "{\"name\":\"x\",\"level\":5}"), 403);
            assertProblem(viewer.put(w + "/processes/" + p + "/models/current", A1, "application/xml"), 403);
            assertProblem(viewer.put(w + "/charter", "{}".getBytes(), "application/json", "If-Match", "\"0\""), 403);

            assertThat(analyst.post(w + "/processes", "{\"name\":\"x\",\"level\":5}").status()).isEqualTo(201);
            assertThat(analyst.put(w + "/processes/" + p + "/models/current", A1, "application/xml").status()).isEqualTo(201);
            assertProblem(analyst.post(w + "/applications", "{\"name\":\"CRM\"}"), 403);
            assertProblem(analyst.put(w + "/portfolio/posture", "{}".getBytes(), "application/json"), 403);
            assertProblem(analyst.get("/api/admin/users"), 403);
            assertProblem(analyst.post("/api/admin/users", "{\"username\":\"x\",\"password\":\"12345678\",\"role\":\"ADMIN\"}"), 403);
            assertProblem(analyst.post("/api/workspaces", "{\"name\":\"mine\"}"), 403);
            assertProblem(analyst.put(w + "/members/" + nameOf(analyst), new byte[0], "application/json"), 403);

            // the architect passes the role check on portfolio paths (answered by the portfolio API, or 404
            // where that API is not there): never 403
            assertThat(architect.post(w + "/applications", "{\"name\":\"CRM\"}").status()).isNotEqualTo(403);
            assertThat(architect.put(w + "/portfolio/posture", "{}".getBytes(), "application/json").status()).isNotEqualTo(403);
            assertProblem(architect.get("/api/admin/audit"), 403);

            // a changed role takes effect at once, also for a client that was verified a moment ago
            assertThat(http.patch("/api/admin/users/" + nameOf(viewer), "{\"role\":\"ANALYST\"}").status()).isEqualTo(200);
            assertThat(viewer.post(w + "/processes", "{\"name\":\"y\",\"level\":5}").status()).isEqualTo(201);
        }

        @Test
        void anAnalystImportsAWorkbookButMayNotChangeItsApplications() {
            long ws = analysedWorkspace("Workbook roles")[0];
            long goal = goal(ws, "Lower cost", 3);
            addErp(ws);
            String w = "/api/workspaces/" + ws;
            Http analyst = user("analyst", "ANALYST");
            Http architect = user("architect", "ARCHITECT");
            join(ws, analyst);
            join(ws, architect);
            String xlsx = com.gapwise.spreadsheet.Workbooks.MEDIA_TYPE;

            // the applications sheet unchanged: an analyst's import
            byte[] download = analyst.get(w + "/workbook").body();
            byte[] weights = com.gapwise.spreadsheet.Cells.edit(download,
                    wb -> com.gapwise.spreadsheet.Cells.set(wb, "Goals", 2, "C", 5));
            Http.Reply ok = analyst.post(w + "/workbook", weights, xlsx);
            assertThat(ok.status()).as(new String(ok.body())).isEqualTo(200);
            assertThat(ok.json().get("changes").asInt()).isEqualTo(1);
            assertThat(http.get(w + "/goals/" + goal).json().get("weight").asDouble()).isEqualTo(5.0);

            // an application changed too: refused whole, as /applications refuses an analyst
            byte[] both = com.gapwise.spreadsheet.Cells.edit(analyst.get(w + "/workbook").body(), wb -> {
                com.gapwise.spreadsheet.Cells.set(wb, "Goals", 2, "C", 1);
                com.gapwise.spreadsheet.Cells.set(wb, "Applications", 2, "G", 2);
            });
            JsonNode applications = http.get(w + "/applications").json();
            String settings = http.get(w + "/settings").header("ETag");
            Http.Reply refused = analyst.post(w + "/workbook", both, xlsx);
            assertProblem(refused, 403);
            assertThat(refused.json().get("detail").asText()).contains("architect");
            assertThat(http.get(w + "/goals/" + goal).json().get("weight").asDouble()).isEqualTo(5.0);
            assertThat(http.get(w + "/applications").json()).isEqualTo(applications);
            assertThat(http.get(w + "/settings").header("ETag")).isEqualTo(settings);

            // the same file from an architect applies
            Http.Reply applied = architect.post(w + "/workbook", both, xlsx);
            assertThat(applied.status()).as(new String(applied.body())).isEqualTo(200);
            assertThat(applied.json().get("applicationsChanged").asInt()).isEqualTo(1);
            assertThat(http.get(w + "/applications/erp").json().get("functionalFit").asInt()).isEqualTo(2);
            assertThat(http.get(w + "/goals/" + goal).json().get("weight").asDouble()).isEqualTo(1.0);
        }

        @Test
        void aNonMemberGets404ForEveryWorkspaceUrlAndDoesNotSeeItListed() {
            long[] ids = analysedWorkspace("Secret");
            String w = "/api/workspaces/" + ids[0];
            String gapKey = http.get(w + "/gaps").json().get("items").get(0).get("key").asText();
            long mine = workspace("Mine");
            Http outsider = user("outsider", "ARCHITECT");
            join(mine, outsider);

            List<String> reads = List.of(w, w + "/processes", w + "/processes/" + ids[1], w + "/processes/" + ids[1] + "/diff",
                    w + "/processes/" + ids[1] + "/models/current", w + "/processes/" + ids[1] + "/models/current/versions",
                    w + "/gaps", w + "/gaps/" + gapKey, w + "/requirements", w + "/initiatives", w + "/roadmap",
                    w + "/strategy", w + "/settings", w + "/goals", w + "/charter", w + "/raci", w + "/shortlist",
                    w + "/success-metrics", w + "/members", w + "/report.html", w + "/export", w + "/applications",
                    w + "/no-such-thing");
            for (String path : reads) {
                Http.Reply r = outsider.get(path);
                assertProblem(r, 404);
                assertThat(r.json().get("detail").asText()).as(path).isEqualTo("workspace " + ids[0] + " does not exist");
            }
            List<Http.Reply> writes = List.of(
                    outsider.put(w + "/processes/" + ids[1] + "/models/current", A1, "application/xml"),
                    outsider.post(w + "/processes", "{\"name\":\"x\",\"level\":5}"),
                    outsider.patch(w + "/gaps/" + gapKey, "{\"status\":\"dismissed\"}", "If-Match", "\"0\""),
                    outsider.put(w + "/settings", "{}".getBytes(), "application/json", "If-Match", "\"0\""),
                    outsider.post(w + "/processes/" + ids[1] + "/matches", "{\"current\":null,\"future\":null}"),
                    outsider.delete(w + "/success-metrics/1"),
                    outsider.post(w + "/applications", "{\"name\":\"CRM\"}"),
                    outsider.put(w + "/members/" + nameOf(outsider), new byte[0], "application/json"),
                    outsider.post(w + "/strategy/rederive", "{}"));
            for (Http.Reply r : writes) {
                assertProblem(r, 404);
                assertThat(r.json().get("detail").asText()).isEqualTo("workspace " + ids[0] + " does not exist");
            }
            // a percent-encoded id names the same workspace for Spring MVC, so the filter must decode it too
            String encoded = "/api/workspaces/" + encodeDigits(ids[0]) + "/gaps";
            assertThat(http.get(encoded).status()).isEqualTo(200);
            assertProblem(outsider.get(encoded), 404);
            // indistinguishable from a workspace that does not exist
            Http.Reply missing = outsider.get("/api/workspaces/987654321/gaps");
            assertProblem(missing, 404);
            Http.Reply hidden = outsider.get(w + "/gaps");
            assertThat(hidden.json().get("title")).isEqualTo(missing.json().get("title"));
            assertThat(hidden.json().get("type")).isEqualTo(missing.json().get("type"));

            assertThat(outsider.get("/api/workspaces").json().findValues("id").stream().map(JsonNode::asLong).toList())
                    .containsExactly(mine);
            assertThat(http.get("/api/workspaces").json().findValues("id").stream().map(JsonNode::asLong).toList())
                    .as("the admin sees every workspace").contains(ids[0], mine);
            // the data is untouched
            assertThat(http.get(w + "/processes/" + ids[1] + "/models/current/versions").json()).hasSize(1);

            // a member again: the same URLs answer
            join(ids[0], outsider);
            assertThat(outsider.get(w + "/gaps/" + gapKey).status()).isEqualTo(200);
            assertThat(http.delete(w + "/members/" + nameOf(outsider)).status()).isEqualTo(204);
            assertProblem(outsider.get(w + "/gaps/" + gapKey), 404);
        }

        private static String encodeDigits(long id) {
            StringBuilder b = new StringBuilder();
            for (char c : Long.toString(id).toCharArray()) {
                b.append("%3").append(c);
            }
            return b.toString();
        }

        @Test
        void personalTokensAreShownOnceListedAndRevoked() {
            Http analyst = user("tokens", "ANALYST");
            Http.Reply created = analyst.post("/api/me/tokens", "{\"name\":\"load test\"}");
            assertThat(created.status()).as(new String(created.body())).isEqualTo(201);
            String token = created.json().get("token").asText();
            assertThat(token).startsWith("gw_").hasSizeGreaterThan(40);
            long id = created.json().get("id").asLong();

            Http.Reply listed = analyst.get("/api/me/tokens");
            assertThat(listed.json().findValuesAsText("name")).containsExactly("load test");
            assertThat(new String(listed.body())).doesNotContain(token);

            Http bearer = http.withToken(token);
            assertThat(bearer.get("/api/me").json().get("username").asText()).isEqualTo(nameOf(analyst));
            assertThat(bearer.get("/api/workspaces").status()).isEqualTo(200);
            // another user cannot revoke it
            assertProblem(user("thief", "ANALYST").delete("/api/me/tokens/" + id), 404);
            assertThat(analyst.delete("/api/me/tokens/" + id).status()).isEqualTo(204);
            assertProblem(bearer.get("/api/me"), 401);
            assertThat(analyst.get("/api/me/tokens").json()).isEmpty();
            assertProblem(analyst.post("/api/me/tokens", "{\"name\":\"\"}"), 400);
        }

        @Test
        void aTokenClientSeesARoleChangeAndLosesAccessWithItsUserAtOnce() {
            long ws = workspace("Token roles");
            Http viewer = user("token-viewer", "VIEWER");
            join(ws, viewer);
            String name = nameOf(viewer);
            Http bearer = http.withToken(viewer.post("/api/me/tokens", "{\"name\":\"ci\"}").json().get("token").asText());
            String w = "/api/workspaces/" + ws;
            // verified (and remembered) as a viewer first
            assertThat(bearer.get(w + "/processes").status()).isEqualTo(200);
            assertProblem(bearer.post(w + "/processes", "{\"name\":\"x\",\"level\":5}"), 403);
            assertThat(http.patch("/api/admin/users/" + name, "{\"role\":\"ANALYST\"}").status()).isEqualTo(200);
            assertThat(bearer.post(w + "/processes", "{\"name\":\"x\",\"level\":5}").status()).isEqualTo(201);
            assertThat(http.delete("/api/admin/users/" + name).status()).isEqualTo(204);
            assertProblem(bearer.get("/api/me"), 401);
        }

        @Test
        void aBrowserSessionLogsInAndWritesOnlyWithTheCsrfHeader() {
            long ws = workspace("Browser");
            Http analyst = user("browser", "ANALYST");
            join(ws, analyst);
            String name = nameOf(analyst);

            Http browser = http.session();
            assertThat(browser.get("/login.html").status()).isEqualTo(200);
            String xsrf = browser.cookie("XSRF-TOKEN");
            assertThat(xsrf).isNotBlank();
            assertProblem(browser.form("/login", Map.of("username", name, "password", PASSWORD)), 403);
            Http.Reply wrong = browser.form("/login", Map.of("username", name, "password", "wrong one"), "X-XSRF-TOKEN", xsrf);
            assertProblem(wrong, 401);
            Http.Reply in = browser.form("/login", Map.of("username", name, "password", PASSWORD), "X-XSRF-TOKEN", xsrf);
            assertThat(in.status()).as(new String(in.body())).isEqualTo(200);
            assertThat(in.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("GAPWISE_SESSION=")
                    .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));

            assertThat(browser.get("/api/me").json().get("username").asText()).isEqualTo(name);
            String token = browser.cookie("XSRF-TOKEN");
            assertThat(token).as("a new CSRF token after login").isNotBlank();
            String path = "/api/workspaces/" + ws + "/processes";
            Http.Reply forged = browser.post(path, "{\"name\":\"forged\",\"level\":5}");
            assertProblem(forged, 403);
            assertThat(forged.json().get("type").asText()).endsWith("/csrf");
            assertProblem(browser.post(path, "{\"name\":\"forged\",\"level\":5}", "X-XSRF-TOKEN", "guess"), 403);
            assertThat(browser.post(path, "{\"name\":\"real\",\"level\":5}", "X-XSRF-TOKEN", token).status()).isEqualTo(201);
            assertThat(http.get(path).json().findValuesAsText("name")).contains("real").doesNotContain("forged");

            assertThat(browser.post("/logout", "", "X-XSRF-TOKEN", token).status()).isEqualTo(204);
            assertProblem(browser.get("/api/me"), 401);
        }

        @Test
        void repeatedFailedLoginsLockTheUsernameEvenForTheRightPassword() {
            Http victim = user("victim", "VIEWER");
            String name = nameOf(victim);
            for (int i = 0; i < 5; i++) {
                assertProblem(http.as(name, "guess " + i).get("/api/me"), 401);
            }
            Http.Reply locked = victim.get("/api/me");
            assertProblem(locked, 429);
            assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 30);

            Http browser = http.session();
            browser.get("/login.html");
            Http.Reply form = browser.form("/login", Map.of("username", name, "password", PASSWORD),
                    "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
            assertProblem(form, 429);

            // a username that does not exist is throttled the same way (no hint whether it exists)
            String ghost = "ghost-" + SEQ.incrementAndGet();
            for (int i = 0; i < 5; i++) {
                assertProblem(http.as(ghost, "guess " + i).get("/api/me"), 401);
            }
            assertProblem(http.as(ghost, "guess").get("/api/me"), 429);
            // other users are not affected
            assertThat(http.get("/api/me").status()).isEqualTo(200);
        }

        @Test
        void theAuditLogNamesWhoUploadedAndWhoDecided() {
            long[] ids = analysedWorkspace("Audited");
            String w = "/api/workspaces/" + ids[0];
            Http analyst = user("auditee", "ANALYST");
            join(ids[0], analyst);
            String name = nameOf(analyst);
            assertThat(analyst.put(w + "/processes/" + ids[1] + "/models/current", sample("return-refund", "current"),
                    "application/xml", "X-File-Name",
                    "revised.bpmn").status()).isEqualTo(201);
            String gapKey = analyst.get(w + "/gaps").json().get("items").get(0).get("key").asText();
            String etag = analyst.get(w + "/gaps/" + gapKey).header("ETag");
            assertThat(analyst.patch(w + "/gaps/" + gapKey, "{\"status\":\"dismissed\"}", "If-Match", etag).status())
                    .isEqualTo(200);
            assertProblem(analyst.patch(w + "/gaps/" + gapKey, "{\"status\":\"open\"}", "If-Match", "\"99\""), 412);

            JsonNode page = http.get("/api/admin/audit?page=0&size=100").json();
            List<JsonNode> mine = new ArrayList<>();
            page.get("items").forEach(e -> {
                if (name.equals(e.get("username").asText())) {
                    mine.add(e);
                }
            });
            assertThat(mine).extracting(e -> e.get("action").asText()).containsExactly(
                    "PATCH /api/workspaces/{ws}/gaps/{key}", "PUT /api/workspaces/{ws}/processes/{p}/models/{state}");
            assertThat(mine.get(0).get("workspaceId").asLong()).isEqualTo(ids[0]);
            assertThat(mine.get(0).get("target").asText()).isEqualTo(w + "/gaps/" + gapKey);
            assertThat(mine.get(1).get("detail").asText()).contains("201").contains("revised.bpmn");
            assertThat(page.get("items").get(0).get("id").asLong()).isGreaterThan(page.get("items").get(1).get("id").asLong());
            // the admin's own user creation is there too, without the password
            assertThat(page.toString()).contains("POST /api/admin/users").doesNotContain(PASSWORD);
            assertProblem(analyst.get("/api/admin/audit"), 403);
            assertProblem(http.get("/api/admin/audit?size=0"), 400);
        }

        @Test
        void usersAreManagedByAdminsWithHashedPasswords() {
            Http u = user("managed", "VIEWER");
            String name = nameOf(u);
            assertThat(http.get("/api/admin/users").json().findValuesAsText("username")).contains("admin", name);
            assertThat(new String(http.get("/api/admin/users").body())).doesNotContain(PASSWORD);
            assertProblem(http.post("/api/admin/users",
                    "{\"username\":\"" + name + "\",\"password\":\"12345678\",\"role\":\"VIEWER\"}"), 422);
            assertProblem(http.post("/api/admin/users", "{\"username\":\"short\",\"password\":\"1234\",\"role\":\"VIEWER\"}"), 422);
            assertProblem(http.post("/api/admin/users", "{\"username\":\"bad name\",\"password\":\"12345678\",\"role\":\"VIEWER\"}"), 422);
            assertProblem(http.post("/api/admin/users", "{\"username\":\"r\",\"password\":\"12345678\",\"role\":\"KING\"}"), 400);
            assertThat(http.patch("/api/admin/users/" + name, "{\"password\":\"a new password\"}").status()).isEqualTo(200);
            assertProblem(u.get("/api/me"), 401);
            assertThat(http.as(name, "a new password").get("/api/me").status()).isEqualTo(200);
            assertThat(http.delete("/api/admin/users/" + name).status()).isEqualTo(204);
            assertProblem(http.as(name, "a new password").get("/api/me"), 401);
            assertProblem(http.delete("/api/admin/users/" + name), 404);
            assertProblem(http.delete("/api/admin/users/admin"), 422);
            assertThat(new String(http.get("/v3/api-docs").body())).contains("/api/me", "/api/me/tokens",
                    "/api/me/tokens/{id}", "/api/admin/users", "/api/admin/users/{name}", "/api/admin/audit",
                    "/api/workspaces/{ws}/members", "/api/workspaces/{ws}/members/{user}");
        }
    }

    @Test
    void applicationsAreKeptWithETagsAndDriveThePortfolioAndTheStrategy() {
        long[] ids = analysedWorkspace("Portfolio");
        String ws = "/api/workspaces/" + ids[0];
        // without an inventory no task counts as unsupported
        assertThat(http.get(ws + "/gaps?type=UNSUPPORTED_TASK").json().get("total").asInt()).isZero();
        assertThat(http.get(ws + "/applications").json()).isEmpty();

        Http.Reply added = http.post(ws + "/applications", "{\"name\":\"ERP\",\"vendor\":\"SAP\","
                + "\"deployment\":\"ON_PREMISE\",\"annualCost\":120000,\"owner\":\"Finance\",\"functionalFit\":4,"
                + "\"integration\":3,\"technicalHealth\":2,\"lanes\":[\"erp system\"]}");
        assertThat(added.status()).as(new String(added.body())).isEqualTo(201);
        assertThat(added.json().get("key").asText()).isEqualTo("erp");
        assertThat(added.header("Location")).endsWith(ws + "/applications/erp");
        String etag = added.header("ETag");
        assertThat(etag).isNotBlank().isEqualTo(added.json().get("etag").asText());
        assertThat(http.get(ws + "/applications/erp").header("ETag")).isEqualTo(etag);

        // bad input: specific problems, nothing stored
        assertProblem(http.post(ws + "/applications", "{\"name\":\"ERP\"}"), 422);
        Http.Reply badScore = http.post(ws + "/applications", "{\"name\":\"CRM\",\"functionalFit\":7}");
        assertProblem(badScore, 422);
        assertThat(badScore.json().get("detail").asText()).contains("functional fit of 'crm' must be 1 to 5, was 7");
        Http.Reply unknown = http.post(ws + "/applications", "{\"name\":\"CRM\",\"fit\":3}");
        assertProblem(unknown, 422);
        assertThat(unknown.json().get("detail").asText()).contains("unknown application field(s) [fit]");
        assertProblem(http.post(ws + "/applications", "{\"name\":\"CRM\",\"deployment\":\"cloud\"}"), 422);
        assertProblem(http.post(ws + "/applications", "{\"name\":\"CRM\",\"capabilities\":[\"TELEPATHY\"]}"), 422);
        assertProblem(http.post(ws + "/applications", "[1,2]"), 422);
        assertProblem(http.post(ws + "/applications", "{\"key\":\"c rm\",\"name\":\"CRM\"}"), 422);
        assertProblem(http.post(ws + "/applications", "{\"name\":"), 400);
        assertProblem(http.get(ws + "/applications/nope"), 404);
        assertThat(http.get(ws + "/applications").json()).hasSize(1);

        // the portfolio: the rule that fired, with its figures; the heat map agrees with the support links
        JsonNode portfolio = http.get(ws + "/portfolio").json();
        JsonNode posture = portfolio.get("postures").get(0);
        assertThat(posture.get("applicationKey").asText()).isEqualTo("erp");
        assertThat(posture.get("rule").asText()).isEqualTo("FAILING_PLATFORM");
        assertThat(posture.get("posture").asText()).isEqualTo("REPLACE");
        assertThat(posture.get("rationale").asText()).contains("health 2");
        int future = posture.get("futureTasks").asInt();
        assertThat(future).isPositive();
        JsonNode cell = portfolio.get("heatMap").get("processes").get(0).get("cells").get(0);
        assertThat(cell.get("applicationKey").asText()).isEqualTo("erp");
        assertThat(cell.get("futureTasks").asInt()).isEqualTo(future);
        int links = 0;
        for (JsonNode l : portfolio.get("support").get("erp")) {
            assertThat(l.get("via").asText()).isEqualTo("LANE");
            links += l.get("future").asBoolean() ? 1 : 0;
        }
        assertThat(links).isEqualTo(future);
        JsonNode summary = portfolio.get("summary");
        assertThat(summary.get("totalCost").asDouble()).isEqualTo(120000);
        assertThat(summary.get("onPremise").get("applications").asInt()).isEqualTo(1);
        assertThat(summary.get("postures").get("REPLACE").asInt()).isEqualTo(1);

        // the strategy reflects the inventory: every other future task is unsupported
        int unsupported = summary.get("unsupportedFutureTasks").asInt();
        assertThat(unsupported).isPositive();
        assertThat(http.get(ws + "/gaps?type=UNSUPPORTED_TASK&size=500").json().get("total").asInt())
                .isEqualTo(unsupported);

        // edits need the current ETag; an override needs a reason and wins over the recommendation
        assertProblem(http.patch(ws + "/applications/erp", "{\"technicalHealth\":4}"), 428);
        assertProblem(http.patch(ws + "/applications/erp", "{\"technicalHealth\":4}", "If-Match", "\"stale\""), 412);
        assertProblem(http.patch(ws + "/applications/erp", "{\"postureOverride\":\"RETAIN\"}", "If-Match", etag), 422);
        assertProblem(http.patch(ws + "/applications/erp", "{\"key\":\"sap\"}", "If-Match", etag), 422);
        Http.Reply changed = http.patch(ws + "/applications/erp",
                "{\"postureOverride\":\"RETAIN\",\"overrideReason\":\"contract until 2028\",\"vendor\":null}",
                "If-Match", etag);
        assertThat(changed.status()).as(new String(changed.body())).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(changed.json().get("vendor").asText()).isEmpty();
        assertThat(changed.json().get("annualCost").asDouble()).isEqualTo(120000);
        JsonNode overridden = http.get(ws + "/portfolio").json().get("postures").get(0);
        assertThat(overridden.get("recommended").asText()).isEqualTo("REPLACE");
        assertThat(overridden.get("posture").asText()).isEqualTo("RETAIN");
        assertThat(overridden.get("overrideReason").asText()).isEqualTo("contract until 2028");
        assertProblem(http.delete(ws + "/applications/erp", "If-Match", etag), 412);

        // the inventory is part of the settings document, so the archive and GET /settings carry it
        assertThat(http.get(ws + "/settings").json().get("applications").get(0).get("owner").asText())
                .isEqualTo("Finance");

        assertThat(http.delete(ws + "/applications/erp", "If-Match", changed.header("ETag")).status()).isEqualTo(204);
        assertThat(http.get(ws + "/applications").json()).isEmpty();
        assertThat(http.get(ws + "/gaps?type=UNSUPPORTED_TASK").json().get("total").asInt()).isZero();
        assertThat(http.get(ws + "/portfolio").json().get("postures")).isEmpty();
    }

    @Test
    void applicationsSavedInTheSettingsBeforeThePortfolioAreItsInventory() {
        long[] ids = analysedWorkspace("Older settings");
        String ws = "/api/workspaces/" + ids[0];
        Http.Reply settings = http.get(ws + "/settings");
        // the shape settings held before: key (any text), name, lanes, elements, capabilities
        Http.Reply put = http.put(ws + "/settings", ("{\"applications\":[{\"key\":\"Knowledge base\",\"name\":\"KB\","
                + "\"lanes\":[\"Customer Care Agent\"],\"elements\":[],\"capabilities\":[\"KNOWLEDGE\"]}]}").getBytes(),
                "application/json", "If-Match", settings.header("ETag"));
        assertThat(put.status()).as(new String(put.body())).isEqualTo(200);
        JsonNode listed = http.get(ws + "/applications").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("name").asText()).isEqualTo("KB");
        assertThat(listed.get(0).get("deployment").asText()).isEqualTo("ON_PREMISE");
        Http.Reply one = http.get(ws + "/applications/Knowledge%20base");
        assertThat(one.status()).isEqualTo(200);
        JsonNode posture = http.get(ws + "/portfolio").json().get("postures").get(0);
        assertThat(posture.get("rule").asText()).isEqualTo("NOT_ASSESSED");
        Http.Reply scored = http.patch(ws + "/applications/Knowledge%20base",
                "{\"functionalFit\":2,\"integration\":3,\"technicalHealth\":4}", "If-Match", one.header("ETag"));
        assertThat(scored.status()).as(new String(scored.body())).isEqualTo(200);
        assertThat(http.get(ws + "/portfolio").json().get("postures").get(0).get("posture").asText()).isEqualTo("ENHANCE");
        // two applications with one key are refused where settings are written
        Http.Reply again = http.get(ws + "/settings");
        assertProblem(http.put(ws + "/settings", "{\"applications\":[{\"key\":\"a\"},{\"key\":\"a\"}]}".getBytes(),
                "application/json", "If-Match", again.header("ETag")), 422);
    }
}
