package com.gapwise.cli;

import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.model.ProcessModel;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code bench-import FILE [RUNS]}: times {@link BpmnImporter#read(byte[], String)} on one file, the
 * first (cold) call apart from the warm ones, so speed claims are measured, not asserted.
 */
final class BenchImportCommand implements Cli.Command {

    private final BpmnImporter importer;

    BenchImportCommand(BpmnImporter importer) {
        this.importer = importer;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2) {
            err.println("usage: gapwise bench-import FILE [RUNS]   (RUNS defaults to 30)");
            return 2;
        }
        int runs;
        try {
            runs = args.length == 2 ? Integer.parseInt(args[1]) : 30;
        } catch (NumberFormatException e) {
            err.println("bench-import: RUNS must be a number: " + args[1]);
            return 2;
        }
        Path file = Path.of(args[0]);
        try {
            byte[] xml = Files.readAllBytes(file);
            // CPU time of this thread next to wall time: on a shared machine wall time mostly measures the neighbours.
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            ProcessModel model = importer.read(xml, file.toString());
            double cold = millis(System.nanoTime() - start);
            double coldCpu = millis(threads.getCurrentThreadCpuTime() - startCpu);
            double[] warm = new double[Math.max(1, runs)];
            double[] warmCpu = new double[warm.length];
            for (int i = 0; i < warm.length; i++) {
                long t = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                importer.read(xml, file.toString());
                warm[i] = millis(System.nanoTime() - t);
                warmCpu[i] = millis(threads.getCurrentThreadCpuTime() - c);
            }
            Arrays.sort(warm);
            Arrays.sort(warmCpu);
            out.printf(Locale.ROOT, "file %s: %d bytes, %d flow nodes, %d tasks, %d sequence flows, %d warnings%n",
                    file, xml.length, model.nodes().size(), model.taskCount(), model.sequenceFlows().size(),
                    model.warnings().size());
            out.printf(Locale.ROOT, "cold read (first call in this JVM): %.1f ms wall, %.1f ms cpu%n", cold, coldCpu);
            out.printf(Locale.ROOT, "warm read over %d runs: wall min %.1f / median %.1f / max %.1f ms;"
                            + " cpu min %.1f / median %.1f / max %.1f ms%n",
                    warm.length, warm[0], warm[warm.length / 2], warm[warm.length - 1],
                    warmCpu[0], warmCpu[warmCpu.length / 2], warmCpu[warmCpu.length - 1]);
            return 0;
        } catch (IOException e) {
            err.println("bench-import: cannot read " + file + ": " + e.getMessage());
            return 2;
        } catch (BpmnImportException e) {
            err.println("bench-import: " + e.getMessage());
            return 1;
        }
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
