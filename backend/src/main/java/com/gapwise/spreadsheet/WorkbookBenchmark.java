package com.gapwise.spreadsheet;

import com.gapwise.portfolio.Deployment;
import com.gapwise.portfolio.Posture;
import com.gapwise.spreadsheet.WorkbookContent.ApplicationRow;
import com.gapwise.spreadsheet.WorkbookContent.GoalRow;
import com.gapwise.spreadsheet.WorkbookContent.InitiativeRow;
import com.gapwise.spreadsheet.WorkbookContent.ProcessRow;
import com.gapwise.spreadsheet.WorkbookContent.RequirementRow;
import com.gapwise.spreadsheet.WorkbookContent.ScoreRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code bench-workbook [--processes N] [--goals N] [--requirements N] [--runs N]}: times writing, reading and
 * planning a generated workbook, and how fast hostile files (a zip bomb, a sheet over the row cap) are refused.
 */
public final class WorkbookBenchmark {

    private WorkbookBenchmark() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        int processes = 500;
        int goals = 8;
        int requirements = 2000;
        int runs = 5;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--processes" -> processes = Integer.parseInt(args[++i]);
                    case "--goals" -> goals = Integer.parseInt(args[++i]);
                    case "--requirements" -> requirements = Integer.parseInt(args[++i]);
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (RuntimeException e) {
            err.println("usage: gapwise bench-workbook [--processes N] [--goals N] [--requirements N] [--runs N] ("
                    + e.getMessage() + ")");
            return 2;
        }
        WorkbookContent content = generate(processes, goals, requirements);
        long[] write = new long[runs];
        long[] read = new long[runs];
        long[] plan = new long[runs];
        byte[] xlsx = null;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            xlsx = Workbooks.write(content);
            long t1 = System.nanoTime();
            Workbooks.Read back = Workbooks.read(xlsx);
            long t2 = System.nanoTime();
            WorkbookPlan.Result result = WorkbookPlan.between(content, back.content());
            long t3 = System.nanoTime();
            if (!back.ok() || !result.ok() || result.plan().size() != 0) {
                err.println("bench-workbook: the round trip was not lossless: " + back.errors() + result.errors());
                return 1;
            }
            write[r] = t1 - t0;
            read[r] = t2 - t1;
            plan[r] = t3 - t2;
        }
        out.printf(Locale.ROOT, "workbook: %d processes, %d goals, %d requirements, %d initiatives, %d applications: "
                + "%d KB%n", processes, goals, requirements, content.initiatives().size(),
                content.applications().size(), xlsx.length / 1024);
        out.printf(Locale.ROOT, "write %s, read %s, plan %s (first run, then median of %d)%n", ms(write), ms(read),
                ms(plan), runs);
        byte[] bomb = bomb(xlsx);
        long t0 = System.nanoTime();
        String why = refusal(bomb);
        out.printf(Locale.ROOT, "zip bomb (%d KB, inflates past %d MB): refused in %.0f ms: %s%n", bomb.length / 1024,
                Workbooks.MAX_ENTRY_BYTES / (1024 * 1024), (System.nanoTime() - t0) / 1e6, why);
        byte[] tall = generateTall(Workbooks.MAX_ROWS + 1);
        t0 = System.nanoTime();
        Workbooks.Read tallRead = Workbooks.read(tall);
        out.printf(Locale.ROOT, "sheet of %d rows (%d KB): refused in %.0f ms: %s%n", Workbooks.MAX_ROWS + 1,
                tall.length / 1024, (System.nanoTime() - t0) / 1e6,
                tallRead.errors().isEmpty() ? "NOT refused" : tallRead.errors().get(0).message());
        return 0;
    }

    private static String ms(long[] nanos) {
        long[] rest = Arrays.copyOfRange(nanos, Math.min(1, nanos.length - 1), nanos.length);
        Arrays.sort(rest);
        return String.format(Locale.ROOT, "%.0f/%.0f ms", nanos[0] / 1e6, rest[rest.length / 2] / 1e6);
    }

    private static String refusal(byte[] file) {
        try {
            Workbooks.read(file);
            return "NOT refused";
        } catch (WorkbookUnreadableException e) {
            return e.getMessage();
        }
    }

    static WorkbookContent generate(int processes, int goals, int requirements) {
        List<GoalRow> goalRows = new ArrayList<>();
        Set<Long> goalIds = new HashSet<>();
        for (long g = 1; g <= goals; g++) {
            goalRows.add(new GoalRow(0, g, "Goal " + g, g % 5, "Why goal " + g + " matters", List.of("word" + g)));
            goalIds.add(g);
        }
        List<ProcessRow> processRows = new ArrayList<>();
        List<ScoreRow> scores = new ArrayList<>();
        for (long p = 1; p <= processes; p++) {
            int level = p == 1 ? 1 : p <= 10 ? 2 : 3;
            String parent = p == 1 ? null : p <= 10 ? "1" : String.valueOf(2 + p % 9);
            processRows.add(new ProcessRow(0, p, "Process " + p, level, parent));
            Map<Long, Integer> s = new HashMap<>();
            for (long g = 1; g <= goals; g++) {
                if ((p + g) % 3 != 0) {
                    s.put(g, (int) ((p * g) % 6));
                }
            }
            scores.add(new ScoreRow(0, p, "Process " + p, s, goalIds));
        }
        int initiatives = Math.max(1, requirements / 20);
        List<RequirementRow> reqs = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        for (int i = 0; i < initiatives; i++) {
            members.add(new ArrayList<>());
        }
        for (int r = 0; r < requirements; r++) {
            String key = "R-" + Integer.toHexString(r * 7919) + "-AUTOMATE";
            members.get(r % initiatives).add(key);
            reqs.add(new RequirementRow(0, key, "Process " + (1 + r % processes), "functional",
                    RequirementsSheet.PRIORITIES.get(r % 4), "The system shall automate step " + r
                    + " so that the customer gets an answer in one contact", "I-" + (r % initiatives),
                    List.of("G-" + r)));
        }
        List<InitiativeRow> inis = new ArrayList<>();
        for (int i = 0; i < initiatives; i++) {
            inis.add(new InitiativeRow(0, "I-" + i, "Initiative " + i, members.get(i), 1 + i % 13,
                    i > 0 ? List.of("I-" + (i - 1)) : List.of(), List.of(), i % 4 == 0 ? "2027-Q1" : null,
                    "#" + (i + 1)));
        }
        // an application per ten processes, every other one assessed, linked by lane and by hand
        List<ApplicationRow> apps = new ArrayList<>();
        for (int a = 0; a < Math.max(1, processes / 10); a++) {
            boolean assessed = a % 2 == 0;
            apps.add(new ApplicationRow(0, "app-" + a, "Application " + a, "Vendor " + a % 7,
                    a % 3 == 0 ? Deployment.SAAS : Deployment.ON_PREMISE, 1000.0 * a, "Owner " + a % 5,
                    assessed ? 1 + a % 5 : null, assessed ? 1 + (a + 2) % 5 : null, assessed ? 1 + (a + 4) % 5 : null,
                    List.of("Lane " + a), List.of((1 + a) + ":Task_" + a), a % 4 == 0 ? Posture.REPLACE : null,
                    a % 4 == 0 ? "Contract ends" : null, "RETAIN", "ADEQUATE"));
        }
        return new WorkbookContent(goalRows, processRows, scores, reqs, inis, List.of("2027-Q1", "2027-Q2"), apps);
    }

    private static byte[] generateTall(int rows) {
        List<GoalRow> goals = new ArrayList<>();
        for (long g = 1; g <= rows; g++) {
            goals.add(new GoalRow(0, g, "Goal " + g, 1, "", List.of()));
        }
        return Workbooks.write(new WorkbookContent(goals, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    /** A real workbook whose Goals sheet XML is padded with 100 MB of spaces: it compresses about 1000:1. */
    static byte[] bomb(byte[] workbook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] body = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    String xml = new String(body, StandardCharsets.UTF_8);
                    int at = xml.indexOf("?>") + 2;
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 100; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(body);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
