package com.gapwise.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the load benchmarks share: options, generated models, a seeded workspace, the server child
 * process and percentiles.
 */
final class Workload {

    /** {@code --key value} options with defaults; unknown keys are refused. */
    static final class Options {
        private final Map<String, String> values = new HashMap<>();

        Options(String[] args, Map<String, String> defaults) {
            values.putAll(defaults);
            for (int i = 0; i < args.length; i++) {
                if (!values.containsKey(args[i]) || i + 1 >= args.length) {
                    throw new IllegalArgumentException("unknown option or missing value: " + args[i]
                            + " (options: " + defaults.keySet() + ")");
                }
                values.put(args[i], args[++i]);
            }
        }

        String text(String key) {
            return values.get(key);
        }

        int number(String key) {
            return Integer.parseInt(values.get(key));
        }

        Map<String, String> all() {
            return values;
        }
    }

    /** A benchmark's main method. */
    interface Main {
        void run(String[] args) throws Exception;
    }

    /** Runs a benchmark for the CLI: 0 when it completed (without errors), 1 when it failed, 2 for bad options. */
    static int cli(String name, String[] args, java.io.PrintStream err, Main main) {
        try {
            main.run(args);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(name + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println(name + " failed: " + e);
            return 1;
        }
    }

    /** Options every load benchmark takes; {@code --token}/{@code --basic} empty means from the environment. */
    static Map<String, String> commonDefaults() {
        Map<String, String> d = new HashMap<>();
        d.put("--processes", "20");
        d.put("--tasks", "200");
        d.put("--clients", "50");
        d.put("--xmx", "512m");
        d.put("--generator", "../shared/tools/gen_bpmn.py");
        d.put("--token", "");
        d.put("--basic", "");
        d.put("--server-args", "");
        d.put("--server-jvm", "");
        return d;
    }

    /** A workspace of generated processes, each with a current and a future model. */
    record Seeded(long workspace, long[] processes, List<byte[]> futures) {
        String models(int i, String state) {
            return "/api/workspaces/" + workspace + "/processes/" + processes[i] + "/models/" + state;
        }

        String diff(int i) {
            return "/api/workspaces/" + workspace + "/processes/" + processes[i] + "/diff";
        }
    }

    final Options options;
    final Path dir;
    ServerProcess server;
    BenchClient client;

    Workload(Options options, String name) throws IOException {
        this.options = options;
        this.dir = Files.createTempDirectory("gapwise-" + name);
    }

    /** Starts the jar on a fresh data directory in the temp folder, with {@code --xmx} heap. */
    void startServer() throws IOException, InterruptedException {
        List<String> appArgs = new ArrayList<>(List.of("--gapwise.data-dir=" + dir.resolve("data"),
                "--gapwise.demo.enabled=false", "--logging.level.root=WARN"));
        for (String a : options.text("--server-args").split(" ")) {
            if (!a.isBlank()) {
                appArgs.add(a);
            }
        }
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + options.text("--xmx")));
        for (String a : options.text("--server-jvm").split(" ")) {
            if (!a.isBlank()) {
                jvm.add(a); // e.g. -XX:StartFlightRecording=... to profile the server
            }
        }
        Map<String, String> given = new HashMap<>();
        options.all().forEach((k, v) -> {
            if (!v.isBlank()) {
                given.put(k, v);
            }
        });
        String authorization = BenchClient.authorization(given, System.getenv());
        // Without credentials given, the fresh server's admin gets a random password, and the clients use a
        // personal API token created with it, as REST clients do.
        String adminPassword = null;
        if (authorization == null) {
            adminPassword = java.util.UUID.randomUUID().toString();
            appArgs.add("--gapwise.admin.password=" + adminPassword);
        }
        server = ServerProcess.start(jvm, appArgs, dir.resolve("server.log"));
        server.awaitUp(java.time.Duration.ofSeconds(180));
        if (adminPassword != null) {
            BenchClient admin = new BenchClient(server.baseUrl(), BenchClient.authorization(
                    Map.of("--basic", "admin:" + adminPassword), Map.of()));
            authorization = "Bearer " + admin.ok(admin.post("/api/me/tokens", "{\"name\":\"benchmark\"}"),
                    "create an API token").get("token").asText();
        }
        client = new BenchClient(server.baseUrl(), authorization);
        System.out.printf("server pid %d on port %d (-Xmx%s, data in %s)%n", server.pid(), server.port(),
                options.text("--xmx"), dir);
    }

    /** Generates the models with the Python generator and uploads them (current, then future). */
    Seeded seed() throws IOException, InterruptedException {
        int processes = options.number("--processes");
        int tasks = options.number("--tasks");
        long t0 = System.nanoTime();
        long ws = client.ok(client.post("/api/workspaces", "{\"name\":\"Benchmark\"}"), "create workspace")
                .get("id").asLong();
        long[] ids = new long[processes];
        List<byte[]> futures = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            Path out = dir.resolve("p" + i);
            generate(out, tasks, i);
            ids[i] = client.ok(client.post("/api/workspaces/" + ws + "/processes",
                    "{\"name\":\"Process " + i + "\",\"level\":5}"), "create process").get("id").asLong();
            Seeded partial = new Seeded(ws, ids, futures);
            client.ok(client.put(partial.models(i, "current"), Files.readAllBytes(out.resolve("current.bpmn")),
                    "application/xml"), "upload current");
            byte[] future = Files.readAllBytes(out.resolve("future.bpmn"));
            client.ok(client.put(partial.models(i, "future"), future, "application/xml"), "upload future");
            futures.add(future);
        }
        System.out.printf("seeded %d processes x %d tasks (current and future) in %.1f s; strategy: %s%n", processes,
                tasks, (System.nanoTime() - t0) / 1e9,
                client.ok(client.get("/api/workspaces/" + ws + "/strategy"), "strategy").get("counts"));
        return new Seeded(ws, ids, futures);
    }

    private void generate(Path out, int tasks, int seed) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", options.text("--generator"), String.valueOf(tasks), out.toString(),
                "--seed", String.valueOf(seed)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the generator failed: python3 " + options.text("--generator"));
        }
    }

    /** The same model with a comment appended: distinct bytes (a new version to store, parse and diff). */
    static byte[] distinct(byte[] model, String marker) {
        byte[] tail = ("\n<!-- " + marker + " -->\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(model, model.length + tail.length);
        System.arraycopy(tail, 0, out, model.length, tail.length);
        return out;
    }

    /** Stops the server and removes the temp folder (keeps the server log when asked to). */
    void close() throws IOException, InterruptedException {
        if (server != null) {
            server.close();
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The value at a percentile of sorted nanoseconds, in milliseconds (nearest rank). */
    static double percentileMs(long[] sortedNanos, double percentile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
    }

    /** The machine's load, printed with every figure because the machine is shared. */
    static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
