package com.gapwise.matching;

import com.gapwise.model.FlowNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The steps of an outside party (the applicant, a student) whose exchange with the organisation the same model
 * draws at the organisation's end too. The evaluation set's convention: when both models draw the office's own
 * end of an exchange, the office's ends pair and the party's step stays unpaired; a party's step pairs with the
 * other model's office step only where its own model draws no office end of that exchange. Found between models
 * drawn apart only.
 */
final class Parties {

    private final ModelView a;
    private final ModelView b;
    /** Party steps of each side with the office steps at the other end of their exchange. */
    private final Map<String, List<String>> endsA = new HashMap<>();
    private final Map<String, List<String>> endsB = new HashMap<>();
    /** The lanes of an outside party, by name, of each side. */
    private final Set<String> lanesA = new HashSet<>();
    private final Set<String> lanesB = new HashSet<>();

    Parties(ModelView current, ModelView future) {
        this.a = current;
        this.b = future;
    }

    /**
     * An outside party's lane: its last word names a person (WordNet) whom the other model draws no lane for
     * but addresses: a step of the other model acts on that person first ("Inform the applicant ...", "Nominate
     * student"), and no lane of the other model holds the word ("Applicant" against a model that draws only the
     * university's units). A party's step hands something to the organisation, which takes it in at the other
     * end: walking the flow forward from the step, over intermediate events and the party's own steps, the
     * first activities of another lane whose labels name what the party's step acts on, or its act as a noun,
     * are that end ("Submit online application" before "Log application"; "Upload the missing documents" before
     * "Check that every required document has been uploaded"; not "Pay application fee" before "Log
     * application": the fee is paid).
     */
    void find(LabelAnalyzer analyzer, Lexicon lexicon) {
        findLanes(a, b, lanesA, analyzer, lexicon);
        findLanes(b, a, lanesB, analyzer, lexicon);
        findEnds(a, lanesA, endsA, lexicon);
        findEnds(b, lanesB, endsB, lexicon);
    }

    private static void findLanes(ModelView side, ModelView other, Set<String> out, LabelAnalyzer analyzer, Lexicon lexicon) {
        Set<String> otherStems = new HashSet<>();
        for (String lane : new HashSet<>(other.laneNames.values())) {
            otherStems.addAll(analyzer.analyze(lane).stems());
        }
        Set<String> addressed = addressed(other);
        for (String lane : new HashSet<>(side.laneNames.values())) {
            Label name = analyzer.analyze(lane);
            if (name.isEmpty()) {
                continue;
            }
            Label.Token last = name.tokens().get(name.tokens().size() - 1);
            if (!last.acronym() && !otherStems.contains(last.stem()) && addressed.contains(last.stem()) && lexicon.person(last.word())) {
                out.add(lane);
            }
        }
    }

    /** The words that steps act on first, right after their act ("applicant" of "Inform the applicant ..."). */
    private static Set<String> addressed(ModelView side) {
        Set<String> words = new HashSet<>();
        for (FlowNode n : side.nodes.values()) {
            List<Label.Token> tokens = side.labels.get(n.id()).tokens();
            if (Family.of(n) == Family.ACTIVITY && tokens.size() >= 2 && tokens.get(0).head()) {
                words.add(tokens.get(1).stem());
            }
        }
        return words;
    }

    private static void findEnds(ModelView side, Set<String> partyLanes, Map<String, List<String>> out, Lexicon lexicon) {
        if (partyLanes.isEmpty()) {
            return;
        }
        for (FlowNode n : side.nodes.values()) {
            String lane = side.laneNames.get(n.id());
            if (Family.of(n) != Family.ACTIVITY || lane == null || !partyLanes.contains(lane)) {
                continue;
            }
            Set<String> objects = objects(side.labels.get(n.id()));
            List<String> ends = new ArrayList<>();
            List<Label.Token> tokens = side.labels.get(n.id()).tokens();
            String act = tokens.isEmpty() ? "" : tokens.get(0).word();
            for (String end : officeNeighbours(side, n.id(), lane)) {
                if (takesIn(side.labels.get(end), objects, act, lexicon)) {
                    ends.add(end);
                }
            }
            if (!ends.isEmpty()) {
                out.put(n.id(), ends);
            }
        }
    }

    /**
     * What a step acts on: the words that end a phrase of its label, its act left out ("fee" of "Pay application
     * fee", not "application"; "offer" of "Accept offer"; "documents" of "Upload the missing documents").
     */
    static Set<String> objects(Label label) {
        String[] words = label.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<Label.Token> tokens = label.tokens();
        Set<String> objects = new HashSet<>();
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Label.Token t = tokens.get(i);
            int j = at;
            while (j < words.length && !words[j].equals(t.word())) {
                j++;
            }
            boolean last = j >= words.length - 1 || i + 1 >= tokens.size() || !words[j + 1].equals(tokens.get(i + 1).word());
            if (j < words.length) {
                at = j + 1;
            }
            if (!t.head() && last) {
                objects.add(t.stem());
            }
        }
        return objects;
    }

    /**
     * Whether an office step names what a party's step hands over: a word that the party's step acts on, or the
     * party's act as a noun ("Enter the application" after "Apply through the portal"; "Record acceptance"
     * after "Accept offer").
     */
    private static boolean takesIn(Label office, Set<String> objects, String act, Lexicon lexicon) {
        for (Label.Token t : office.tokens()) {
            if (objects.contains(t.stem()) || !t.head() && lexicon.verbsOf(t.word()).contains(act)) {
                return true;
            }
        }
        return false;
    }

    /** The first activities of another lane the flow reaches after a step, over events and the lane's own steps. */
    private static List<String> officeNeighbours(ModelView side, String from, String lane) {
        List<String> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(side.graph.adjacent(from, true));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            FlowNode n = side.nodes.get(id);
            if (n == null || !seen.add(id) || id.equals(from)) {
                continue;
            }
            if (Runs.passedEvent(n) || Family.of(n) == Family.ACTIVITY && lane.equals(side.laneNames.get(id))) {
                todo.addAll(side.graph.adjacent(id, true));
            } else if (Family.of(n) == Family.ACTIVITY && side.laneNames.get(id) != null) {
                found.add(id);
            }
        }
        return found;
    }

    /**
     * Whether a party's step may not pair with a step of the other model: that step is no party's (its model
     * draws the office's end of the exchange, or none of it), and the party step's own model draws the office's
     * end too.
     */
    boolean apart(String c, String f) {
        return endsA.containsKey(c) && !lanesB.contains(b.laneNames.get(f))
                || endsB.containsKey(f) && !lanesA.contains(a.laneNames.get(c));
    }
}
