package com.gapwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.diff.Match;
import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Pool;
import com.gapwise.model.ProcessModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code eval-matching [DIR...]}: precision, recall and F1 of the matcher's activity pairs against the
 * hand-made gold of every {@code DIR/<pair>/gold.json} (default {@code eval/matching}), per pair and as
 * micro and macro averages, with a 95% interval for the micro F1 over the pairs. With {@code --alignments DIR
 * --models DIR} the gold is a public data set's instead, in the Alignment API's RDF format the Process Model
 * Matching Contest publishes ({@link AlignmentGold}). With
 * {@code --errors} the missed and wrong pairs of each pair are listed with their labels, to study where the matcher
 * loses (on the development fold only).
 */
final class EvalMatchingCommand implements Cli.Command {

    /**
     * A cell of an alignment counts as gold from this measure on: every cell, as a binary gold means them (1.0); for a
     * probabilistic gold (the share of annotators who agreed) {@code --min-measure} says from which share on.
     */
    static final double DEFAULT_MIN_MEASURE = 0;

    /** The figures of one pair, or of an average. */
    record Score(String pair, int gold, int predicted, int correct, double precision, double recall, double f1) {

        static Score of(String pair, int gold, int predicted, int correct) {
            double p = predicted == 0 ? 0 : (double) correct / predicted;
            double r = gold == 0 ? 0 : (double) correct / gold;
            return new Score(pair, gold, predicted, correct, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** Resamples of the pairs behind the interval printed under the averages. */
    static final int RESAMPLES = 10_000;

    /**
     * The 95% interval of the micro F1 over the pairs (percentile bootstrap: the pairs drawn again with replacement,
     * {@code resamples} times, a fixed seed so that a run prints what the last one did). Which pairs a data set holds is
     * the chance in an F1 like this: one pair more or less right moves a fold's figure by a point or two, and the
     * interval says how far apart two figures must be to tell two matchers apart.
     *
     * @param pairs per-pair scores (no averages)
     * @return the 2.5th and 97.5th percentiles
     */
    static double[] microF1Interval(List<Score> pairs, int resamples, long seed) {
        if (pairs.isEmpty()) {
            return new double[] {0, 0};
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] f1 = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            int gold = 0;
            int predicted = 0;
            int correct = 0;
            for (int i = 0; i < pairs.size(); i++) {
                Score drawn = pairs.get(random.nextInt(pairs.size()));
                gold += drawn.gold();
                predicted += drawn.predicted();
                correct += drawn.correct();
            }
            f1[r] = Score.of("", gold, predicted, correct).f1();
        }
        Arrays.sort(f1);
        return new double[] {f1[(int) Math.floor(0.025 * (resamples - 1))], f1[(int) Math.ceil(0.975 * (resamples - 1))]};
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

    /**
     * The lanes and black-box pools (outside parties) the gold pairs, for the pairs whose gold lists them
     * ({@code lanePairs}, complete: a lane or black box it leaves out has no counterpart): how many the matcher paired
     * among them, and how many as the gold does.
     */
    static final class LanePairs {
        int modelPairs;
        int gold;
        int predicted;
        int correct;

        void add(Set<String> want, List<Match> matches, ProcessModel current, ProcessModel future) {
            if (want == null) {
                return;
            }
            Set<String> currentContainers = containers(current);
            Set<String> futureContainers = containers(future);
            modelPairs++;
            gold += want.size();
            for (Match m : matches) {
                if (currentContainers.contains(m.current()) && futureContainers.contains(m.future())) {
                    predicted++;
                    correct += want.contains(m.current() + " " + m.future()) ? 1 : 0;
                }
            }
        }

        private static Set<String> containers(ProcessModel model) {
            Set<String> out = new HashSet<>();
            model.lanes().forEach(l -> out.add(l.id()));
            model.pools().stream().filter(Pool::isBlackBox).forEach(p -> out.add(p.id()));
            return out;
        }
    }

    /**
     * A pair of models and the correspondences its gold lists, each as "currentId futureId": activity pairs, the
     * events and gateways paired with their like ({@link OtherPairs}), and the lanes and black boxes ({@link
     * LanePairs}; null where the gold does not list them).
     */
    record GoldPair(String name, Path current, Path future, Set<String> pairs, Set<String> otherPairs,
                    Set<String> lanePairs) {

        /** A pair of Gapwise's own gold ({@code <pair>/gold.json}; paths relative to it). */
        static GoldPair ofJson(Path file) throws IOException {
            JsonNode spec = new ObjectMapper().readTree(file.toFile());
            Path dir = file.getParent();
            return new GoldPair(dir.getFileName().toString(), dir.resolve(spec.get("current").asText()).normalize(),
                    dir.resolve(spec.get("future").asText()).normalize(), idPairs(spec.get("pairs")),
                    idPairs(spec.get("otherPairs")), spec.has("lanePairs") ? idPairs(spec.get("lanePairs")) : null);
        }

        private static Set<String> idPairs(JsonNode pairs) {
            Set<String> out = new HashSet<>();
            if (pairs != null) {
                pairs.forEach(p -> out.add(p.get(0).asText() + " " + p.get(1).asText()));
            }
            return Set.copyOf(out);
        }
    }

    /** Per-pair scores, then the micro average (pooled), then the macro average (mean of the pairs). */
    static List<Score> evaluate(List<Path> goldFiles) throws IOException, BpmnImportException {
        List<GoldPair> pairs = new ArrayList<>();
        for (Path file : goldFiles) {
            pairs.add(GoldPair.ofJson(file));
        }
        return evaluate(pairs, null, new OtherPairs(), new LanePairs());
    }

    /**
     * @param errors where to list each pair's missed and wrong activity pairs, or null
     * @param others where the events' and gateways' figures are added up
     * @param lanes   where the lanes' and black boxes' figures are added up
     */
    static List<Score> evaluate(List<GoldPair> goldPairs, PrintStream errors, OtherPairs others, LanePairs lanes)
            throws IOException, BpmnImportException {
        BpmnImporter importer = BpmnImporter.withDefaults().alsoPetriNetsAndEpcs();
        ProcessMatcher matcher = ProcessMatcher.withDefaults();
        List<Score> scores = new ArrayList<>();
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        for (GoldPair pair : goldPairs) {
            ProcessModel current = importer.read(pair.current());
            ProcessModel future = importer.read(pair.future());
            Set<String> want = pair.pairs();
            Set<String> currentActivities = activities(current);
            Set<String> futureActivities = activities(future);
            Set<String> got = new HashSet<>();
            List<Match> matches = matcher.match(current, future);
            others.add(pair.otherPairs(), matches);
            lanes.add(pair.lanePairs(), matches, current, future);
            for (Match m : matches) {
                if (currentActivities.contains(m.current()) && futureActivities.contains(m.future())) {
                    got.add(m.current() + " " + m.future());
                }
            }
            int hits = (int) got.stream().filter(want::contains).count();
            if (errors != null) {
                listErrors(errors, pair.name(), current, future, want, got);
            }
            scores.add(Score.of(pair.name(), want.size(), got.size(), hits));
            gold += want.size();
            predicted += got.size();
            correct += hits;
        }
        Score micro = Score.of("micro average", gold, predicted, correct);
        double n = Math.max(1, goldPairs.size());
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
        boolean errors = false;
        List<Path> dirs = new ArrayList<>();
        List<Path> alignments = new ArrayList<>();
        Path models = null;
        double minMeasure = DEFAULT_MIN_MEASURE;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (arg) {
                case "--errors" -> errors = true;
                case "--alignments" -> {
                    if (!hasValue) {
                        return usage(err, "--alignments needs a folder or file");
                    }
                    alignments.add(Path.of(args[++i]));
                }
                case "--models" -> {
                    if (!hasValue) {
                        return usage(err, "--models needs a folder");
                    }
                    models = Path.of(args[++i]);
                }
                case "--min-measure" -> {
                    try {
                        minMeasure = hasValue ? Double.parseDouble(args[++i]) : Double.NaN;
                    } catch (NumberFormatException e) {
                        minMeasure = Double.NaN;
                    }
                    if (!(minMeasure >= 0 && minMeasure <= 1)) {
                        return usage(err, "--min-measure needs a number from 0 to 1");
                    }
                }
                default -> {
                    if (arg.startsWith("--")) {
                        return usage(err, "unknown option " + arg);
                    }
                    dirs.add(Path.of(arg));
                }
            }
        }
        if (!alignments.isEmpty() && (models == null || !dirs.isEmpty())) {
            return usage(err, models == null ? "--alignments needs --models, the folder of the data set's models"
                    : "folders of gold.json pairs and --alignments are scored apart: give one or the other");
        }
        if (alignments.isEmpty() && models != null) {
            return usage(err, "--models goes with --alignments");
        }
        try {
            List<GoldPair> pairs = new ArrayList<>();
            if (alignments.isEmpty()) {
                for (Path file : goldFiles(dirs.isEmpty() ? List.of(Path.of("eval/matching")) : dirs)) {
                    pairs.add(GoldPair.ofJson(file));
                }
                if (pairs.isEmpty()) {
                    err.println("gapwise eval-matching: no */gold.json under " + (dirs.isEmpty() ? "eval/matching" : dirs));
                    return 2;
                }
            } else {
                BpmnImporter importer = BpmnImporter.withDefaults().alsoPetriNetsAndEpcs();
                List<String> warnings = new ArrayList<>();
                for (Path file : AlignmentGold.files(alignments)) {
                    pairs.add(AlignmentGold.pair(file, models, minMeasure, importer, warnings));
                }
                warnings.forEach(w -> err.println("gapwise eval-matching: " + w));
                if (pairs.isEmpty()) {
                    err.println("gapwise eval-matching: no *.rdf alignment in " + alignments);
                    return 2;
                }
            }
            // a data set's pairs are named after its files, which may be longer than Gapwise's own
            int width = Math.max(28, pairs.stream().mapToInt(p -> p.name().length()).max().orElse(0));
            out.printf(Locale.ROOT, "%-" + width + "s %5s %5s %4s %6s %6s %6s%n", "pair", "gold", "pred", "tp", "P", "R", "F1");
            OtherPairs others = new OtherPairs();
            LanePairs lanes = new LanePairs();
            List<Score> scores = evaluate(pairs, errors ? out : null, others, lanes);
            for (Score s : scores) {
                out.printf(Locale.ROOT, "%-" + width + "s %5d %5d %4d %6.3f %6.3f %6.3f%n", s.pair(), s.gold(), s.predicted(),
                        s.correct(), s.precision(), s.recall(), s.f1());
            }
            if (pairs.size() > 1) {
                // the two averages close the list
                double[] interval = microF1Interval(scores.subList(0, scores.size() - 2), RESAMPLES, 1);
                out.printf(Locale.ROOT, "micro F1, 95%% interval over the pairs (bootstrap, %d resamples): %.3f-%.3f%n",
                        RESAMPLES, interval[0], interval[1]);
            }
            out.printf(Locale.ROOT, "events and gateways (otherPairs): %d in the gold, %d paired as there, %d crossed%n",
                    others.gold, others.found, others.crossed);
            if (lanes.modelPairs > 0) {
                out.printf(Locale.ROOT, "lanes and outside parties (lanePairs, %d pairs): %d in the gold, %d paired, %d as there"
                        + " (P %.3f, R %.3f)%n", lanes.modelPairs, lanes.gold, lanes.predicted, lanes.correct,
                        lanes.predicted == 0 ? 0 : (double) lanes.correct / lanes.predicted,
                        lanes.gold == 0 ? 0 : (double) lanes.correct / lanes.gold);
            }
            return 0;
        } catch (IOException | BpmnImportException | AlignmentGold.GoldException e) {
            err.println("gapwise eval-matching: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("gapwise eval-matching: " + problem);
        err.println("usage: eval-matching [--errors] [DIR...]");
        err.println("       eval-matching [--errors] --alignments DIR|FILE... --models DIR [--min-measure X]");
        return 2;
    }
}
