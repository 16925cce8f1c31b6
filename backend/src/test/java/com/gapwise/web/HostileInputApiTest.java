package com.gapwise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.gapwise.GapwiseApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Hostile and broken input through the real HTTP port (issue 7): every case is a 4xx problem detail
 * with a specific detail, no leaked file content, stack trace or class name, answered quickly, and
 * the server goes on serving normal requests afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputApiTest {

    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** A hang guard only; the real latencies are printed and reported. */
    private static final Duration GUARD = Duration.ofSeconds(10);
    /** Every request authenticates as the bootstrap admin, so that each case reaches the code it attacks. */
    private static final String ADMIN = Http.basic("admin", Http.ADMIN_PASSWORD);

    @TempDir
    static Path dataDir;

    private ConfigurableApplicationContext app;
    private HttpClient client;
    private String base;
    private String models;
    private String workspacePath;

    @BeforeAll
    void start() {
        app = new SpringApplicationBuilder(GapwiseApplication.class).run("--gapwise.data-dir=" + dataDir,
                "--server.port=0", "--gapwise.demo.enabled=false", "--spring.main.banner-mode=off");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Reply ws = send(json("POST", "/api/workspaces", "{\"name\":\"Hostile\"}"));
        assertThat(ws.status).isEqualTo(201);
        workspacePath = "/api/workspaces/" + ws.json().get("id").asLong();
        Reply p = send(json("POST", workspacePath + "/processes", "{\"name\":\"Target\",\"level\":5}"));
        assertThat(p.status).isEqualTo(201);
        models = workspacePath + "/processes/" + p.json().get("id").asLong() + "/models/current";
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** After every hostile request the server still serves a normal one. */
    @AfterEach
    void stillServesNormalRequests() {
        Reply r = send(put(models, ApiContract.A1));
        assertThat(r.status).as(r.text()).isEqualTo(201);
        assertThat(send(get(models)).body).isEqualTo(ApiContract.A1);
    }

    // --- XML attacks ------------------------------------------------------------------------------

    @Test
    void xxeWithAFileEntityIsRefusedUnexpanded() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE definitions [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + definitions("<process id=\"p\"><task id=\"t\" name=\"&secret;\"/></process>");
        Reply r = refused(put(models, xml), 422, "DOCTYPE");
        assertThat(r.json().get("code").asText()).isEqualTo("DOCTYPE_FORBIDDEN");
        assertThat(r.json().get("line").asInt()).isEqualTo(2);
    }

    @Test
    void xxeWithAnHttpEntityIsRefusedUnexpanded() {
        String xml = "<!DOCTYPE definitions [<!ENTITY remote SYSTEM \"http://127.0.0.1:9/evil.dtd\">%remote;]>"
                + definitions("<process id=\"p\"><task id=\"t\" name=\"&remote;\"/></process>");
        Reply r = refused(put(models, xml), 422, "DOCTYPE");
        assertThat(r.text()).doesNotContain("127.0.0.1:9");
    }

    @Test
    void billionLaughsIsRefusedUnexpanded() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        refused(put(models, dtd + definitions("<process id=\"p\"><task id=\"t\" name=\"&lol9;\"/></process>")), 422,
                "DOCTYPE");
    }

    @Test
    void quadraticBlowupIsRefusedUnexpanded() {
        String entity = "x".repeat(100_000);
        String refs = "&a;".repeat(50_000);
        String xml = "<!DOCTYPE d [<!ENTITY a \"" + entity + "\">]>"
                + definitions("<process id=\"p\"><task id=\"t\" name=\"" + refs + "\"/></process>");
        refused(put(models, xml), 422, "DOCTYPE");
    }

    @Test
    void deeplyNestedElementsAreRefused() {
        int depth = 100_000;
        String xml = definitions("<process id=\"p\">" + "<extensionElements>".repeat(depth)
                + "</extensionElements>".repeat(depth) + "</process>");
        Reply r = refused(put(models, xml), 422, "nested deeper than the limit");
        assertThat(r.json().get("code").asText()).isEqualTo("TOO_DEEP");
    }

    @Test
    void hugeAttributeValuesAreRefused() {
        String xml = definitions("<process id=\"p\"><task id=\"t\" name=\"" + "A".repeat(15 * 1024 * 1024)
                + "\"/></process>");
        Reply r = refused(put(models, xml), 422, "attribute 'name'");
        assertThat(r.json().get("code").asText()).isEqualTo("VALUE_TOO_LONG");
        assertThat(r.text().length()).isLessThan(4096);
    }

    @Test
    void idsWithMarkupAreRefused() {
        String xml = definitions("<process id=\"p\"><task id=\"&lt;script&gt;alert(1)&lt;/script&gt;\" name=\"t\"/>"
                + "</process>");
        Reply r = refused(put(models, xml), 422, "<script>");
        assertThat(r.json().get("code").asText()).isEqualTo("ID_WITH_MARKUP");
        assertThat(send(get(models + "/versions")).json()).allSatisfy(v -> assertThat(v.toString()).doesNotContain("script"));
    }

    // --- not BPMN at all --------------------------------------------------------------------------

    @Test
    void nonXmlIsRefused() {
        Reply r = refused(put(models, "Dear support, please find my process attached. Regards"), 422, "");
        assertThat(r.json().get("code").asText()).isEqualTo("MALFORMED_XML");
        assertThat(r.json().get("line").asInt()).isEqualTo(1);
    }

    @Test
    void xmlInTheWrongNamespaceIsRefused() {
        Reply r = refused(put(models, "<definitions xmlns=\"http://example.com/not-bpmn\"><process id=\"p\"/></definitions>"),
                422, "http://example.com/not-bpmn");
        assertThat(r.json().get("code").asText()).isEqualTo("NOT_BPMN");
    }

    @Test
    void binaryGarbageIsRefused() {
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Reply r = refused(put(models, garbage), 422, "");
        assertThat(r.json().get("code").asText()).isIn("BINARY_CONTENT", "ENCODING");
    }

    @Test
    void aZipIsRefusedAsAnArchive() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("model.bpmn"));
            zip.write(ApiContract.A1);
            zip.closeEntry();
        }
        Reply r = refused(put(models, bytes.toByteArray()), 422, "ZIP archive");
        assertThat(r.json().get("code").asText()).isEqualTo("BINARY_CONTENT");
    }

    // --- huge bodies --------------------------------------------------------------------------------

    @Test
    void aHundredMegabyteBodyIsRefusedBeforeItIsRead() {
        byte[] body = new byte[100 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        refused(put(models, body), 413, "20971520 bytes");
    }

    @Test
    void aStreamedGigabyteIsRefusedWithoutReadingItAll() throws Exception {
        long gigabyte = 1024L * 1024 * 1024;
        AtomicLong produced = new AtomicLong();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + models)).timeout(GUARD).header("Authorization", ADMIN)
                .header("Content-Type", "application/xml")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new Spaces(gigabyte, produced))).build();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean sampling = new AtomicBoolean(true);
        // Client and server share this JVM, and the client's streamed chunks are garbage the moment they are sent;
        // how much of it is still uncollected at a sample depends on when the GC last ran. A reading above a
        // quarter of the bound is therefore taken again after a collection: what survives it is what is held
        // (a held gigabyte would), what does not was garbage.
        long recheckAbove = before + 128L * 1024 * 1024;
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                long used = memory.getHeapMemoryUsage().getUsed();
                if (used > recheckAbove) {
                    System.gc();
                    used = memory.getHeapMemoryUsage().getUsed();
                }
                peak.accumulateAndGet(used, Math::max);
                Thread.onSpinWait();
            }
        });
        sampler.start();
        Reply r;
        try {
            r = refused(request, 413, "20971520 bytes");
        } finally {
            sampling.set(false);
            sampler.join();
        }
        // the server stopped reading long before the end: it never held (or even received) the gigabyte
        assertThat(produced.get()).isLessThan(gigabyte / 2);
        assertThat(peak.get() - before).as("heap growth while refusing a streamed gigabyte")
                .isLessThan(512L * 1024 * 1024); // a held gigabyte would not fit
        System.out.printf("streamed 1 GB: refused after %d MB sent, heap +%d MB at peak%n",
                produced.get() >> 20, (peak.get() - before) >> 20);
        assertThat(r.status).isEqualTo(413);
    }

    // --- JSON -------------------------------------------------------------------------------------

    @Test
    void jsonWithAWrongTypeNamesTheField() {
        Reply r = refused(json("POST", workspacePath + "/processes", "{\"name\":\"x\",\"level\":{\"deep\":true}}"), 400,
                "field 'level'");
        assertThat(r.text()).doesNotContain("java.lang").doesNotContain("Integer.class");
    }

    @Test
    void jsonWithAnArrayForATextNamesTheField() {
        refused(json("POST", "/api/workspaces", "{\"name\":[\"a\",\"b\"]}"), 400, "field 'name'");
    }

    @Test
    void jsonWithAMissingFieldNamesTheField() {
        Reply r = refused(json("POST", "/api/workspaces", "{}"), 400, "name");
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
    }

    @Test
    void jsonThatIsNotJsonIsRefused() {
        refused(json("POST", "/api/workspaces", "<workspace name=\"x\"/>"), 400, "malformed JSON");
    }

    @Test
    void markupInJsonIsStoredAsTextAndReturnedEscapedAsJson() {
        Reply r = send(json("POST", "/api/workspaces", "{\"name\":\"<img src=x onerror=alert(1)>\"}"));
        assertThat(r.status).isEqualTo(201);
        assertThat(r.headers.firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.json().get("name").asText()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** Sends, asserts a problem detail of the status with the detail fragment, and nothing leaked. */
    private Reply refused(HttpRequest request, int status, String detailFragment) {
        long started = System.nanoTime();
        Reply r = assertTimeoutPreemptively(GUARD, () -> send(request));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("hostile %-60s -> %d in %d ms%n", request.uri().getPath(), r.status, millis);
        assertThat(r.status).as(r.text()).isEqualTo(status);
        assertThat(r.headers.firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).contains(detailFragment);
        assertThat(r.text()).doesNotContain("root:x:0:0").doesNotContain("/bin/bash")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.")
                .doesNotContain("com.gapwise").doesNotContain("org.springframework");
        return r;
    }

    private HttpRequest put(String path, String xml) {
        return put(path, xml.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest put(String path, byte[] body) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(GUARD).header("Authorization", ADMIN)
                .header("Content-Type", "application/xml")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(GUARD).header("Authorization", ADMIN).GET().build();
    }

    private HttpRequest json(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(GUARD).header("Authorization", ADMIN)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String definitions(String content) {
        return "<definitions xmlns=\"" + BPMN_NS + "\" id=\"d\" targetNamespace=\"http://example.com\">" + content
                + "</definitions>";
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Reply(int status, java.net.http.HttpHeaders headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return Http.JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }
    }

    /** A body of {@code size} spaces produced on demand, counting what was actually taken. */
    private static final class Spaces extends InputStream {
        private final long size;
        private final AtomicLong produced;

        Spaces(long size, AtomicLong produced) {
            this.size = size;
            this.produced = produced;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long left = size - produced.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) ' ');
            produced.addAndGet(n);
            return n;
        }
    }
}
