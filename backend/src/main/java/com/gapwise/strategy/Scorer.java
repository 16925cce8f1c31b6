package com.gapwise.strategy;

import com.gapwise.gaps.Gap;
import com.gapwise.gaps.GapType;
import com.gapwise.gaps.KeywordSet;
import com.gapwise.gaps.LaneRoles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rates an initiative on each criterion (0..5), weighs the ratings into value and risk and picks the quadrant.
 * Each rating is a fixed, documented formula so that a score can be retraced by hand:
 * <ul>
 *   <li>goal alignment: 5 x weight of aligned goals / weight of all goals</li>
 *   <li>customer impact: 5 x share of its gaps in customer-facing lanes or pools, plus what the future state
 *       of its processes buys the service ({@link ServiceGain}): 0.5 per hand-off removed, 1 per system cut
 *       for the role with most systems, 2.5 x self-service share gained; this service part at most 2.5,
 *       the rating at most 5. Worse figures do not lower it: their cost shows in the risk criteria</li>
 *   <li>gaps closed: log2(gaps + 1), at most 5 (1 gap 1, 3 gaps 2, 7 gaps 3, 31 gaps 5)</li>
 *   <li>complexity: log2(effort / 2 + 1), at most 5 (2 points 1, 6 points 2, 14 points 3, 62 points 5)</li>
 *   <li>integrations: 1 per interface requirement, at most 5</li>
 *   <li>organisational change: log2(people gaps + 1), at most 5 (role changes, retired activities, new or
 *       retired roles)</li>
 *   <li>new systems: 2.5 per new system lane or new system pool, at most 5</li>
 *   <li>dependencies: 1.5 per initiative it depends on, at most 5</li>
 * </ul>
 */
final class Scorer {

    private Scorer() {
    }

    /** The most the service gains of the future state add to the customer-impact rating. */
    static final double MAX_SERVICE_POINTS = 2.5;

    /** Scores one initiative without service metrics; {@code rank} is left 0 for the caller to set. */
    static Score score(Initiative initiative, List<Requirement> requirements, List<Gap> gaps, List<Goal> goals,
                       ScoringModel model) {
        return score(initiative, requirements, gaps, goals, model, List.of(), LaneRoles.DEFAULT);
    }

