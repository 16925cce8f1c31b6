package com.gapwise.method;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks catalogue processes by how much they serve the weighted goals and shortlists the ones to model next.
 * The weighted total of a process is Σ(weight·score) / Σ(weight) over all goals, so it stays on the 0..5 score
 * scale whatever the weights add up to; a goal the process was not scored against counts as 0.
 */
public final class Shortlisting {

    public static final int MIN_SCORE = 0;
    public static final int MAX_SCORE = 5;
    /** Sums of binary fractions (weights like 0.1) must still reach a threshold they equal on paper. */
    private static final double EPSILON = 1e-9;

    /** A goal with its weight (non-negative). */
    public record WeightedGoal(long id, String name, double weight) {
        public WeightedGoal {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("goal '" + name + "' has weight " + weight + "; it must be ≥ 0");
            }
        }
    }

    /** A catalogue process that can be scored. */
    public record Candidate(long id, String name, int level) {
    }

    /**
     * Which ranked processes are shortlisted: the first {@code top} of the ranking, those whose total reaches
     * {@code threshold}, or both conditions together when both are given.
     */
    public record Rule(Integer top, Double threshold) {

        /** The rule when the analyst names none: the five best. */
        public static final Rule DEFAULT = new Rule(5, null);

        public Rule {
            if (top == null && threshold == null) {
                throw new IllegalArgumentException("a shortlist needs top N, a threshold or both");
            }
            if (top != null && top < 0) {
                throw new IllegalArgumentException("top must be ≥ 0, was " + top);
            }
            if (threshold != null && (threshold < MIN_SCORE || threshold > MAX_SCORE || threshold.isNaN())) {
                throw new IllegalArgumentException("threshold must be between 0 and 5, was " + threshold);
            }
        }

        String describe() {
            if (top != null && threshold != null) {
                return "top " + top + " with a total of at least " + fmt(threshold);
            }
            return top != null ? "top " + top : "a total of at least " + fmt(threshold);
        }
    }

    /** One goal's part of a process's total. */
    public record Term(long goalId, String goalName, double weight, Integer score, double weighted) {
    }

    /**
     * A process in the ranking.
     *
     * @param rank        1-based position; ties get distinct ranks in the deterministic order (see {@link #rank})
     * @param total       Σ(weight·score)/Σ(weight), 0..5
     * @param terms       one per goal, in goal order
     * @param explanation the arithmetic in words, e.g. "(3×4 + 1×2) / (3 + 1) = 14 / 4 = 3.50"
     */
    public record Ranked(int rank, Candidate process, double total, boolean shortlisted, List<Term> terms,
                         String explanation) {
    }

    /** The ranking with the rule that drew the line. */
    public record Result(Rule rule, String ruleText, List<Ranked> ranking) {
        public List<Ranked> shortlisted() {
            return ranking.stream().filter(Ranked::shortlisted).toList();
        }
    }

    private Shortlisting() {
    }

    /**
     * Ranks every candidate: by total, highest first; ties by lower level (broader process first), then name
     * (case-insensitive), then id, so the same input always gives the same order and the same shortlist.
     *
     * @param scores process id → goal id → score 0..5; missing entries are unscored (count as 0)
     * @throws IllegalArgumentException for a score outside 0..5
     */
    public static Result rank(List<WeightedGoal> goals, List<Candidate> candidates,
                              Map<Long, Map<Long, Integer>> scores, Rule rule) {
        double weightSum = goals.stream().mapToDouble(WeightedGoal::weight).sum();
        List<Ranked> unranked = new ArrayList<>();
        for (Candidate c : candidates) {
            Map<Long, Integer> own = scores.getOrDefault(c.id(), Map.of());
            List<Term> terms = new ArrayList<>();
            double weighted = 0;
            for (WeightedGoal g : goals) {
                Integer s = own.get(g.id());
                if (s != null && (s < MIN_SCORE || s > MAX_SCORE)) {
                    throw new IllegalArgumentException("process '" + c.name() + "' has score " + s + " for goal '"
                            + g.name() + "'; scores run from 0 to 5");
                }
                double w = g.weight() * (s == null ? 0 : s);
                weighted += w;
                terms.add(new Term(g.id(), g.name(), g.weight(), s, w));
            }
            double total = weightSum > 0 ? weighted / weightSum : 0;
            unranked.add(new Ranked(0, c, total, false, List.copyOf(terms), explain(terms, weighted, weightSum, total)));
        }
        unranked.sort(Comparator.comparingDouble(Ranked::total).reversed()
                .thenComparingInt(r -> r.process().level())
                .thenComparing(r -> r.process().name().toLowerCase(Locale.ROOT))
                .thenComparingLong(r -> r.process().id()));
        List<Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            Ranked r = unranked.get(i);
            boolean inTop = rule.top() == null || i < rule.top();
            boolean aboveLine = rule.threshold() == null || r.total() + EPSILON >= rule.threshold();
            ranking.add(new Ranked(i + 1, r.process(), r.total(), inTop && aboveLine, r.terms(), r.explanation()));
        }
        return new Result(rule, rule.describe(), List.copyOf(ranking));
    }

    private static String explain(List<Term> terms, double weighted, double weightSum, double total) {
        if (terms.isEmpty()) {
            return "No goals yet: total 0.";
        }
        if (weightSum <= 0) {
            return "Every goal weighs 0: total 0.";
        }
        StringBuilder num = new StringBuilder();
        StringBuilder den = new StringBuilder();
        List<String> unscored = new ArrayList<>();
        for (Term t : terms) {
            if (!num.isEmpty()) {
                num.append(" + ");
                den.append(" + ");
            }
            num.append(fmt(t.weight())).append('×').append(t.score() == null ? 0 : t.score());
            den.append(fmt(t.weight()));
            if (t.score() == null) {
                unscored.add(t.goalName());
            }
        }
        String text = "(" + num + ") / (" + den + ") = " + fmt(weighted) + " / " + fmt(weightSum) + " = "
                + String.format(Locale.ROOT, "%.2f", total);
        return unscored.isEmpty() ? text : text + "; not scored (counted as 0): " + String.join(", ", unscored);
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }
}
