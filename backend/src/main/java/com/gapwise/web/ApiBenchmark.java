package com.gapwise.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.GapwiseApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the API on this machine: seeds a workspace with generated processes (current and
 * future), times the re-derivation after one model changes (warm, and cold after a restart), and
 * the read latency under concurrent clients. Real HTTP on the loopback interface only.
 *
 * <p>{@code java -jar gapwise.jar bench-api [--processes 20] [--tasks 200] [--clients 50]
 * [--requests 10000] [--generator ../shared/tools/gen_bpmn.py] [--spring.profiles.active=postgres ...]}
 * Unknown {@code --key=value} arguments go to Spring (e.g. another database).
 */
public final class ApiBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private int processes = 20;
    private int tasks = 200;
    private int clients = 50;
    private int requests = 10_000;
    private Path generator = Path.of("../shared/tools/gen_bpmn.py");
    private final List<String> springArgs = new ArrayList<>();
    private HttpClient http;
    private String base;
    /** Sent with every request: Basic as the fresh database's admin, then that admin's API token. */
    private String authorization;

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ApiBenchmark b = new ApiBenchmark();
        b.parse(args);
        b.run();
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--processes" -> processes = Integer.parseInt(args[++i]);
                case "--tasks" -> tasks = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--generator" -> generator = Path.of(args[++i]);
                default -> springArgs.add(args[i]);
            }
        }
    }

    private void run() throws Exception {
        Path dir = Files.createTempDirectory("gapwise-bench-api");
        System.out.printf("generating %d process pairs of %d tasks (+1 replacement future) in %s%n", processes, tasks, dir);
        for (int i = 0; i <= processes; i++) {
            generate(dir.resolve("p" + i), i);
        }
        String adminPassword = java.util.UUID.randomUUID().toString();
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--gapwise.demo.enabled=false",
                "--gapwise.data-dir=" + dir.resolve("data"), "--logging.level.root=WARN",
                "--gapwise.admin.password=" + adminPassword));
        args.addAll(springArgs);
        ConfigurableApplicationContext app = start(args);
        try {
            // the clients authenticate as REST clients do under load: with a personal API token (one hash lookup)
            authorization = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + adminPassword)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            authorization = "Bearer " + post("/api/me/tokens", "{\"name\":\"bench-api\"}").get("token").asText();
            long t0 = System.nanoTime();
            long ws = post("/api/workspaces", "{\"name\":\"Benchmark\"}").get("id").asLong();
            long[] ids = new long[processes];
            for (int i = 0; i < processes; i++) {
                ids[i] = post("/api/workspaces/" + ws + "/processes", "{\"name\":\"Process " + i + "\",\"level\":5}")
                        .get("id").asLong();
                put(models(ws, ids[i], "current"), Files.readAllBytes(dir.resolve("p" + i).resolve("current.bpmn")));
                put(models(ws, ids[i], "future"), Files.readAllBytes(dir.resolve("p" + i).resolve("future.bpmn")));
            }
            System.out.printf("seeded %d processes (%d uploads, each re-deriving the workspace) in %.1f s%n", processes,
                    2 * processes, (System.nanoTime() - t0) / 1e9);
            JsonNode summary = get("/api/workspaces/" + ws + "/strategy");
            System.out.println("strategy: " + summary.get("counts"));

            // one model changes: the upload imports it, re-diffs that process and re-derives everything
            byte[][] futures = {Files.readAllBytes(dir.resolve("p" + processes).resolve("future.bpmn")),
                Files.readAllBytes(dir.resolve("p0").resolve("future.bpmn"))};
            List<Double> change = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                long t = System.nanoTime();
                put(models(ws, ids[0], "future"), futures[i % 2]);
                change.add((System.nanoTime() - t) / 1e6);
            }
            System.out.printf("re-derive after one model upload (PUT, warm): median %.0f ms, max %.0f ms  %s%n",
                    percentile(change, 50), percentile(change, 100), round(change));
            System.out.println("  last derivation: " + get("/api/workspaces/" + ws + "/strategy").get("timingsMs"));

            app.close();
            List<String> coldArgs = new ArrayList<>(args);
            coldArgs.add("--gapwise.warm-up.enabled=false");
            app = start(coldArgs);
            long t = System.nanoTime();
            post("/api/workspaces/" + ws + "/strategy/rederive", "");
            System.out.printf("re-derive everything after a restart without warm-up (cold: imports and diffs all %d "
                    + "models): %.0f ms%n", 2 * processes, (System.nanoTime() - t) / 1e6);
            System.out.println("  that derivation: " + get("/api/workspaces/" + ws + "/strategy").get("timingsMs"));

            app.close();
            app = start(args);
            Thread.sleep(15_000); // the background warm-up parses and diffs the stored models
            t = System.nanoTime();
            put(models(ws, ids[0], "future"), futures[0]);
            System.out.printf("re-derive after one model upload, first change 15 s after a restart with warm-up: %.0f ms%n",
                    (System.nanoTime() - t) / 1e6);
            System.out.println("  that derivation: " + get("/api/workspaces/" + ws + "/strategy").get("timingsMs"));

            reads(ws, ids);
        } finally {
            app.close();
            deleteTree(dir);
        }
    }

    private void reads(long ws, long[] ids) throws Exception {
        String w = "/api/workspaces/" + ws;
        JsonNode gaps = get(w + "/gaps?size=500");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            paths.add(w + "/gaps?page=" + i + "&size=50");
        }
        for (int i = 0; i < ids.length; i++) {
            paths.add(w + "/gaps?process=" + ids[i] + "&size=50");
            paths.add(w + "/processes/" + ids[i]);
        }
        for (int i = 0; i < Math.min(20, gaps.get("items").size()); i++) {
            paths.add(w + "/gaps/" + gaps.get("items").get(i).get("key").asText());
        }
        paths.addAll(List.of(w + "/requirements?size=50", w + "/initiatives", w + "/roadmap", w + "/strategy",
                w + "/processes/" + ids[0] + "/diff"));
        for (int i = 0; i < 500; i++) {
            get(paths.get(i % paths.size()));
        }
        for (String kind : List.of("/gaps?page=0&size=50", "/gaps/", "/requirements?size=50", "/initiatives", "/roadmap",
                "/strategy", "/diff", "/processes/")) {
            String path = paths.stream().filter(x -> x.contains(kind)).findFirst().orElseThrow();
            List<Double> single = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                get(path);
                single.add((System.nanoTime() - t) / 1e6);
            }
            System.out.printf("  one client, %-24s median %.1f ms%n", kind, percentile(single, 50));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] latencies = new long[requests];
        long t0 = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    for (int i = client; i < requests; i += clients) {
                        long t = System.nanoTime();
                        get(paths.get(i % paths.size()));
                        latencies[i] = System.nanoTime() - t;
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("reads: %d GETs by %d concurrent clients over %d endpoints in %.1f s (%.0f/s): "
                        + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", requests, clients, paths.size(), seconds,
                requests / seconds, ms(sorted, 50), ms(sorted, 95), ms(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private ConfigurableApplicationContext start(List<String> args) {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(GapwiseApplication.class)
                .run(args.toArray(String[]::new));
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return app;
    }

    private void generate(Path out, int seed) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", generator.toString(), String.valueOf(tasks), out.toString(), "--seed",
                String.valueOf(seed)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the generator failed: python3 " + generator);
        }
    }

    private static String models(long ws, long p, String state) {
        return "/api/workspaces/" + ws + "/processes/" + p + "/models/" + state;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
    }

    private JsonNode post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.isEmpty() ? "{}" : json)), -1);
    }

    private void put(String path, byte[] xml) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/xml")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(xml)), 201);
    }

    private JsonNode send(HttpRequest.Builder b, int expected) throws IOException, InterruptedException {
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpResponse<byte[]> r = http.send(b.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() >= 300 || expected > 0 && r.statusCode() != expected) {
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + new String(r.body()));
        }
        return JSON.readTree(r.body());
    }

    private static double ms(long[] sorted, int percentile) {
        int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> s = new ArrayList<>(values);
        s.sort(null);
        int i = (int) Math.ceil(percentile / 100.0 * s.size()) - 1;
        return s.get(Math.max(0, Math.min(s.size() - 1, i)));
    }

    private static List<Long> round(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }
}