    /**
     * Scores one initiative; {@code gains} are the service gains of the processes its requirements come
     * from; {@code lanes} reads lane names with the analyst's overrides. {@code rank} is left 0 for the caller
     * to set.
     */
    static Score score(Initiative initiative, List<Requirement> requirements, List<Gap> gaps, List<Goal> goals,
                       ScoringModel model, List<ServiceGain> gains, LaneRoles lanes) {
        List<Rating> ratings = new ArrayList<>();
        ratings.add(goalAlignment(initiative, requirements, gaps, goals));
        ratings.add(customerImpact(gaps, gains));
        ratings.add(new Rating(Criterion.GAPS_CLOSED, logRating(gaps.size()),
                "closes " + gaps.size() + " gap" + plural(gaps.size()) + " (log2(gaps + 1), 5 from 31 gaps)"));
        ratings.add(new Rating(Criterion.COMPLEXITY, Math.min(5, log2(initiative.effort() / 2.0 + 1)),
                "effort " + initiative.effort() + " points (log2(effort / 2 + 1), 5 from 62 points)"));
        long interfaces = requirements.stream().filter(r -> r.topic() == RequirementTopic.INTERFACE).count();
        ratings.add(new Rating(Criterion.INTEGRATIONS, Math.min(5, interfaces),
                interfaces + " interface" + plural(interfaces) + " to build (1 each, 5 at most)"));
        long people = gaps.stream().filter(Scorer::isPeopleChange).count();
        ratings.add(new Rating(Criterion.ORGANISATIONAL_CHANGE, logRating(people),
                people + " role change" + plural(people) + ", retired activit" + (people == 1 ? "y" : "ies")
                        + " or new/retired role" + plural(people) + " (log2(n + 1), 5 from 31)"));
        long systems = gaps.stream().filter(g -> isNewSystem(g, lanes)).count();
        ratings.add(new Rating(Criterion.NEW_SYSTEMS, Math.min(5, 2.5 * systems),
                systems + " new system" + plural(systems) + " (2.5 each, 5 at most)"));
        int dependencies = initiative.dependsOn().size();
        ratings.add(new Rating(Criterion.DEPENDENCIES, Math.min(5, 1.5 * dependencies),
                "depends on " + dependencies + " initiative" + plural(dependencies) + " (1.5 each, 5 at most)"));

        double valueWeights = 0;
        double riskWeights = 0;
        for (Rating rating : ratings) {
            if (rating.criterion.dimension() == Criterion.Dimension.VALUE) {
                valueWeights += model.weight(rating.criterion);
            } else {
                riskWeights += model.weight(rating.criterion);
            }
        }
        List<ScorePart> parts = new ArrayList<>();
        double value = 0;
        double risk = 0;
        for (Rating rating : ratings) {
            double weight = model.weight(rating.criterion);
            boolean isValue = rating.criterion.dimension() == Criterion.Dimension.VALUE;
            double total = isValue ? valueWeights : riskWeights;
            double contribution = total == 0 ? 0 : rating.raw * weight / total;
            if (isValue) {
                value += contribution;
            } else {
                risk += contribution;
            }
            parts.add(new ScorePart(rating.criterion, rating.criterion.dimension(), round(rating.raw), weight,
                    round(contribution), rating.why));
        }
        value = round(value);
        risk = round(risk);
        boolean highValue = value >= model.highValueFrom();
        boolean highRisk = risk >= model.highRiskFrom();
        Quadrant quadrant = highValue ? (highRisk ? Quadrant.STRATEGIC : Quadrant.QUICK_WIN)
                : (highRisk ? Quadrant.RECONSIDER : Quadrant.FILL_IN);
        String reason = String.format(Locale.ROOT, "value %.2f %s %.2f and risk %.2f %s %.2f: %s", value,
                highValue ? ">=" : "<", model.highValueFrom(), risk, highRisk ? ">=" : "<", model.highRiskFrom(),
                quadrant.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        return new Score(value, risk, quadrant, reason, parts, 0);
    }

    private record Rating(Criterion criterion, double raw, String why) {
    }

    private static Rating customerImpact(List<Gap> gaps, List<ServiceGain> gains) {
        long customerGaps = gaps.stream().filter(Gap::customerFacing).count();
        double fromGaps = gaps.isEmpty() ? 0 : 5.0 * customerGaps / gaps.size();
        String why = customerGaps + " of " + gaps.size() + " gaps touch customer-facing lanes or pools (5 x share)";
        double service = Math.min(MAX_SERVICE_POINTS, gains.stream().mapToDouble(ServiceGain::points).sum());
        List<String> improvements = gains.stream().map(ServiceGain::improvement).filter(s -> s != null).toList();
        if (service > 0) {
            why += "; plus " + trim(service) + " for the service: the future state " + String.join("; ", improvements)
                    + " (0.5 per hand-off removed, 1 per system cut, 2.5 x self-service share gained, "
                    + trim(MAX_SERVICE_POINTS) + " at most)";
        }
        return new Rating(Criterion.CUSTOMER_IMPACT, Math.min(5, fromGaps + service), why);
    }

    private static Rating goalAlignment(Initiative initiative, List<Requirement> requirements, List<Gap> gaps,
                                        List<Goal> goals) {
        double total = goals.stream().mapToDouble(Goal::weight).sum();
        if (total == 0) {
            return new Rating(Criterion.GOAL_ALIGNMENT, 0, "no weighted goals are set");
        }
        StringBuilder text = new StringBuilder(initiative.name());
        requirements.forEach(r -> text.append(" . ").append(r.text()));
        gaps.forEach(g -> {
            g.future().forEach(e -> text.append(" . ").append(e.name()));
            g.current().forEach(e -> text.append(" . ").append(e.name()));
        });
        KeywordSet.Text haystack = KeywordSet.Text.of(text.toString());
        double aligned = 0;
        List<String> reasons = new ArrayList<>();
        for (Goal goal : goals) {
            String why = null;
            if (goal.initiativeKeys().contains(initiative.key())
                    || initiative.mergedFrom().stream().anyMatch(goal.initiativeKeys()::contains)) {
                why = "linked by an analyst";
            } else if (goal.capabilities().contains(initiative.capability())) {
                why = "serves its capability " + initiative.capability().label();
            } else {
                List<String> hits = KeywordSet.of(goal.keywords().toArray(String[]::new)).hits(haystack);
                if (!hits.isEmpty()) {
                    why = "keyword" + plural(hits.size()) + " " + String.join(", ", hits.stream().map(h -> "'" + h + "'").toList());
                }
            }
            if (why != null) {
                aligned += goal.weight();
                reasons.add("'" + goal.name() + "' (weight " + trim(goal.weight()) + ", " + why + ")");
            }
        }
        String why = reasons.isEmpty()
                ? "aligned with none of the goals (total weight " + trim(total) + ")"
                : "aligned with " + String.join(", ", reasons) + ": " + trim(aligned) + " of " + trim(total)
                        + " goal weight (5 x share)";
        return new Rating(Criterion.GOAL_ALIGNMENT, 5 * aligned / total, why);
    }

    private static boolean isPeopleChange(Gap gap) {
        return switch (gap.type()) {
            case ROLE_CHANGE, RETIRED_ACTIVITY -> true;
            case NEW_ROLE_OR_SYSTEM, RETIRED_ROLE_OR_SYSTEM -> !"system".equals(gap.fact("laneKind"));
            default -> false;
        };
    }

    private static boolean isNewSystem(Gap gap, LaneRoles lanes) {
        return gap.type() == GapType.NEW_ROLE_OR_SYSTEM && "system".equals(gap.fact("laneKind"))
                || gap.type() == GapType.NEW_CHANNEL && !gap.future().isEmpty()
                        && "participant".equals(gap.future().get(0).type()) && lanes.software(gap.fact("counterparty"));
    }

    private static double logRating(long count) {
        return Math.min(5, log2(count + 1.0));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static String trim(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(round(x));
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
