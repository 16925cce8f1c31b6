package com.gapwise.matching;

import com.gapwise.diff.Match;
import com.gapwise.model.FlowNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scores of a candidate pair (label, type, lane and flow context, combined) and, for each pair made, the
 * match as reported: its score and the reasons that found it.
 */
final class Scores {

    private final ModelView a;
    private final ModelView b;
    private final LabelSimilarity similarity;
    private final Lanes lanes;
    private final boolean revision;
    /** How each 1:1 node pair was found (the run's own map, filled as it pairs), for the reasons. */
    private final Map<String, String> foundBy;

    Scores(ModelView current, ModelView future, LabelSimilarity similarity, Lanes lanes, boolean revision,
            Map<String, String> foundBy) {
        this.a = current;
        this.b = future;
        this.similarity = similarity;
        this.lanes = lanes;
        this.revision = revision;
        this.foundBy = foundBy;
    }

    double combined(String c, String f, double label, double context) {
        return 0.65 * label + 0.1 * typeAgreement(a.nodes.get(c), b.nodes.get(f)) + 0.1 * lanes.laneAgreement(c, f)
                + 0.15 * context;
    }

    /**
     * Between models without kept ids, two assignments of equal score are told apart by the order of the
     * process, not by the ids (which may be numbers, hashes or anything): a negligible bonus that falls with
     * the square of the distance along the process, so that of two equal choices the one that keeps the steps
     * in order wins (it has the smaller sum of squared distances).
     */
    double tieBreak(String c, String f) {
        if (revision) {
            return 0;
        }
        double apart = a.position.get(c) - b.position.get(f);
        return 1e-6 * (1 - apart * apart);
    }

    static double typeAgreement(FlowNode c, FlowNode f) {
        if (c.kind() == f.kind()) {
            return 1;
        }
        boolean bothTasks = c.kind().isTask() && f.kind().isTask();
        boolean bothActivities = c.kind().isActivity() && f.kind().isActivity();
        return bothTasks ? 0.6 : bothActivities ? 0.4 : 0.2;
    }

    /**
     * How many of the matched nearest neighbours correspond, as a Dice coefficient, with the counts: the matching
     * ones, and of all predecessors or successors those of the side that has more (the same whichever model is the
     * current one).
     */
    record Context(double score, int predecessors, int predecessorsMatching, int successors, int successorsMatching) {
    }

    Context context(String c, String f) {
        Set<String> pa = a.nearest(c, false);
        Set<String> sa = a.nearest(c, true);
        Set<String> pb = b.nearest(f, false);
        Set<String> sb = b.nearest(f, true);
        int pm = partnersWithin(pa, pb);
        int sm = partnersWithin(sa, sb);
        int total = pa.size() + sa.size() + pb.size() + sb.size();
        // no matched neighbour on one side: the flow says nothing either way (neither for nor against)
        boolean unknown = pa.isEmpty() && sa.isEmpty() || pb.isEmpty() && sb.isEmpty();
        double score = unknown ? 0.5 : 2.0 * (pm + sm) / total;
        // "all predecessors correspond" must hold on both sides
        return new Context(score, Math.max(pa.size(), pb.size()), pm, Math.max(sa.size(), sb.size()), sm);
    }

    /** How many of the current model's nodes have their partner among the future model's nodes. */
    private int partnersWithin(Set<String> current, Set<String> future) {
        int count = 0;
        for (String c : current) {
            count += future.contains(a.partner.get(c)) ? 1 : 0;
        }
        return count;
    }

    /**
     * The label similarity the label passes use: unrelated acts on the same things weigh less
     * ({@link LabelSimilarity#UNRELATED_ACTS}) unless the flow places the two elements alike, with corresponding
     * neighbours both before and after them: there the place says they are one step, drawn with other verbs.
     */
    double label(String c, String f, LabelSimilarity.Result r) {
        return r.unpenalised() > r.score() && placedAlike(c, f) ? r.unpenalised() : r.score();
    }

