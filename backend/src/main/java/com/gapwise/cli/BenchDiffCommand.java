package com.gapwise.cli;

import com.gapwise.diff.DiffEngine;
import com.gapwise.diff.DiffResult;
import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.ProcessModel;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench-diff [--sizes 500,2000,5000,20000] [--fresh-ids] [--runs N] [--warmup SECONDS] [--generator gen_bpmn.py]
 * [DIR...]}: generates pairs with the shared generator (or reads DIR/current.bpmn and DIR/future.bpmn), warms up,
 * and prints import, match+diff and total times (median of the runs) and the peak heap.
 *
 * <p>Warm means what a server that has run for a while pays: the warm-up repeats the diff for some seconds
 * (5 by default, at least three times), as JMH's warm-up iterations do. Two runs were not enough: C2 was still
 * compiling the matcher, and the 2 000-task revision pair measured 266 ms where its steady state is 110 ms.
 */
final class BenchDiffCommand implements Cli.Command {

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        List<Integer> sizes = new ArrayList<>(List.of(500, 2000, 5000, 20000));
        List<Path> dirs = new ArrayList<>();
        boolean fresh = false;
        int runs = 10;
        double warmupSeconds = 5;
        Path generator = Path.of("../shared/tools/gen_bpmn.py");
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(String::strip).map(Integer::valueOf).toList();
                    case "--fresh-ids" -> fresh = true;
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmupSeconds = Double.parseDouble(args[++i]);
                    case "--generator" -> generator = Path.of(args[++i]);
                    default -> dirs.add(Path.of(args[i]));
                }
            }
        } catch (RuntimeException e) {
            err.println("usage: gapwise bench-diff [--sizes 500,2000] [--fresh-ids] [--runs N] [--warmup SECONDS]"
                    + " [--generator gen_bpmn.py] [DIR...]");
            return 2;
        }
        try {
            if (dirs.isEmpty()) {
                for (int size : sizes) {
                    Path dir = Files.createTempDirectory("gapwise-bench");
                    generate(generator, size, dir, fresh);
                    dirs.add(dir);
                }
            }
            // wall-clock medians; "cpu ms" is the thread's CPU time, which other load on the machine does not inflate
            out.printf(Locale.ROOT, "%-8s %-9s %10s %14s %10s %10s %8s%n", "tasks", "ids", "import ms", "match+diff ms", "total ms",
                    "cpu ms", "heap MB");
            for (Path dir : dirs) {
                measure(dir, runs, warmupSeconds, out);
            }
            return 0;
        } catch (IOException | BpmnImportException e) {
            err.println("gapwise bench-diff: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static void generate(Path generator, int size, Path dir, boolean fresh) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", generator.toString(), String.valueOf(size), dir.toString()));
        if (fresh) {
            cmd.add("--fresh-ids");
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("generator failed: " + output);
        }
    }

    private static void measure(Path dir, int runs, double warmupSeconds, PrintStream out)
            throws IOException, BpmnImportException {
        byte[] current = Files.readAllBytes(dir.resolve("current.bpmn"));
        byte[] future = Files.readAllBytes(dir.resolve("future.bpmn"));
        BpmnImporter importer = BpmnImporter.withDefaults();
        DiffEngine engine = DiffEngine.using(ProcessMatcher.withDefaults());
        long tasks = 0;
        String ids = "";
        // warm-up: JIT, class loading and the lazily opened WordNet are not what a warm server pays
        long warmUntil = System.nanoTime() + (long) (warmupSeconds * 1e9);
        for (int i = 0; i < 3 || System.nanoTime() < warmUntil; i++) {
            engine.diff(importer.read(current, "current.bpmn"), importer.read(future, "future.bpmn"));
        }
        long[] importNs = new long[runs];
        long[] diffNs = new long[runs];
        long[] cpuNs = new long[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        resetPeaks();
        for (int i = 0; i < runs; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ProcessModel c = importer.read(current, "current.bpmn");
            ProcessModel f = importer.read(future, "future.bpmn");
            long t1 = System.nanoTime();
            DiffResult diff = engine.diff(c, f);
            long t2 = System.nanoTime();
            cpuNs[i] = threads.getCurrentThreadCpuTime() - cpu0;
            importNs[i] = t1 - t0;
            diffNs[i] = t2 - t1;
            tasks = c.taskCount();
            var futureIds = f.nodesById().keySet();
            long shared = c.nodes().stream().filter(n -> futureIds.contains(n.id())).count();
            ids = shared * 2 >= c.nodes().size() ? "revision" : "fresh";
            if (diff.matches().isEmpty()) {
                throw new IllegalStateException("nothing matched in " + dir);
            }
        }
        double imp = median(importNs);
        double dif = median(diffNs);
        out.printf(Locale.ROOT, "%-8d %-9s %10.1f %14.1f %10.1f %10.1f %8.0f%n", tasks, ids, imp, dif, imp + dif, median(cpuNs),
                peakHeapMb());
    }

    private static double median(long[] ns) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1048576.0;
    }
}
