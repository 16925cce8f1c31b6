package com.gapwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gapwise.GapwiseApplication;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Whole-workspace export and import through the API: lossless round trip, bad archives refused whole. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveApiTest {

    @TempDir
    static Path dataDir;

    private ConfigurableApplicationContext app;
    private Http http;

    @BeforeAll
    void start() {
        app = new SpringApplicationBuilder(GapwiseApplication.class).run("--gapwise.data-dir=" + dataDir,
                "--server.port=0", "--gapwise.demo.enabled=false", "--spring.main.banner-mode=off");
        http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void exportImportExportIsLossless() throws IOException {
        String ws = "/api/workspaces/" + http.post("/api/workspaces", "{\"name\":\"Acme <contact> centre\"}").json()
                .get("id").asLong();
        long l1 = http.post(ws + "/processes", "{\"name\":\"Service\",\"level\":1}").json().get("id").asLong();
        long p = http.post(ws + "/processes", "{\"name\":\"Return & refund\",\"level\":5,\"parentId\":" + l1 + "}")
                .json().get("id").asLong();
        String models = ws + "/processes/" + p + "/models/";
        assertThat(http.put(models + "current", ApiContract.A1, "application/xml", "X-File-Name", "first.bpmn").status())
                .isEqualTo(201);
        assertThat(http.put(models + "current", ApiContract.sample("return-refund", "current"), "application/xml")
                .status()).isEqualTo(201);
        assertThat(http.put(models + "future", ApiContract.sample("return-refund", "future"), "application/xml")
                .status()).isEqualTo(201);
        assertThat(http.post(ws + "/goals", "{\"name\":\"Faster refunds\",\"description\":\"days, not weeks\","
                + "\"weight\":3,\"keywords\":[\"refund\"]}").status()).isEqualTo(201);
        Http.Reply settings = http.get(ws + "/settings");
        assertThat(http.put(ws + "/settings", ("{\"roadmap\":{\"startPeriod\":\"2028-Q1\",\"periods\":4,"
                + "\"capacityPerPeriod\":100,\"unit\":\"QUARTER\"}}").getBytes(), "application/json", "If-Match",
                settings.header("ETag")).status()).isEqualTo(200);
        // an application linked by lane and, to one task, by hand (its process id changes in the copy)
        String task = http.get(ws + "/processes/" + p + "/diff").json().get("added").get(0).get("id").asText();
        assertThat(http.post(ws + "/applications", "{\"name\":\"ERP\",\"vendor\":\"SAP\",\"annualCost\":9,"
                + "\"functionalFit\":4,\"integration\":2,\"technicalHealth\":4,\"lanes\":[\"ERP System\"],"
                + "\"elements\":[\"" + p + ":" + task + "\"]}").status()).isEqualTo(201);
        String gapKey = http.get(ws + "/gaps").json().get("items").get(1).get("key").asText();
        assertThat(http.patch(ws + "/gaps/" + gapKey, "{\"status\":\"dismissed\",\"note\":\"out of scope\"}",
                "If-Match", "\"0\"").status()).isEqualTo(200);
        String reqKey = http.get(ws + "/requirements").json().get("items").get(0).get("key").asText();
        assertThat(http.patch(ws + "/requirements/" + reqKey, "{\"text\":\"Customers track refunds.\"}", "If-Match",
                "\"0\"").status()).isEqualTo(200);
        String initiative = http.get(ws + "/initiatives").json().get("items").get(0).get("key").asText();
        assertThat(http.patch(ws + "/initiatives/" + initiative, "{\"name\":\"Refund tracking\"}", "If-Match", "\"0\"")
                .status()).isEqualTo(200);
        assertThat(http.patch(ws + "/roadmap/" + initiative, "{\"period\":\"2028-Q4\"}", "If-Match", "\"0\"").status())
                .isEqualTo(200);
        JsonNode match = http.get(ws + "/processes/" + p + "/diff").json().get("matches").get(0);
        assertThat(http.post(ws + "/processes/" + p + "/matches", "{\"current\":\"" + match.get("current").asText()
                + "\"}").status()).isEqualTo(200);

        Http.Reply exported = http.get(ws + "/export");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("application/zip");
        Map<String, byte[]> first = unzip(exported.body());
        assertThat(first).containsKeys("manifest.json", "catalogue.json", "models.json", "goals.json", "settings.json",
                "decisions.json");
        assertThat(first.get("models/" + p + "/current-v1.bpmn")).isEqualTo(ApiContract.A1);
        assertThat(Http.JSON.readTree(first.get("manifest.json")).get("formatVersion").asInt()).isEqualTo(1);

        Http.Reply imported = http.post("/api/workspaces/import", exported.body(), "application/zip");
        assertThat(imported.status()).as(new String(imported.body())).isEqualTo(201);
        String copy = "/api/workspaces/" + imported.json().get("id").asLong();
        assertThat(copy).isNotEqualTo(ws);
        Map<String, byte[]> second = unzip(http.get(copy + "/export").body());

        // the same files, model bytes identical, JSON identical except ids and keys that must differ
        assertThat(second.size()).isEqualTo(first.size());
        List<byte[]> firstModels = new ArrayList<>();
        List<byte[]> secondModels = new ArrayList<>();
        first.forEach((name, bytes) -> {
            if (name.endsWith(".bpmn")) {
                firstModels.add(bytes);
            }
        });
        second.forEach((name, bytes) -> {
            if (name.endsWith(".bpmn")) {
                secondModels.add(bytes);
            }
        });
        assertThat(secondModels).containsExactlyElementsOf(firstModels);
        for (String name : List.of("catalogue.json", "models.json", "goals.json", "settings.json", "decisions.json")) {
            assertThat(withoutIds(Http.JSON.readTree(second.get(name)))).as(name)
                    .isEqualTo(withoutIds(Http.JSON.readTree(first.get(name))));
        }
        assertThat(withoutIds(Http.JSON.readTree(second.get("manifest.json"))).get("workspaceName").asText())
                .isEqualTo("Acme <contact> centre");

        // the re-derived strategy of the copy equals the original's, decisions applied, no stale decision
        for (String list : List.of("/gaps?size=500", "/requirements?size=500", "/initiatives?size=500", "/roadmap",
                "/applications", "/portfolio")) {
            assertThat(withoutIds(http.get(copy + list).json())).as(list)
                    .isEqualTo(withoutIds(http.get(ws + list).json()));
        }
        assertThat(http.get(copy + "/strategy").json().get("staleDecisions")).isEmpty();
        long copiedProcess = http.get(copy + "/processes").json().get(1).get("id").asLong();
        assertThat(http.get(copy + "/applications/erp").json().get("elements").get(0).asText())
                .isEqualTo(copiedProcess + ":" + task);
        assertThat(http.get(copy + "/portfolio").json().get("support").get("erp").findValuesAsText("via"))
                .contains("HAND");
        assertThat(http.get(copy + "/gaps?status=dismissed").json().get("items")).hasSize(1);
    }

    @Test
    void badArchivesAreRefusedWholeAndStoreNothing() throws IOException {
        int before = http.get("/api/workspaces").json().size();
        ApiContract.assertProblem(http.post("/api/workspaces/import", "not a zip at all".getBytes(), "application/zip"), 422);
        ApiContract.assertProblem(http.post("/api/workspaces/import", zip(Map.of("readme.txt", "hello".getBytes())), "application/zip"),
                422);
        Http.Reply traversal = http.post("/api/workspaces/import", zip(Map.of("../../etc/passwd", "x".getBytes())), "application/zip");
        ApiContract.assertProblem(traversal, 422);
        assertThat(traversal.json().get("detail").asText()).contains("unsafe path");
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 5_001; i++) {
            many.put("f" + i, new byte[0]);
        }
        assertThat(http.post("/api/workspaces/import", zip(many), "application/zip").json().get("detail").asText())
                .contains("more than 5000 entries");
        // a zip bomb: 300 MB of zeros compress to a few hundred KB; refused while inflating
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bomb)) {
            z.putNextEntry(new ZipEntry("manifest.json"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        Http.Reply bombed = http.post("/api/workspaces/import", bomb.toByteArray(), "application/zip");
        ApiContract.assertProblem(bombed, 422);
        assertThat(bombed.json().get("detail").asText()).contains("unpacks to more than");
        // a well-formed archive whose model the importer refuses: nothing half-imported
        Map<String, byte[]> good = unzip(validArchive());
        good.put("models/1/current-v1.bpmn", "<definitions/>".getBytes(StandardCharsets.UTF_8));
        Http.Reply badModel = http.post("/api/workspaces/import", zip(good), "application/zip");
        ApiContract.assertProblem(badModel, 422);
        assertThat(http.get("/api/workspaces").json().size()).isEqualTo(before + 1);
    }

    /** An archive of a small workspace (the one it creates counts as the only workspace the test adds). */
    private byte[] validArchive() {
        String ws = "/api/workspaces/" + http.post("/api/workspaces", "{\"name\":\"Small\"}").json().get("id").asLong();
        long p = http.post(ws + "/processes", "{\"name\":\"P\",\"level\":5}").json().get("id").asLong();
        http.put(ws + "/processes/" + p + "/models/current", ApiContract.A1, "application/xml");
        byte[] body = http.get(ws + "/export").body();
        try {
            Map<String, byte[]> files = unzip(body);
            // renumber the model entry so the test can replace it by a fixed name
            JsonNode models = Http.JSON.readTree(files.get("models.json"));
            ((ObjectNode) models.get(0)).put("path", "models/1/current-v1.bpmn");
            files.put("models/1/current-v1.bpmn", files.remove("models/" + p + "/current-v1.bpmn"));
            files.put("models.json", Http.JSON.writeValueAsBytes(models));
            return zip(files);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops what must differ between a workspace and its imported copy: ids, keys, tags, times of derivation. */
    private static JsonNode withoutIds(JsonNode node) {
        JsonNode copy = node.deepCopy();
        // settings.json holds the settings document as a JSON string: compare what is in it
        if (copy.isTextual() && copy.asText().startsWith("{")) {
            try {
                copy = Http.JSON.readTree(copy.asText());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
                String n = names.next();
                if (n.equals("id") || n.equals("key") || n.endsWith("Key") || n.endsWith("Keys") || n.endsWith("Id")
                        || n.equals("path") || n.equals("exportedAt") || n.equals("itemKey") || n.equals("tag")
                        || n.equals("revision") || n.equals("derivedAt") || n.equals("etag")) {
                    names.remove();
                }
            }
            // an application's hand links name the process by its id: compare the element ids
            if (o.get("elements") instanceof ArrayNode links) {
                for (int i = 0; i < links.size(); i++) {
                    links.set(i, links.get(i).asText().replaceFirst("^\\d+:", ""));
                }
            }
            if ("HAND".equals(o.path("via").asText()) && o.get("detail") != null) {
                o.put("detail", o.get("detail").asText().replaceFirst("^\\d+:", ""));
            }
            // maps keyed by process id (the portfolio's unsupported tasks and applications per process): their values
            for (String byProcess : List.of("unsupported", "applicationsPerProcess")) {
                if (o.get(byProcess) instanceof ObjectNode map) {
                    ArrayNode values = Http.JSON.createArrayNode();
                    map.elements().forEachRemaining(values::add);
                    o.set(byProcess, values);
                }
            }
            // a decision's payload is JSON in a string: compare what is in it
            if (o.get("payload") != null && o.get("payload").isTextual()) {
                try {
                    o.set("payload", Http.JSON.readTree(o.get("payload").asText()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            o.elements().forEachRemaining(ArchiveApiTest::strip);
        } else if (node instanceof ArrayNode a) {
            a.elements().forEachRemaining(ArchiveApiTest::strip);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
