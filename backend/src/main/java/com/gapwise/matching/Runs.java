package com.gapwise.matching;

import com.gapwise.model.ElementKind;
import com.gapwise.model.FlowNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs and regions of unmatched steps between matched neighbours: the plain sequence of steps (a run) or the
 * branched fragment (a region) that a matched element leads into and another matched element ends, read on one
 * model and held against the counterpart stretch of the other.
 */
final class Runs {

    private final ModelView a;
    private final ModelView b;

    Runs(ModelView current, ModelView future) {
        this.a = current;
        this.b = future;
    }

    /** Whether the runs read since it was last cleared passed over a hand-off; see {@link MatchRun#matchChains()}. */
    boolean passedHandOff;

    /**
     * Follows unmatched activities in plain sequence from {@code first} (after {@code from}) into {@code run};
     * returns the matched element that ends it, or null when the run branches, joins or meets anything else.
     */
    String run(ModelView side, String from, String first, List<String> run) {
        String at = first;
        String before = from;
        for (int steps = 0; at != null && steps <= side.nodes.size(); steps++) {
            if (side.matched(at)) {
                return at;
            }
            FlowNode node = side.nodes.get(at);
            List<String> next = side.graph.adjacent(at, true);
            List<String> previous = side.graph.adjacent(at, false);
            if (node == null || next.size() != 1 || previous.size() != 1 || !previous.get(0).equals(before)
                    || Family.of(node) != Family.ACTIVITY && !passedEvent(node)) {
                return null;
            }
            // an unnamed activity (a silent transition of a net converted to BPMN) does no work: passed over, as
            // is a hand-off to another lane
            if (Family.of(node) == Family.ACTIVITY && !side.labels.get(at).isEmpty() && !side.handOffs.contains(at)) {
                run.add(at);
            }
            passedHandOff |= side.handOffs.contains(at);
            before = at;
            at = next.get(0);
        }
        return null;
    }

    /** Two runs of unmatched steps between corresponding neighbours. */
    record Counterparts(List<String> current, List<String> future) {
    }

    /**
     * Whether the two steps sit at different places of two equally long runs of unmatched steps between
     * corresponding neighbours: pairing them would leave the other steps of the runs crossed ("Enter
     * employee in payroll", second of two, is not "Registration of the new joiner", first of two). Processes
     * keep their order whoever draws them; the runs pair in order later.
     */
    boolean outOfOrder(String c, String f) {
        if (Family.of(a.nodes.get(c)) != Family.ACTIVITY) {
            return false;
        }
        List<String> beforeC = new ArrayList<>();
        List<String> afterC = new ArrayList<>();
        List<String> beforeF = new ArrayList<>();
        List<String> afterF = new ArrayList<>();
        String fromC = flank(a, c, false, beforeC);
        String toC = fromC == null ? null : flank(a, c, true, afterC);
        String fromF = toC == null ? null : flank(b, f, false, beforeF);
        String toF = fromF == null ? null : flank(b, f, true, afterF);
        return toF != null && fromF.equals(a.partner.get(fromC)) && toF.equals(a.partner.get(toC))
                && beforeC.size() + afterC.size() == beforeF.size() + afterF.size() && beforeC.size() != beforeF.size();
    }

    /**
     * Follows the plain sequence from {@code from} (forward or backward) over unmatched named steps, collected
     * into {@code steps}, and unmatched intermediate events or unnamed steps, passed over; returns the matched
     * element that ends it, or null when the flow branches or joins on the way.
     */
    private static String flank(ModelView side, String from, boolean forward, List<String> steps) {
        String at = from;
        for (int i = 0; i <= side.nodes.size(); i++) {
            List<String> next = side.graph.adjacent(at, forward);
            if (next.size() != 1 || side.graph.adjacent(next.get(0), !forward).size() != 1) {
                return null;
            }
            at = next.get(0);
            if (side.matched(at)) {
                return at;
            }
            FlowNode node = side.nodes.get(at);
            if (node == null || Family.of(node) != Family.ACTIVITY && !passedEvent(node)) {
                return null;
            }
            if (Family.of(node) == Family.ACTIVITY && !side.labels.get(at).isEmpty()) {
                steps.add(at);
            }
        }
        return null;
    }

