package com.gapwise.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue #7's load: {@code --clients} concurrent clients upload a new version of a generated model
 * and then GET the diff of that process, for {@code --seconds} after {@code --warmup} unmeasured seconds
 * (the JIT and the bounded model, diff and read caches fill up), against the jar in a child process
 * with a bounded heap. Reports requests, errors (non-2xx or failed requests; must be 0), latency
 * per operation, and the heap after a full GC sampled over the run (jcmd), to show it does not grow.
 *
 * <p>{@code java -jar gapwise.jar bench-load [--clients 50] [--seconds 60] [--processes 20] [--tasks 200]
 * [--warmup 60] [--xmx 512m] [--heap-every 5] [--token T | --basic user:pw]
 * [--server-args "--spring.profiles.active=postgres ..."] [--server-jvm "-XX:..."]}
 */
public final class UploadLoadBenchmark {

    private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private UploadLoadBenchmark() {
    }

    /** The CLI entry (exit codes as {@link Workload#cli}). */
    public static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        return Workload.cli("bench-load", args, err, UploadLoadBenchmark::main);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> defaults = Workload.commonDefaults();
        defaults.put("--seconds", "60");
        defaults.put("--warmup", "60");
        defaults.put("--heap-every", "5");
        Workload w = new Workload(new Workload.Options(args, defaults), "bench-load");
        try {
            w.startServer();
            Workload.Seeded seeded = w.seed();
            run(w, seeded);
        } finally {
            w.close();
        }
    }

    /** One operation's latencies (ns) and errors. */
    private record Operation(String name, List<Long> nanos, AtomicLong errors) {
        Operation(String name) {
            this(name, java.util.Collections.synchronizedList(new ArrayList<>()), new AtomicLong());
        }
    }

    private static void run(Workload w, Workload.Seeded seeded) throws Exception {
        int clients = w.options.number("--clients");
        long seconds = w.options.number("--seconds");
        long warmup = w.options.number("--warmup");
        Operation upload = new Operation("upload (PUT future)");
        Operation diff = new Operation("diff (GET)");
        Operation warm = new Operation("warm-up (both)");
        // every acknowledged version number per process: uploads from many clients must all be distinct
        Map<Integer, Set<Integer>> versions = new ConcurrentHashMap<>();
        AtomicLong duplicates = new AtomicLong();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());

        List<long[]> heap = new ArrayList<>(); // {seconds since start, used KiB, total KiB}
        heap.add(heapAfterGc(w.server.pid(), 0));
        // the same load, unmeasured, first: the JIT and the bounded caches reach their steady state
        long warmStart = System.nanoTime();
        long start = warmStart + warmup * 1_000_000_000L;
        long end = start + seconds * 1_000_000_000L;
        long[] cpu0 = new long[1];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    int n = 0;
                    while (System.nanoTime() < end) {
                        int i = (client + n) % seeded.processes().length;
                        byte[] body = Workload.distinct(seeded.futures().get(i), "client " + client + " upload " + n++);
                        boolean measured = System.nanoTime() >= start;
                        BenchClient.Reply r = timed(measured ? upload : warm, firstErrors,
                                () -> w.client.put(seeded.models(i, "future"), body, "application/xml"), 201);
                        if (r != null) {
                            if (!versions.computeIfAbsent(i, k -> ConcurrentHashMap.newKeySet())
                                    .add(r.json().get("version").asInt())) {
                                duplicates.incrementAndGet();
                            }
                        }
                        timed(measured ? diff : warm, firstErrors, () -> w.client.get(seeded.diff(i)), 200);
                    }
                    return null;
                }));
            }
            Thread.sleep(Math.max(0, (start - System.nanoTime()) / 1_000_000));
            cpu0[0] = w.server.cpuTime().toMillis();
            heap.add(heapAfterGc(w.server.pid(), (System.nanoTime() - warmStart) / 1_000_000_000L));
            long every = w.options.number("--heap-every") * 1_000_000_000L;
            for (long next = start + every; next < end; next += every) {
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                heap.add(heapAfterGc(w.server.pid(), (System.nanoTime() - warmStart) / 1_000_000_000L));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long cpu = w.server.cpuTime().toMillis() - cpu0[0];
        heap.add(heapAfterGc(w.server.pid(), (System.nanoTime() - warmStart) / 1_000_000_000L));

        System.out.printf("%d clients for %d s unmeasured, then %.1f s measured (each: upload a %d-task model "
                        + "version, then GET its diff); load average at the end: %s%n", clients, warmup, wall,
                w.options.number("--tasks"), Workload.uptime());
        long errors = 0;
        for (Operation o : List.of(warm, upload, diff)) {
            long[] sorted = o.nanos().stream().mapToLong(Long::longValue).sorted().toArray();
            errors += o.errors().get();
            System.out.printf("  %-20s %6d requests (%.1f/s), %d errors: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, "
                            + "max %.0f ms%n", o.name(), sorted.length + o.errors().get(), sorted.length / wall,
                    o.errors().get(), Workload.percentileMs(sorted, 50), Workload.percentileMs(sorted, 90),
                    Workload.percentileMs(sorted, 99), Workload.percentileMs(sorted, 100));
        }
        long acknowledged = versions.values().stream().mapToLong(Set::size).sum();
        System.out.printf("  versions: %d acknowledged uploads, %d duplicate version numbers%n", acknowledged,
                duplicates.get());
        System.out.printf("  server CPU: %.1f s in %.1f s (%.2f cores of %d)%n", cpu / 1e3, wall, cpu / 1e3 / wall,
                Runtime.getRuntime().availableProcessors());
        StringBuilder samples = new StringBuilder();
        for (long[] h : heap) {
            samples.append(String.format(" %ds:%dM", h[0], h[1] / 1024));
        }
        System.out.println("  heap used after a full GC (jcmd GC.run, GC.heap_info), -Xmx" + w.options.text("--xmx")
                + ", s since the load began: before it, after the warm-up, during, after:" + samples);
        // growth is judged on the measured samples under load: before and after it nothing is in flight
        List<long[]> during = heap.subList(1, heap.size() - 1);
        int third = Math.max(1, during.size() / 3);
        double first = during.subList(0, third).stream().mapToLong(h -> h[1]).average().orElse(0) / 1024;
        double last = during.subList(during.size() - third, during.size()).stream().mapToLong(h -> h[1]).average()
                .orElse(0) / 1024;
        System.out.printf("  heap under load: first third %.0f MB, last third %.0f MB (%+.0f%%), max %d MB; "
                        + "before %d MB, after %d MB%n", first, last, (last - first) / first * 100,
                during.stream().mapToLong(h -> h[1]).max().orElse(0) / 1024, heap.get(0)[1] / 1024,
                heap.get(heap.size() - 1)[1] / 1024);
        if (!firstErrors.isEmpty()) {
            System.out.println("  first errors: " + firstErrors.subList(0, Math.min(5, firstErrors.size())));
        }
        if (errors > 0 || duplicates.get() > 0) {
            throw new IllegalStateException(errors + " errors, " + duplicates.get() + " duplicate versions");
        }
    }

    private interface Call {
        BenchClient.Reply send() throws IOException, InterruptedException;
    }

    /** Sends, records the latency; an unexpected status or a failed request is an error (null). */
    private static BenchClient.Reply timed(Operation o, List<String> firstErrors, Call call, int expected) {
        long t = System.nanoTime();
        try {
            BenchClient.Reply r = call.send();
            long took = System.nanoTime() - t;
            if (r.status() == expected) {
                o.nanos().add(took);
                return r;
            }
            o.errors().incrementAndGet();
            firstErrors.add(o.name() + " " + r.status() + ": " + new String(r.body(), StandardCharsets.UTF_8)
                    .substring(0, Math.min(200, r.body().length)));
        } catch (IOException e) {
            o.errors().incrementAndGet();
            firstErrors.add(o.name() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** {seconds, used KiB, total KiB} of the server's heap right after a full GC. */
    private static long[] heapAfterGc(long pid, long at) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = HEAP_USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("unexpected jcmd GC.heap_info output: " + info);
        }
        return new long[] {at, Long.parseLong(m.group(2)), Long.parseLong(m.group(1))};
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        String jcmd = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }
}
