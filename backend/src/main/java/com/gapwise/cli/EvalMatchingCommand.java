package com.gapwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.diff.Match;
import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.FlowNode;
import com.gapwise.model.ProcessModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code eval-matching [DIR...]}: precision, recall and F1 of the matcher's activity pairs against the
 * hand-made gold of every {@code DIR/<pair>/gold.json} (default {@code eval/matching}), per pair and as
 * micro and macro averages. With {@code --errors} the missed and wrong pairs of each pair are listed with their
 * labels, to study where the matcher loses (on the development fold only).
 */
final class EvalMatchingCommand implements Cli.Command {

    /** The figures of one pair, or of an average. */
    record Score(String pair, int gold, int predicted, int correct, double precision, double recall, double f1) {

        static Score of(String pair, int gold, int predicted, int correct) {
            double p = predicted == 0 ? 0 : (double) correct / predicted;
            double r = gold == 0 ? 0 : (double) correct / gold;
            return new Score(pair, gold, predicted, correct, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /**
     * The events and gateways the gold pairs as clearly corresponding ({@code otherPairs}), kept out of the
     * activity figures: how many the matcher paired as the gold does, and how many of them it crossed (paired
     * either element with something else). The gold lists only the clear cases, so a pair of other events or
     * gateways is neither right nor wrong here.
     */
    static final class OtherPairs {
        int gold;
        int found;
        int crossed;

        void add(Set<String> want, List<Match> matches) {
            Set<String> wantCurrent = new HashSet<>();
            Set<String> wantFuture = new HashSet<>();
            for (String pair : want) {
                String[] ids = pair.split(" ");
                wantCurrent.add(ids[0]);
                wantFuture.add(ids[1]);
            }
            Set<String> crossedPairs = new HashSet<>();
            for (Match m : matches) {
                String pair = m.current() + " " + m.future();
                if (want.contains(pair)) {
                    found++;
                } else if (wantCurrent.contains(m.current()) || wantFuture.contains(m.future())) {
                    for (String gold : want) {
                        if (gold.startsWith(m.current() + " ") || gold.endsWith(" " + m.future())) {
                            crossedPairs.add(gold);
                        }
                    }
                }
            }
            gold += want.size();
            crossed += crossedPairs.size();
        }
    }

    /** Per-pair scores, then the micro average (pooled), then the macro average (mean of the pairs). */
    static List<Score> evaluate(List<Path> goldFiles) throws IOException, BpmnImportException {
        return evaluate(goldFiles, null, new OtherPairs());
    }

    /**
     * @param errors where to list each pair's missed and wrong activity pairs, or null
     * @param others where the events' and gateways' figures are added up
     */
    static List<Score> evaluate(List<Path> goldFiles, PrintStream errors, OtherPairs others)
            throws IOException, BpmnImportException {
        ObjectMapper json = new ObjectMapper();
        BpmnImporter importer = BpmnImporter.withDefaults().alsoPetriNetsAndEpcs();
        ProcessMatcher matcher = ProcessMatcher.withDefaults();
        List<Score> scores = new ArrayList<>();
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        for (Path file : goldFiles) {
            JsonNode spec = json.readTree(file.toFile());
            Path dir = file.getParent();
            ProcessModel current = importer.read(dir.resolve(spec.get("current").asText()).normalize());
            ProcessModel future = importer.read(dir.resolve(spec.get("future").asText()).normalize());
            Set<String> want = new HashSet<>();
            spec.get("pairs").forEach(p -> want.add(p.get(0).asText() + " " + p.get(1).asText()));
            Set<String> currentActivities = activities(current);
            Set<String> futureActivities = activities(future);
            Set<String> got = new HashSet<>();
            List<Match> matches = matcher.match(current, future);
            Set<String> wantOthers = new HashSet<>();
            if (spec.has("otherPairs")) {
                spec.get("otherPairs").forEach(p -> wantOthers.add(p.get(0).asText() + " " + p.get(1).asText()));
            }
            others.add(wantOthers, matches);
            for (Match m : matches) {
                if (currentActivities.contains(m.current()) && futureActivities.contains(m.future())) {
                    got.add(m.current() + " " + m.future());
                }
            }
            int hits = (int) got.stream().filter(want::contains).count();
            if (errors != null) {
                listErrors(errors, dir.getFileName().toString(), current, future, want, got);
            }
            scores.add(Score.of(dir.getFileName().toString(), want.size(), got.size(), hits));
            gold += want.size();
            predicted += got.size();
            correct += hits;
        }
        Score micro = Score.of("micro average", gold, predicted, correct);
        double n = Math.max(1, goldFiles.size());
        List<Score> pairs = List.copyOf(scores);
        scores.add(micro);
        scores.add(new Score("macro average", gold, predicted, correct,
                pairs.stream().mapToDouble(Score::precision).sum() / n,
                pairs.stream().mapToDouble(Score::recall).sum() / n,
                pairs.stream().mapToDouble(Score::f1).sum() / n));
        return scores;
    }

    private static void listErrors(PrintStream out, String pair, ProcessModel current, ProcessModel future, Set<String> want,
            Set<String> got) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        current.nodes().forEach(n -> names.put("c " + n.id(), n.name()));
        future.nodes().forEach(n -> names.put("f " + n.id(), n.name()));
        out.println("== " + pair);
        want.stream().filter(p -> !got.contains(p)).sorted().forEach(p -> out.println("  missed " + describe(p, names)));
        got.stream().filter(p -> !want.contains(p)).sorted().forEach(p -> out.println("  wrong  " + describe(p, names)));
    }

    private static String describe(String pair, java.util.Map<String, String> names) {
        String[] ids = pair.split(" ");
        return "'" + names.get("c " + ids[0]) + "' ~ '" + names.get("f " + ids[1]) + "'";
    }

    private static Set<String> activities(ProcessModel model) {
        return model.nodes().stream().filter(n -> n.kind().isActivity()).map(FlowNode::id).collect(Collectors.toSet());
    }

    static List<Path> goldFiles(List<Path> dirs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : dirs) {
            if (Files.isRegularFile(dir.resolve("gold.json"))) {
                out.add(dir.resolve("gold.json"));
                continue;
            }
            try (Stream<Path> children = Files.list(dir)) {
                children.map(c -> c.resolve("gold.json")).filter(Files::isRegularFile).sorted().forEach(out::add);
            }
        }
        return out;
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        boolean errors = Stream.of(args).anyMatch("--errors"::equals);
        List<Path> dirs = Stream.of(args).filter(a -> !"--errors".equals(a)).map(Path::of).toList();
        try {
            List<Path> files = goldFiles(dirs.isEmpty() ? List.of(Path.of("eval/matching")) : dirs);
            if (files.isEmpty()) {
                err.println("gapwise eval-matching: no */gold.json under " + (dirs.isEmpty() ? "eval/matching" : dirs));
                return 2;
            }
            out.printf(Locale.ROOT, "%-28s %5s %5s %4s %6s %6s %6s%n", "pair", "gold", "pred", "tp", "P", "R", "F1");
            OtherPairs others = new OtherPairs();
            for (Score s : evaluate(files, errors ? out : null, others)) {
                out.printf(Locale.ROOT, "%-28s %5d %5d %4d %6.3f %6.3f %6.3f%n", s.pair(), s.gold(), s.predicted(), s.correct(),
                        s.precision(), s.recall(), s.f1());
            }
            out.printf(Locale.ROOT, "events and gateways (otherPairs): %d in the gold, %d paired as there, %d crossed%n",
                    others.gold, others.found, others.crossed);
            return 0;
        } catch (IOException | BpmnImportException e) {
            err.println("gapwise eval-matching: " + e.getMessage());
            return 1;
        }
    }
}