    /**
     * Finds, on {@code branched}, fragments of several unmatched steps with gateways between them that one
     * matched element enters and one leaves, where {@code plain} draws a single step between the counterparts
     * of the two: the one step does the fragment's work (a 1:n split drawn with a branch). Added to {@code
     * wholes} as runs, current first.
     */
    void regionsAgainstOneStep(ModelView branched, ModelView plain, List<Counterparts> wholes, boolean branchedIsCurrent) {
        for (String from : new ArrayList<>(branched.partner.keySet())) {
            for (String first : branched.graph.adjacent(from, true)) {
                List<String> steps = new ArrayList<>();
                String exit = region(branched, from, first, steps);
                if (exit == null || steps.size() < 2) {
                    continue;
                }
                List<String> one = null;
                int found = 0;
                for (String other : plain.graph.adjacent(branched.partner.get(from), true)) {
                    List<String> candidate = new ArrayList<>();
                    passedHandOff = false;
                    String otherEnd = run(plain, branched.partner.get(from), other, candidate);
                    if (otherEnd != null && otherEnd.equals(branched.partner.get(exit)) && !candidate.isEmpty()) {
                        one = candidate;
                        found++;
                    }
                }
                if (found == 1 && one.size() == 1 && !passedHandOff) {
                    wholes.add(branchedIsCurrent ? new Counterparts(steps, one) : new Counterparts(one, steps));
                }
            }
        }
    }

    /**
     * Follows everything {@code first} leads to (entered from {@code from}) up to matched elements: when that
     * fragment holds a gateway, only unmatched activities, gateways and passed-over events, is entered from
     * {@code from} alone and left by one matched element, returns that element and collects the fragment's named
     * steps into {@code steps} (hand-offs passed over); null otherwise. Plain sequences are {@link #run}'s.
     */
    private static String region(ModelView side, String from, String first, List<String> steps) {
        List<String> inside = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String exit = null;
        boolean branches = false;
        List<String> queue = new ArrayList<>(List.of(first));
        for (int i = 0; i < queue.size(); i++) {
            String at = queue.get(i);
            if (!seen.add(at)) {
                continue;
            }
            if (side.matched(at)) {
                if (exit != null && !exit.equals(at)) {
                    return null;
                }
                exit = at;
                continue;
            }
            FlowNode node = side.nodes.get(at);
            if (node == null || Family.of(node) == Family.EVENT && !passedEvent(node)) {
                return null;
            }
            branches |= Family.of(node) == Family.GATEWAY;
            inside.add(at);
            queue.addAll(side.graph.adjacent(at, true));
        }
        if (exit == null || exit.equals(from) || !branches) {
            return null;
        }
        Set<String> within = new HashSet<>(inside);
        for (String id : inside) {
            for (String previous : side.graph.adjacent(id, false)) {
                if (!previous.equals(from) && !within.contains(previous)) {
                    return null;
                }
            }
            if (Family.of(side.nodes.get(id)) == Family.ACTIVITY && !side.labels.get(id).isEmpty() && !side.handOffs.contains(id)) {
                steps.add(id);
            }
        }
        return exit;
    }

    /**
     * An unmatched intermediate event in plain sequence is passed over by a run: models converted from EPCs
     * put an event between every two functions ("Data erased" after "Erase data"), which states the step's
     * outcome and is no step of its own.
     */
    static boolean passedEvent(FlowNode node) {
        return node.kind() == ElementKind.INTERMEDIATE_THROW_EVENT || node.kind() == ElementKind.INTERMEDIATE_CATCH_EVENT;
    }
}
