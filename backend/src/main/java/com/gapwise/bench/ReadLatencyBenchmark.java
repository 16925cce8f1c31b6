package com.gapwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue #4: seeds a workspace (20 processes x 200 tasks, current and future) in the jar started as
 * a child process, times the re-derivation after one model upload, then measures reads of the
 * derived strategy under {@code --clients} concurrent connections with {@code wrk} (a separate, cheap
 * C load generator; Debian package {@code wrk}) driven by {@code bench/reads.lua} over a mix of gaps,
 * requirements, initiatives, roadmap, strategy summary, diffs, single items and filtered pages.
 *
 * <p>{@code java -jar gapwise.jar bench-reads [--clients 50] [--seconds 30] [--wrk-threads 1]
 * [--script bench/reads.lua] [--token T | --basic user:pw] [--processes 20] [--tasks 200] [--xmx 512m]}
 */
public final class ReadLatencyBenchmark {

    private ReadLatencyBenchmark() {
    }

    /** The CLI entry (exit codes as {@link Workload#cli}). */
    public static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        return Workload.cli("bench-reads", args, err, ReadLatencyBenchmark::main);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> defaults = Workload.commonDefaults();
        defaults.put("--seconds", "30");
        defaults.put("--wrk-threads", "1");
        defaults.put("--script", "bench/reads.lua");
        Workload w = new Workload(new Workload.Options(args, defaults), "bench-reads");
        try {
            w.startServer();
            Workload.Seeded seeded = w.seed();
            rederiveAfterOneUpload(w, seeded);
            Path paths = w.dir.resolve("paths.txt");
            Files.write(paths, readMix(w, seeded));
            wrk(w, paths, 5, "warm-up");
            wrk(w, paths, w.options.number("--seconds"), "measured");
        } finally {
            w.close();
        }
    }

    /** The time from sending one changed model until its upload is answered (strategy re-derived). */
    private static void rederiveAfterOneUpload(Workload w, Workload.Seeded seeded) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            byte[] body = Workload.distinct(seeded.futures().get(0), "change " + i);
            long t = System.nanoTime();
            w.client.ok(w.client.put(seeded.models(0, "future"), body, "application/xml"), "upload");
            ms.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> sorted = new ArrayList<>(ms);
        sorted.sort(null);
        JsonNode timings = w.client.ok(w.client.get("/api/workspaces/" + seeded.workspace() + "/strategy"), "summary")
                .get("timingsMs");
        System.out.printf("re-derive after one model upload (PUT answered): median %.0f ms, max %.0f ms %s; last "
                + "derivation %s; load %s%n", sorted.get(2), sorted.get(5), ms.stream().map(Math::round).toList(), timings,
                Workload.uptime());
    }

    /** The read mix: one path per line, cycled through by every wrk connection. */
    private static List<String> readMix(Workload w, Workload.Seeded seeded) throws Exception {
        String ws = "/api/workspaces/" + seeded.workspace();
        JsonNode gaps = w.client.ok(w.client.get(ws + "/gaps?size=20"), "gaps").get("items");
        JsonNode requirements = w.client.ok(w.client.get(ws + "/requirements?size=10"), "requirements").get("items");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            paths.add(ws + "/gaps?page=" + i + "&size=50");
            paths.add(ws + "/requirements?page=" + i + "&size=50");
        }
        for (long p : seeded.processes()) {
            paths.add(ws + "/gaps?process=" + p + "&size=50");
            paths.add(ws + "/requirements?process=" + p + "&priority=MUST&size=50");
            paths.add(ws + "/processes/" + p + "/diff");
        }
        for (int i = 0; i < gaps.size(); i++) {
            paths.add(ws + "/gaps/" + gaps.get(i).get("key").asText());
        }
        for (int i = 0; i < requirements.size(); i++) {
            paths.add(ws + "/requirements/" + requirements.get(i).get("key").asText());
        }
        paths.addAll(List.of(ws + "/gaps?type=AUTOMATION&size=50", ws + "/gaps?status=OPEN&size=50",
                ws + "/initiatives", ws + "/roadmap", ws + "/strategy", ws + "/initiatives", ws + "/roadmap",
                ws + "/strategy"));
        for (String p : paths) {
            w.client.ok(w.client.get(p), p); // every path of the mix answers 200
        }
        System.out.printf("read mix: %d paths (%d diffs of %d-task models, paged and filtered lists, items, "
                + "initiatives, roadmap, summary)%n", paths.size(), seeded.processes().length, w.options.number("--tasks"));
        return paths;
    }

    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|75|90|99)%\\s+([\\d.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([\\d.]+)s");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: (.*)");

    private static void wrk(Workload w, Path paths, int seconds, String label) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + w.options.text("--wrk-threads"),
                "-c" + w.options.text("--clients"), "-d" + seconds + "s", "--latency", "--timeout", "10s",
                "-s", w.options.text("--script")));
        if (w.client.authorization() != null) {
            command.addAll(List.of("-H", "Authorization: " + w.client.authorization()));
        }
        command.addAll(List.of(w.server.baseUrl(), "--", paths.toString()));
        long cpu0 = w.server.cpuTime().toMillis();
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("bench-reads needs wrk (apt-get install wrk): " + e.getMessage(), e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        long cpu = w.server.cpuTime().toMillis() - cpu0;
        if (!"measured".equals(label)) {
            return;
        }
        StringBuilder percentiles = new StringBuilder();
        Matcher m = PERCENTILE.matcher(out);
        while (m.find()) {
            double v = Double.parseDouble(m.group(2));
            double ms = switch (m.group(3)) {
                case "us" -> v / 1000;
                case "s" -> v * 1000;
                default -> v;
            };
            percentiles.append(String.format(" p%s %.1f ms,", m.group(1), ms));
        }
        Matcher total = TOTAL.matcher(out);
        Matcher rate = RATE.matcher(out);
        Matcher non2xx = NON_2XX.matcher(out);
        Matcher socket = SOCKET_ERRORS.matcher(out);
        if (!total.find() || !rate.find()) {
            throw new IllegalStateException("unexpected wrk output: " + out);
        }
        double wall = Double.parseDouble(total.group(2));
        System.out.printf("reads: %s GETs by %s connections in %.1f s: %s/s,%s non-2xx: %s, socket errors: %s; "
                        + "server CPU %.2f cores; load %s%n", total.group(1), w.options.text("--clients"), wall,
                rate.group(1), percentiles, non2xx.find() ? non2xx.group(1) : "0", socket.find() ? socket.group(1)
                        : "none", cpu / 1e3 / wall, Workload.uptime());
    }
}
