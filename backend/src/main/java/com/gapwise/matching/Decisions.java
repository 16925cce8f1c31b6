package com.gapwise.matching;

import com.gapwise.model.FlowNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reading of decisions and their branches: which split gateway's branch an element is on, by which answer
 * ("Yes", "No") it is reached, and whether two elements sit on branches that cannot correspond.
 */
final class Decisions {

    private final ModelView a;
    private final ModelView b;

    Decisions(ModelView current, ModelView future) {
        this.a = current;
        this.b = future;
    }

    /**
     * Whether the two elements sit on branches of two decisions that are paired with other decisions: the
     * first steps of a branch belong to its decision, so a step after "Eligible?" is no step after "Admitted?"
     * when those two decisions each have their own counterpart ("Send rejection" early and "Send the letter
     * of rejection" late, whose labels agree). Likewise on branches of one paired decision that answer it
     * oppositely ("Yes" and "No").
     */
    boolean crossesDecisions(String c, String f) {
        String gc = decisionOf(a, c);
        String gf = decisionOf(b, f);
        if (gc == null || gf == null) {
            return answersOppose(c, f);
        }
        if (!a.matched(gc) || !b.matched(gf)) {
            return false;
        }
        if (gf.equals(a.partner.get(gc))) {
            // one decision on both sides: its "Yes" branch is not its "No" branch
            return opposite(branchName(a, c), branchName(b, f));
        }
        // only decisions paired with decisions say where a branch belongs
        return b.graph.adjacent(a.partner.get(gc), true).size() > 1 && a.graph.adjacent(b.partner.get(gf), true).size() > 1;
    }

    /**
     * Whether two steps answer paired decisions oppositely, where one of them is reached by several branches
     * (drawn without a merge gateway: "Prepare offer" after "Within quota?" Yes and after "Place freed up?"
     * Yes): each of its incoming branches is an answer, and a step on the "No" branch of a paired decision is no
     * step of its "Yes" branches unless another paired decision's answers agree.
     */
    private boolean answersOppose(String c, String f) {
        Map<String, String> answersC = answers(a, c);
        Map<String, String> answersF = answers(b, f);
        if (answersC.isEmpty() || answersF.isEmpty() || answersC.size() < 2 && answersF.size() < 2) {
            return false;
        }
        boolean opposed = false;
        for (Map.Entry<String, String> answer : answersC.entrySet()) {
            String other = a.partner.get(answer.getKey());
            String otherAnswer = other == null ? null : answersF.get(other);
            if (otherAnswer != null) {
                if (!opposite(answer.getValue(), otherAnswer)) {
                    return false;
                }
                opposed = true;
            }
        }
        return opposed;
    }

    /**
     * The decisions whose branches lead to the element, with the flow name of each: walked back over steps and
     * events, and over joins without a gateway into each of their branches, to the first gateway on each way;
     * cached.
     */
    private static Map<String, String> answers(ModelView side, String id) {
        Map<String, String> known = side.answers.get(id);
        if (known != null) {
            return known;
        }
        Map<String, String> found = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<String[]> ways = new ArrayList<>();
        for (String previous : side.graph.adjacent(id, false)) {
            ways.add(new String[] {previous, id});
        }
        while (!ways.isEmpty()) {
            String[] way = ways.remove(ways.size() - 1);
            String before = way[0];
            FlowNode node = side.nodes.get(before);
            if (node == null || !seen.add(before)) {
                continue;
            }
            if (Family.of(node) == Family.GATEWAY) {
                if (side.graph.adjacent(before, true).size() > 1) {
                    found.put(before, side.flowName(before, way[1]));
                }
                continue;
            }
            for (String earlier : side.graph.adjacent(before, false)) {
                ways.add(new String[] {earlier, before});
            }
        }
        known = Map.copyOf(found);
        side.answers.put(id, known);
        return known;
    }

    /** The decision whose branch the element is on in plain sequence, or null; cached. */
    private String decisionOf(ModelView side, String id) {
        Optional<String> known = side.decisions.get(id);
        if (known == null) {
            known = decision(side, id);
            side.decisions.put(id, known);
        }
        return known.orElse(null);
    }

    /**
     * The words that answer a decision's question on its outgoing flows: a step the "No" answer leads to (a
     * rejection) is no step of the "Yes" answer of the same decision drawn elsewhere, however its words relate.
     */
    private static final Set<String> YES = Set.of("yes", "y", "true");
    private static final Set<String> NO = Set.of("no", "n", "false");

    private static boolean opposite(String x, String y) {
        String p = x.toLowerCase(Locale.ROOT).trim();
        String q = y.toLowerCase(Locale.ROOT).trim();
        return YES.contains(p) && NO.contains(q) || NO.contains(p) && YES.contains(q);
    }

    /** The name of the flow by which the element's decision leads to it in plain sequence ("Yes", "No"), or "". */
    private static String branchName(ModelView side, String id) {
        Branch branch = branch(side, id);
        return branch == null ? "" : side.flowName(branch.gateway(), branch.entered());
    }

    /** The split gateway whose branch leads to this element in plain sequence, if any. */
    static Optional<String> decision(ModelView side, String id) {
        Branch branch = branch(side, id);
        return branch != null && side.graph.adjacent(branch.gateway(), true).size() > 1 ? Optional.of(branch.gateway())
                : Optional.empty();
    }

    /** The first gateway before an element in plain sequence, and the node its flow enters on the way there. */
    private record Branch(String gateway, String entered) {
    }

    /** Walked back from the element while each node has one predecessor; null where the walk meets no gateway. */
    private static Branch branch(ModelView side, String id) {
        String at = id;
        for (int steps = 0; steps <= side.nodes.size(); steps++) {
            List<String> previous = side.graph.adjacent(at, false);
            if (previous.size() != 1) {
                return null;
            }
            String before = previous.get(0);
            FlowNode node = side.nodes.get(before);
            if (node == null) {
                return null;
            }
            if (Family.of(node) == Family.GATEWAY) {
                return new Branch(before, at);
            }
            at = before;
        }
        return null;
    }
}