    private boolean placedAlike(String c, String f) {
        Context around = context(c, f);
        return around.predecessorsMatching() > 0 && around.successorsMatching() > 0;
    }

    /** What the likeness of two steps' outcome events is worth as label evidence for the steps. */
    static final double OUTCOME = 0.8;

    /**
     * How alike the outcomes of two steps read: models converted from EPCs state after every function the
     * event it reached ("Invoice posted"); two functions named in other words that reach the same state
     * likely do the same work. 0 unless both steps are followed by exactly one named intermediate event.
     */
    double outcomes(String c, String f) {
        String ec = outcome(a, c);
        String ef = outcome(b, f);
        return ec == null || ef == null ? 0 : similarity.compare(a.labels.get(ec), b.labels.get(ef)).score();
    }

    private static String outcome(ModelView side, String id) {
        List<String> next = side.graph.adjacent(id, true);
        if (next.size() != 1) {
            return null;
        }
        FlowNode n = side.nodes.get(next.get(0));
        return n != null && Runs.passedEvent(n) && !side.labels.get(n.id()).isEmpty() ? n.id() : null;
    }

    Match nodeMatch(String c, String f, boolean independent) {
        FlowNode cn = a.nodes.get(c);
        FlowNode fn = b.nodes.get(f);
        List<String> reasons = new ArrayList<>();
        String how = foundBy.get(c);
        boolean byId = "same id".equals(how);
        if (how != null) {
            reasons.add(how);
        }
        Label lc = a.labels.get(c);
        Label lf = b.labels.get(f);
        double label;
        if (lc.isEmpty() && lf.isEmpty()) {
            label = 1;
            reasons.add("both unnamed");
        } else {
            // id matches skip WordNet: the id already says they are the same element
            LabelSimilarity.Result r = similarity.compare(lc, lf, !byId);
            label = label(c, f, r);
            for (String reason : r.reasons()) {
                if (label != r.score() && reason.startsWith("unrelated acts")) {
                    reasons.add(reason + ", between corresponding neighbours: not counted");
                } else if (label != r.score() && reason.startsWith("label similarity ")) {
                    reasons.add("label similarity " + LabelSimilarity.twoDecimals(label));
                } else {
                    reasons.add(reason);
                }
            }
            double outcome = Family.of(cn) == Family.ACTIVITY && independent ? OUTCOME * outcomes(c, f) : 0;
            if (outcome > label) {
                label = outcome;
                reasons.add("outcomes alike: '" + a.labels.get(outcome(a, c)).text() + "' ~ '" + b.labels.get(outcome(b, f)).text()
                        + "' (" + LabelSimilarity.twoDecimals(outcome) + ")");
            }
        }
        if (cn.kind() == fn.kind()) {
            reasons.add("same type " + fn.kind().xmlName());
        }
        if (a.laneNames.get(c) != null && lanes.sameLane(c, f)) {
            reasons.add("same lane '" + b.laneNames.get(f) + "'");
        } else if (!lanes.comparable && b.laneNames.get(f) != null && a.laneNames.get(c) != null
                && lanes.correspond(a.laneNames.get(c), b.laneNames.get(f))) {
            reasons.add("corresponding lanes '" + a.laneNames.get(c) + "' ~ '" + b.laneNames.get(f) + "' (most of their paired work)");
        }
        Context context = context(c, f);
        if (context.predecessorsMatching > 0) {
            reasons.add("neighbours match: " + context.predecessorsMatching + " of " + context.predecessors + " predecessors");
        }
        if (context.successorsMatching > 0) {
            reasons.add("neighbours match: " + context.successorsMatching + " of " + context.successors + " successors");
        }
        double score = combined(c, f, label, context.score());
        if (byId) {
            score = 0.5 + 0.5 * score;
        }
        return new Match(c, f, fn.kind().xmlName(), round(score), reasons, false);
    }

    static double round(double score) {
        return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000.0;
    }
}
