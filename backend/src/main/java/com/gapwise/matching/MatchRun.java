package com.gapwise.matching;

import com.gapwise.diff.Match;
import com.gapwise.model.ElementKind;
import com.gapwise.model.FlowNode;
import com.gapwise.model.ProcessModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One matching of two models: the passes, from the most certain evidence to the weakest.
 *
 * <p>Plain loops rather than streams and lambdas where code runs per element: the CLI diff runs this code
 * in a JVM that has just started, where every lambda site costs a call-site linkage and a capturing lambda
 * evaluated per element keeps {@code java.lang.invoke} busy.
 */
final class MatchRun {

    /** A pair is accepted from this combined score on. */
    static final double ACCEPT = 0.45;
    /** The score a label-based pair needs when (nearly) everything else paired literally. */
    static final double ACCEPT_HIGH = 0.55;
    /** The least score a label-based pair needs, between models that share almost nothing literally. */
    static final double ACCEPT_LOW = 0.4;
    /** Below this label similarity, labels are no evidence at all. */
    static final double MIN_LABEL = 0.3;
    /**
     * Between models drawn independently, weaker label evidence still counts: the combined score, with
     * type, lane and flow context, decides.
     */
    static final double MIN_LABEL_INDEPENDENT = 0.2;
    /** A split-off part must add this much of the whole's (IDF-weighted) meaning. */
    static final double MIN_GAIN = 0.15;
    /** Gap filling only between models that paired at most this share literally (drawn independently). */
    static final double GAP_SHARE = 0.5;
    /** The least label similarity for an activity filling the same gap in the flow. */
    static final double GAP_LABEL = 0.15;
    /** The least label similarity for two leftover activities that are each other's best (with the flow agreeing below MIN_LABEL). */
    static final double MUTUAL_LABEL = 0.2;
    /** How far apart along the process (0 start, 1 end) two mutually best leftovers may sit. */
    static final double MUTUAL_APART = 0.25;
    /**
     * Between models drawn independently, one coarse step is often drawn as several fine ones in other
     * words: a part next to the whole's counterpart needs only a loosely related label and a little gain.
     */
    static final double SPLIT_LABEL = 0.2;
    static final double SPLIT_GAIN = 0.05;
    /**
     * Or, where the labels are read as sentences, the whole reads this much closer to the part and its
     * partner together than to the partner alone (cosine).
     */
    static final double SPLIT_SENTENCE_GAIN = 0.12;
    /**
     * Between models drawn apart, a part joins a whole only where no other step of the whole's model reads
     * more than this much closer to the part: a step whose words say it is done elsewhere is not another part
     * of this one (eval/matching/README.md, round 27).
     */
    static final double PART_ELSEWHERE = 0.05;
    /** Exhaustive candidate scoring up to this many pairs per family; an inverted index beyond. */
    private static final long EXHAUSTIVE_PAIRS = 40_000;
    /** Candidates kept per node for the assignment. */
    static final int TOP_CANDIDATES = 8;

    /**
     * How much of the acceptance line a pair's score is held back when the assignment weighs it. The assignment
     * maximises the sum of what its pairs are worth; at their full scores, two pairs barely accepted (0.45 + 0.45)
     * outweigh one clear pair (0.7), and the leftovers of one step push another off its clear counterpart ("Attend
     * test day" takes "Conduct the swimming examination" from "Swimming test"). Held back in full, a pair counts only
     * by how much it passes the line, and one pair on shared things but another act ("Approve goodwill credit" ~
     * "Post goodwill credit") outweighs two right ones a little below it. Half is between the two.
     */
    static final double HELD_BACK = 0.5;
    /**
     * Two steps this far apart along their processes (a fifth of each) pair by label, or as the part of a split or
     * merge, only where the labels are evidence on their own ({@link #MIN_LABEL}): models drawn apart keep most steps
     * within a tenth of each other, and weakly related labels a fifth apart were mostly wrong on the dev folds
     * (eval/matching/README.md, rounds 22 and 23).
     */
    static final double FAR_APART = 0.2;
    /** How many distinct step labels two models may have for their labels to be compared as sentences. */
    static final int MAX_SENTENCES = 400;

    private final ModelView a;
    private final ModelView b;
    /** Which decision's branch each element is on, and how the branches answer. */
    private final Decisions decisions;
    /** The runs and regions of unmatched steps between matched neighbours. */
    private final Runs runs;
    /** How the lanes of the two models correspond. */
    private final Lanes lanes;
    /** The steps of outside parties whose exchanges their own model draws at the office's end too. */
    private final Parties parties;
    /** The scores of candidate pairs and the reasons of the pairs made. */
    private final Scores scores;
    /** Where the label passes look for each element's candidates. */
    private final CandidateSearch search;
    private final LabelAnalyzer analyzer = new LabelAnalyzer();
    private final LabelSimilarity similarity;
    private final Lexicon lexicon;
    private final boolean revision;
    /** Whether the ids the models share were kept by editing (see the constructor), and so are evidence. */
    private final boolean idsKept;
    /** How each 1:1 node pair was found, for the reasons. */
    private final Map<String, String> foundBy = new HashMap<>();
    private final List<Match> extra = new ArrayList<>();
    /** The score a label-based pair needs; see {@link #acceptance()}. */
    private double accept = ACCEPT;
    /** Share of the smaller model's activities paired by id or equal label before any label similarity. */
    private double literalShare = 1;

    /**
     * Whether two activities may not pair by similarity as hand-offs: one is a hand-off and the other is not,
     * or either is a hand-off read from the receiving lane's head noun only (see {@link ModelView#handOffsByHead}).
     */
    private boolean handOffApart(String c, String f) {
        if (a.handOffsByHead.contains(c) || b.handOffsByHead.contains(f)) {
            return true;
        }
        return a.handOffs.contains(c) != b.handOffs.contains(f);
    }

    MatchRun(ProcessModel current, ProcessModel future, Lexicon lexicon, Paraphrases paraphrases) {
        this.a = new ModelView(current, analyzer);
        this.b = new ModelView(future, analyzer);
        this.decisions = new Decisions(a, b);
        this.runs = new Runs(a, b);
        this.search = new CandidateSearch(a, b);
        List<Label> all = new ArrayList<>(a.labels.values());
        all.addAll(b.labels.values());
        long shared = 0;
        long sharedNamed = 0;
        long sharedSameLabel = 0;
        long sharedUnnamedAlike = 0;
        for (String id : a.nodes.keySet()) {
            if (b.nodes.containsKey(id)) {
                shared++;
                Label la = a.labels.get(id);
                Label lb = b.labels.get(id);
                if (!la.isEmpty() && !lb.isEmpty()) {
                    sharedNamed++;
                    sharedSameLabel += la.key().equals(lb.key()) ? 1 : 0;
                } else if (la.isEmpty() && lb.isEmpty() && a.nodes.get(id).kind() == b.nodes.get(id).kind()) {
                    sharedUnnamedAlike++;
                }
            }
        }
        // Ids are evidence only where one model was made by editing the other: then the elements that kept
        // their id mostly kept their label too. Tools and converters that number elements ("Task_1", "n7")
        // give two models drawn apart the same ids for unrelated work, and such ids say nothing.
        // Where no shared id names a node on both sides, the ids are evidence only for models that share most of their
        // ids, each on an unnamed node of the same kind on both sides (a model without names against itself), never
        // where a converter's numbering gives a step of one model the id of a silent transition of the other.
        boolean mostIdsShared = shared > 0 && shared * 2 >= Math.min(a.nodes.size(), b.nodes.size());
        this.idsKept = sharedNamed > 0 ? sharedSameLabel * 2 >= sharedNamed : mostIdsShared && sharedUnnamedAlike == shared;
        // a revision keeps most ids; then a node whose id vanished was removed, not redrawn elsewhere
        this.revision = idsKept && mostIdsShared;
        // within a revision an element either kept its id or was re-drawn with essentially the same label:
        // no synonyms needed, and the CLI never pays for opening WordNet
        Set<String> sentences = revision ? Set.of() : sentences(a, b);
        if (!sentences.isEmpty()) {
            paraphrases.prepare();
        }
        this.similarity = revision ? new LabelSimilarity(Lexicon.NONE, all)
                : new LabelSimilarity(lexicon, all, paraphrases, sentences);
        this.lexicon = revision ? Lexicon.NONE : lexicon;
        this.lanes = new Lanes(a, b, analyzer);
        this.scores = new Scores(a, b, similarity, lanes, revision, foundBy);
        this.parties = new Parties(a, b);
    }

    List<Match> run() {
        matchIds();
        for (Family family : Family.values()) {
            matchEqualLabels(family);
        }
        accept = acceptance();
        if (independent()) {
            // a hand-off to another lane pairs only with a hand-off, in every pass by similarity below
            a.findHandOffs(analyzer);
            b.findHandOffs(analyzer);
            // reference-model labels name their act last ("Depreciation recalculation"): read it where it stands
            a.readActs(lexicon, similarity);
            b.readActs(lexicon, similarity);
            // a coarse step names two acts ("Conduct the interview and rate the candidate"): both count as acts
            a.readSecondActs(lexicon);
            b.readSecondActs(lexicon);
            // an applicant's step whose exchange its own model draws at the office's end too: the office's ends pair
            parties.find(analyzer, lexicon);
        }
        matchStarts();
        matchIntakes();
        for (Family family : Family.values()) {
            matchByLabel(family);
        }
        // structure twice: a gateway next to a gateway needs its neighbour matched first
        matchByStructure();
        matchByStructure();
        // reconsider the label-based pairs with the flow context all the other pairs now give
        List<String> byLabel = new ArrayList<>();
        for (Map.Entry<String, String> p : a.partner.entrySet()) {
            if (!foundBy.containsKey(p.getKey()) && !a.labels.get(p.getKey()).key().equals(b.labels.get(p.getValue()).key())) {
                byLabel.add(p.getKey());
            }
        }
        lanes.inferLanes();
        unpairAll(byLabel);
        boolean apart = independent();
        // the ends of branches were placed after steps that are now reconsidered: placed again afterwards
        List<String> placedEnds = new ArrayList<>();
        if (apart) {
            for (String c : a.partner.keySet()) {
                if (a.nodes.get(c).kind() == ElementKind.END_EVENT && "position in the flow".equals(foundBy.get(c))) {
                    placedEnds.add(c);
                }
            }
        }
        unpairAll(placedEnds);
        // between models drawn apart, decisions first: the steps on their branches belong to them
        if (apart) {
            matchByLabel(Family.GATEWAY);
        }
        matchByLabel(Family.ACTIVITY);
        holdIntermediateEvents = apart;
        matchByLabel(Family.EVENT);
        holdIntermediateEvents = false;
        if (!apart) {
            matchByLabel(Family.GATEWAY);
        }
        if (!placedEnds.isEmpty()) {
            matchByStructure();
        }
        fillGaps();
        matchChains();
        matchMutualBest();
        if (apart) {
            // between models drawn apart, intermediate events state what the steps around them reached: paired
            // once the steps are, or they cross them ("Scrapping arranged" follows "Arrange scrapping", "Asset
            // to be scrapped" precedes "Hand over asset to recycler"); the ends and starts did not wait
            // first where the place is unambiguous: a label pass would pair on a shared word ("Scrapping arranged"
            // ~ "Asset to be scrapped") the event the place puts elsewhere ("Asset handed over to recycler")
            placeEvents = true;
            uniquePlacesOnly = true;
            matchByStructure();
            uniquePlacesOnly = false;
            placeEvents = false;
            matchByLabel(Family.EVENT);
            placeEvents = true;
            matchByStructure();
            placeEvents = false;
        }
        uncrossSameIdPairs();
        boolean placed = matchSubProcessesByContent();
        placed |= matchAttachedEvents();
        if (placed) {
            // the events inside those sub-processes and after those attached events have a place in the flow now
            matchByStructure();
        }
        matchSplitsAndMerges();
        matchFeatureless();
        List<Match> matches = new ArrayList<>();
        for (Map.Entry<String, String> p : a.partner.entrySet()) {
            matches.add(scores.nodeMatch(p.getKey(), p.getValue(), independent()));
        }
        matches.addAll(extra);
        matches.addAll(new ContainerMatcher(a.model, b.model, a.partner, similarity, analyzer, idsKept).match());
        matches.sort(Match.LISTING_ORDER);
        return List.copyOf(matches);
    }

    /**
     * The steps' labels, compared as sentences too between models drawn apart: up to {@link #MAX_SENTENCES}
     * distinct ones (a Level 5 model has tens of steps; embedding costs about 2 ms a label, so the generator's
     * models of thousands of steps are matched on words alone).
     */
    private static Set<String> sentences(ModelView a, ModelView b) {
        Set<String> texts = new HashSet<>();
        for (ModelView side : List.of(a, b)) {
            for (FlowNode n : side.nodes.values()) {
                Label label = side.labels.get(n.id());
                if (Family.of(n) == Family.ACTIVITY && !label.isEmpty() && texts.add(label.text())
                        && texts.size() > MAX_SENTENCES) {
                    return Set.of();
                }
            }
        }
        return texts;
    }

    // ---- passes -------------------------------------------------------------------------------

    /** Same id, as long as it still names the same kind of thing with a compatible label or place. */
    private void matchIds() {
        if (!idsKept) {
            return;
        }
        for (FlowNode c : a.nodes.values()) {
            FlowNode f = b.nodes.get(c.id());
            if (f == null || Family.of(c) != Family.of(f)) {
                continue;
            }
            Label lc = a.labels.get(c.id());
            Label lf = b.labels.get(f.id());
            double label = lc.isEmpty() && lf.isEmpty() ? 1 : similarity.compare(lc, lf, false).score();
            boolean samePlace = c.kind() == f.kind() && lanes.sameLane(c.id(), f.id());
            if (label >= ACCEPT || samePlace || lc.isEmpty() != lf.isEmpty()) {
                pair(c.id(), f.id(), "same id");
            }
        }
    }

    /** Labels equal after normalisation and unique on both sides. */
    private void matchEqualLabels(Family family) {
        Map<String, List<String>> byKeyA = byKey(a, family);
        Map<String, List<String>> byKeyB = byKey(b, family);
        for (Map.Entry<String, List<String>> entry : byKeyA.entrySet()) {
            List<String> ids = entry.getValue();
            List<String> other = byKeyB.get(entry.getKey());
            // the same words in swapped roles are two different acts ("Request approval", "Approve request")
            if (ids.size() == 1 && other != null && other.size() == 1
                    && (revision || !similarity.swappedRoles(a.labels.get(ids.get(0)), b.labels.get(other.get(0))))) {
                pair(ids.get(0), other.get(0), null);
            }
        }
    }

    private Map<String, List<String>> byKey(ModelView side, Family family) {
        Map<String, List<String>> byKey = new TreeMap<>();
        for (FlowNode n : side.nodes.values()) {
            Label label = side.labels.get(n.id());
            if (Family.of(n) == family && !side.matched(n.id()) && !label.isEmpty()) {
                byKey.computeIfAbsent(label.key(), k -> new ArrayList<>()).add(n.id());
            }
        }
        return byKey;
    }

    /**
     * Between models drawn independently, the one start of each process is the same moment whatever it is
     * called ("Order received", "Buyer has placed an order online"): the first anchor of the flow.
     */
    private void matchStarts() {
        if (!independent()) {
            return;
        }
        List<FlowNode> startsA = starts(a);
        List<FlowNode> startsB = starts(b);
        if (startsA.size() == 1 && startsB.size() == 1 && !a.matched(startsA.get(0).id()) && !b.matched(startsB.get(0).id())) {
            pair(startsA.get(0).id(), startsB.get(0).id(), "the only start of each process");
        }
    }

    /** How the first steps after the only starts are paired; see {@link #matchIntakes()}. */
    static final String INTAKE = "the first step after the only start of each process";

    /**
     * Between models drawn apart, the step that the only start of each process leads straight into (and
     * nothing else) takes in the case on both sides: with the starts paired, the two first steps are one
     * step drawn with other verbs when their labels share something (label similarity at least
     * {@link #GAP_LABEL}, as for a step filling a gap; unrelated acts not counted: the place agrees). Paired
     * before the label passes, so a later step that shares a word cannot take one of them ("Read complaint" ~
     * "Capture complaint").
     */
    private void matchIntakes() {
        if (!independent()) {
            return;
        }
        List<FlowNode> startsA = starts(a);
        List<FlowNode> startsB = starts(b);
        if (startsA.size() != 1 || startsB.size() != 1) {
            return;
        }
        String sa = startsA.get(0).id();
        String sb = startsB.get(0).id();
        if (!sb.equals(a.partner.get(sa))) {
            return;
        }
        String c = onlyNext(a, sa);
        String f = onlyNext(b, sb);
        if (c == null || f == null || a.matched(c) || b.matched(f) || a.handOffs.contains(c) || b.handOffs.contains(f)
                || parties.apart(c, f)) {
            return;
        }
        LabelSimilarity.Result r = similarity.compare(a.labels.get(c), b.labels.get(f));
        if (Math.max(r.score(), r.unpenalised()) >= GAP_LABEL) {
            pair(c, f, INTAKE);
        }
    }

    /** The one named activity a node leads straight into, or null. */
    private static String onlyNext(ModelView side, String id) {
        List<String> next = new ArrayList<>(side.graph.adjacent(id, true));
        if (next.size() != 1) {
            return null;
        }
        FlowNode n = side.nodes.get(next.get(0));
        return n != null && Family.of(n) == Family.ACTIVITY && !side.labels.get(n.id()).isEmpty() ? n.id() : null;
    }

    private static List<FlowNode> starts(ModelView side) {
        List<FlowNode> starts = new ArrayList<>();
        for (FlowNode n : side.nodes.values()) {
            if (n.kind() == ElementKind.START_EVENT && n.parentId() == null) {
                starts.add(n);
            }
        }
        return starts;
    }

    /**
     * How much evidence a pair needs depends on how likely an element without an equal twin still has a
     * counterpart: when nearly everything already paired by id or equal label (a revision, a copy), the
     * rest is mostly added or removed and needs strong evidence; when little did (models drawn
     * independently), most of the rest has a counterpart in other words.
     */
    private double acceptance() {
        long activitiesA = activities(a, a.nodes.keySet());
        long activitiesB = activities(b, b.nodes.keySet());
        long paired = activities(a, a.partner.keySet());
        double share = Math.min(activitiesA, activitiesB) == 0 ? 0 : (double) paired / Math.min(activitiesA, activitiesB);
        literalShare = Math.min(1, share);
        return ACCEPT_LOW + (ACCEPT_HIGH - ACCEPT_LOW) * literalShare;
    }

    private static long activities(ModelView side, Set<String> ids) {
        long count = 0;
        for (String id : ids) {
            count += Family.of(side.nodes.get(id)) == Family.ACTIVITY ? 1 : 0;
        }
        return count;
    }

    /** While set, intermediate events wait for a later label pass; see {@link #run()}. */
    private boolean holdIntermediateEvents;
    /** Whether the structure pass places named intermediate events between corresponding steps (the last one does). */
    private boolean placeEvents;

    /** Similar labels, scored with type, lane and flow context, assigned globally. */
    private void matchByLabel(Family family) {
        List<String> left = unmatchedNamed(a, family);
        List<String> right = unmatchedNamed(b, family);
        if (holdIntermediateEvents) {
            left.removeIf(id -> Runs.passedEvent(a.nodes.get(id)));
            right.removeIf(id -> Runs.passedEvent(b.nodes.get(id)));
        }
        if (left.isEmpty() || right.isEmpty()) {
            return;
        }
        Map<String, List<String>> candidates = revision ? search.neighbourCandidates(left, right)
                : (long) left.size() * right.size() <= EXHAUSTIVE_PAIRS ? CandidateSearch.allPairs(left, right)
                : search.indexedCandidates(left, right);
        // best score first; equal scores in the order of the future model's document (see Assignment)
        Comparator<Assignment.Edge<Void>> bestFirst = Comparator.comparingDouble((Assignment.Edge<Void> e) -> -e.score())
                .thenComparingInt(e -> b.rank.get(e.future()));
        // a question asked at several places ("Approved?") does not tell which of them a decision is: such a
        // decision pairs by its label only where the flow agrees on a neighbour, as equal labels pair at once only
        // when unique on both sides
        Map<String, Integer> questionsA = family == Family.GATEWAY ? labelCounts(a, family) : Map.of();
        Map<String, Integer> questionsB = family == Family.GATEWAY ? labelCounts(b, family) : Map.of();
        List<Assignment.Edge<Void>> edges = new ArrayList<>();
        for (String c : left) {
            List<Assignment.Edge<Void>> mine = new ArrayList<>();
            for (String f : candidates.getOrDefault(c, List.of())) {
                Scores.Context around = scores.context(c, f);
                double context = around.score();
                if (family == Family.GATEWAY && around.predecessorsMatching() + around.successorsMatching() == 0
                        && (questionsA.get(a.labels.get(c).key()) > 1 || questionsB.get(b.labels.get(f).key()) > 1)) {
                    continue;
                }
                if (revision && !b.nodes.containsKey(c) && !a.nodes.containsKey(f) && context < ACCEPT) {
                    continue;
                }
                if (independent() && decisions.crossesDecisions(c, f)) {
                    continue;
                }
                LabelSimilarity.Result said = similarity.compare(a.labels.get(c), b.labels.get(f));
                // an event is a state reached: opposite ones are never one event, however many words they share
                // ("Not admitted" ~ "Participant admitted to the certificate course")
                if (family == Family.EVENT && said.opposed()) {
                    continue;
                }
                double label = scores.label(c, f, said);
                if (family == Family.ACTIVITY && independent()) {
                    label = Math.max(label, Scores.OUTCOME * scores.outcomes(c, f));
                }
                if (label < (independent() ? MIN_LABEL_INDEPENDENT : MIN_LABEL)) {
                    continue;
                }
                // a hand-off moves the case and does no work: no counterpart of a step that does (both sets are
                // empty unless the models were drawn apart)
                if (family == Family.ACTIVITY && (handOffApart(c, f) || parties.apart(c, f))) {
                    continue;
                }
                // a pair against the order of the flow, or of steps far apart along their processes, needs labels
                // that are evidence on their own
                if (independent() && label < MIN_LABEL
                        && (runs.outOfOrder(c, f) || family == Family.ACTIVITY && farApart(a, c, b, f))) {
                    continue;
                }
                double score = scores.combined(c, f, label, context);
                if (score >= accept) {
                    mine.add(new Assignment.Edge<>(c, f, score - HELD_BACK * accept + scores.tieBreak(c, f), null));
                }
            }
            mine.sort(bestFirst);
            edges.addAll(mine.subList(0, Math.min(TOP_CANDIDATES, mine.size())));
        }
        for (Assignment.Edge<Void> e : Assignment.solve(edges, a.rank::get, b.rank::get)) {
            pair(e.current(), e.future(), null);
        }
    }

    /** How many elements of a family bear each label (by its key). */
    private static Map<String, Integer> labelCounts(ModelView side, Family family) {
        Map<String, Integer> counts = new HashMap<>();
        for (FlowNode n : side.nodes.values()) {
            if (Family.of(n) == family) {
                counts.merge(side.labels.get(n.id()).key(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Whether two nodes sit {@link #FAR_APART} or more apart along their processes. */
    private static boolean farApart(ModelView side, String id, ModelView other, String otherId) {
        return apart(side, id, other, otherId) >= FAR_APART;
    }

    /** How far apart two nodes sit along their processes (each position 0 at the start, 1 at the end). */
    private static double apart(ModelView side, String id, ModelView other, String otherId) {
        return Math.abs(side.position.get(id) - other.position.get(otherId));
    }

    /**
     * Nodes with neither a name nor a flow in or out (a tool's round trip that lost the flows around two unnamed
     * gateways) have nothing that tells them apart and would be listed as removed and added: the leftovers of each
     * kind pair in document order.
     */
    private void matchFeatureless() {
        Map<ElementKind, List<String>> right = new HashMap<>();
        for (String f : featureless(b)) {
            right.computeIfAbsent(b.nodes.get(f).kind(), k -> new ArrayList<>()).add(f);
        }
        for (String c : featureless(a)) {
            List<String> same = right.getOrDefault(a.nodes.get(c).kind(), List.of());
            if (!same.isEmpty()) {
                pair(c, same.remove(0), "no name and no flow on either side");
            }
        }
    }

    private static List<String> featureless(ModelView side) {
        List<String> out = new ArrayList<>();
        for (FlowNode n : side.nodes.values()) {
            if (!side.matched(n.id()) && !side.parts.contains(n.id()) && n.attachedToId() == null
                    && side.labels.get(n.id()).isEmpty() && side.graph.adjacent(n.id(), true).isEmpty()
                    && side.graph.adjacent(n.id(), false).isEmpty()) {
                out.add(n.id());
            }
        }
        return out;
    }

    private List<String> unmatchedNamed(ModelView side, Family family) {
        List<String> out = new ArrayList<>();
        for (FlowNode n : side.nodes.values()) {
            if (Family.of(n) == family && !side.matched(n.id()) && !side.parts.contains(n.id()) && !side.labels.get(n.id()).isEmpty()) {
                out.add(n.id());
            }
        }
        return out;
    }

    /** Unnamed or still unmatched nodes by their place in the flow: gateways, unnamed events, moved tasks. */
    private void matchByStructure() {
        // a task is what it does: its place alone never pairs it (below), so activities are no candidates here,
        // and a large model's many leftover steps would make the candidate lists quadratic
        List<String> unmatched = new ArrayList<>();
        for (FlowNode f : b.nodes.values()) {
            if (!b.matched(f.id()) && Family.of(f) != Family.ACTIVITY) {
                unmatched.add(f.id());
            }
        }
        Map<String, List<String>> byNeighbour = b.byNearestMatched(unmatched);
        List<Assignment.Edge<Void>> edges = new ArrayList<>();
        for (FlowNode c : a.nodes.values()) {
            if (a.matched(c.id()) || Family.of(c) == Family.ACTIVITY) {
                continue;
            }
            Set<String> candidates = new TreeSet<>();
            for (boolean forward : new boolean[] {true, false}) {
                for (String n : a.nearest(c.id(), forward)) {
                    candidates.addAll(byNeighbour.getOrDefault(a.partner.get(n), List.of()));
                }
            }
            for (String f : candidates) {
                FlowNode fn = b.nodes.get(f);
                if (Family.of(fn) != Family.of(c)) {
                    continue;
                }
                Label lc = a.labels.get(c.id());
                Label lf = b.labels.get(f);
                // a named event is what happens: its place alone does not pair it; a gateway is the decision at its
                // place, however its question is worded, once the flow agrees on both sides of it
                Scores.Context around = scores.context(c.id(), f);
                boolean decision = Family.of(c) == Family.GATEWAY && c.kind() == fn.kind()
                        && around.predecessorsMatching() > 0 && around.successorsMatching() > 0;
                if (Family.of(c) == Family.GATEWAY) {
                    // a gateway that only splits the flow is no gateway that only joins it, whatever their places
                    if (splitAgainstJoin(c.id(), f)) {
                        continue;
                    }
                    // two decisions with as many branches after corresponding steps: the steps on their branches
                    // are often drawn and named apart, so the flow before them must agree in full, not after them too
                    decision |= c.kind() == fn.kind() && sameSplit(c.id(), f) && around.predecessorsMatching() > 0
                            && around.predecessorsMatching() == around.predecessors()
                            && a.nearest(c.id(), false).size() == b.nearest(f, false).size();
                }
                // likewise the end of a branch after corresponding steps, between independently drawn models
                boolean ending = independent() && c.kind() == ElementKind.END_EVENT && fn.kind() == ElementKind.END_EVENT
                        && around.predecessors() == around.predecessorsMatching() && around.predecessorsMatching() > 0;
                decision |= ending;
                // an intermediate event between steps that correspond on both sides states the same outcome, however
                // worded (EPCs: "Data erased" ~ "Storage media sanitised"); placed once the steps and the events'
                // labels have had their say
                decision |= placeEvents && Runs.passedEvent(c) && Runs.passedEvent(fn) && around.predecessorsMatching() > 0
                        && around.predecessorsMatching() == around.predecessors()
                        && a.nearest(c.id(), false).size() == b.nearest(f, false).size() && around.successorsMatching() > 0;
                if (uniquePlacesOnly && Runs.passedEvent(c) && Runs.passedEvent(fn) && decision) {
                    eventPlaces.computeIfAbsent(c.id(), k -> new HashSet<>()).add(f);
                    eventPlaces.computeIfAbsent("\u0000" + f, k -> new HashSet<>()).add(c.id());
                }
                // nor does the place pair two events of opposite outcomes (see matchByLabel)
                if (!lc.isEmpty() && !lf.isEmpty() && (!decision || Family.of(c) == Family.EVENT && similarity.compare(lc, lf).opposed())) {
                    continue;
                }
                double label = lc.isEmpty() && lf.isEmpty() ? 1 : 0.5;
                double context = around.score();
                double score = 0.55 * context + 0.15 * Scores.typeAgreement(c, fn) + 0.15 * lanes.laneAgreement(c.id(), f) + 0.15 * label;
                if (around.predecessorsMatching() + around.successorsMatching() > 0 && score >= ACCEPT) {
                    // equal places are told apart by the order of the flow, never by the ids
                    edges.add(new Assignment.Edge<>(c.id(), f, score + scores.tieBreak(c.id(), f), null));
                }
            }
        }
        if (uniquePlacesOnly) {
            // an event placed by the flow alone pairs in this pass only when the place admits no other event
            // on either side
            edges.removeIf(e -> eventPlaces.containsKey(e.current())
                    && (eventPlaces.get(e.current()).size() > 1 || eventPlaces.getOrDefault("\u0000" + e.future(), Set.of()).size() > 1));
            eventPlaces.clear();
        }
        for (Assignment.Edge<Void> e : Assignment.solve(edges, a.rank::get, b.rank::get)) {
            pair(e.current(), e.future(), "position in the flow");
        }
    }

    /** Set for the structure pass before the events' last label pass: see {@link #matchByStructure()}. */
    private boolean uniquePlacesOnly;
    /** The intermediate events each event could be placed against in that pass (future ids after a NUL). */
    private final Map<String, Set<String>> eventPlaces = new HashMap<>();

    /** One gateway only splits the flow (one way in, several out), the other only joins it (several in, one out). */
    private boolean splitAgainstJoin(String c, String f) {
        boolean cSplit = splits(a, c);
        boolean fSplit = splits(b, f);
        return cSplit && joins(b, f) || joins(a, c) && fSplit;
    }

    /** Both gateways only split the flow, into as many branches. */
    private boolean sameSplit(String c, String f) {
        return splits(a, c) && splits(b, f) && a.graph.adjacent(c, true).size() == b.graph.adjacent(f, true).size();
    }

    private static boolean splits(ModelView side, String id) {
        return side.graph.adjacent(id, false).size() <= 1 && side.graph.adjacent(id, true).size() > 1;
    }

    private static boolean joins(ModelView side, String id) {
        return side.graph.adjacent(id, false).size() > 1 && side.graph.adjacent(id, true).size() <= 1;
    }

    /**
     * Between models drawn independently, an unmatched activity whose matched neighbours before and after
     * correspond to the neighbours of an unmatched activity on the other side fills the same gap in the
     * flow: a weakly related label suffices there. Not between a revision or a copy, where such a pair is
     * more likely a removed and an added step.
     */
    private void fillGaps() {
        if (!independent()) {
            return;
        }
        List<String> left = unmatchedNamed(a, Family.ACTIVITY);
        List<String> right = unmatchedNamed(b, Family.ACTIVITY);
        List<Assignment.Edge<Void>> edges = new ArrayList<>();
        Map<String, Integer> gapsA = new HashMap<>();
        Map<String, Integer> gapsB = new HashMap<>();
        List<Assignment.Edge<Void>> lone = new ArrayList<>();
        // only a leftover beside the counterpart of one of c's matched predecessors can fill c's gap: indexed by
        // their neighbours, a large model's leftovers are not compared pair by pair
        Map<String, List<String>> byNeighbour = b.byNearestMatched(right);
        Map<String, Integer> order = new HashMap<>();
        for (String f : right) {
            order.put(f, order.size());
        }
        for (String c : left) {
            Set<String> following = new HashSet<>();
            for (String p : a.nearest(c, false)) {
                following.addAll(byNeighbour.getOrDefault(a.partner.get(p), List.of()));
            }
            List<String> candidates = new ArrayList<>(following);
            candidates.sort(Comparator.comparing(order::get));
            for (String f : candidates) {
                if (handOffApart(c, f) || parties.apart(c, f)) {
                    continue;
                }
                Scores.Context around = scores.context(c, f);
                if (around.predecessorsMatching() == 0 || around.successorsMatching() == 0) {
                    continue;
                }
                gapsA.merge(c, 1, Integer::sum);
                gapsB.merge(f, 1, Integer::sum);
                // gaps are filled on the flow's evidence: in its order (a run of several pairs in order later)
                if (runs.outOfOrder(c, f)) {
                    continue;
                }
                double label = similarity.compare(a.labels.get(c), b.labels.get(f)).score();
                if (label >= GAP_LABEL) {
                    // equal scores go to the order of the flow, never to the ids (the assignment sorts by id)
                    edges.add(new Assignment.Edge<>(c, f, label + 0.5 * around.score() + scores.tieBreak(c, f), null));
                } else {
                    lone.add(new Assignment.Edge<>(c, f, label, null));
                }
            }
        }
        for (Assignment.Edge<Void> e : Assignment.solve(edges, a.rank::get, b.rank::get)) {
            pair(e.current(), e.future(), "fills the same gap in the flow");
        }
        for (Assignment.Edge<Void> e : lone) {
            if (gapsA.get(e.current()) == 1 && gapsB.get(e.future()) == 1 && !a.matched(e.current()) && !b.matched(e.future())) {
                pair(e.current(), e.future(), "the only step between the same neighbours on both sides");
            }
        }
    }

    /**
     * Between models drawn independently, a run of k unmatched steps in sequence between two matched
     * elements whose counterparts enclose a run of k unmatched steps too is the same work drawn step by
     * step: the i-th pairs with the i-th (processes keep their order whoever draws them). Only where the
     * runs are plain sequences on both sides and the counterpart run is the only one.
     */
    private void matchChains() {
        if (!independent()) {
            return;
        }
        List<String[]> pairs = new ArrayList<>();
        List<Runs.Counterparts> wholes = new ArrayList<>();
        for (String start : new ArrayList<>(a.partner.keySet())) {
            // the runs from this matched node, each walked once: how many end at the same node is asked below
            List<CurrentRun> fromStart = new ArrayList<>();
            Map<String, Integer> runsTo = new HashMap<>();
            for (String first : a.graph.adjacent(start, true)) {
                List<String> run = new ArrayList<>();
                runs.passedHandOff = false;
                String end = runs.run(a, start, first, run);
                if (end != null && !run.isEmpty()) {
                    fromStart.add(new CurrentRun(run, end, runs.passedHandOff));
                    runsTo.merge(end, 1, Integer::sum);
                }
            }
            for (CurrentRun current : fromStart) {
                List<String> run = current.steps();
                String end = current.end();
                runs.passedHandOff = current.passedHandOff();
                List<String> match = null;
                int found = 0;
                for (String other : b.graph.adjacent(a.partner.get(start), true)) {
                    List<String> candidate = new ArrayList<>();
                    String otherEnd = runs.run(b, a.partner.get(start), other, candidate);
                    if (otherEnd != null && otherEnd.equals(a.partner.get(end)) && !candidate.isEmpty()) {
                        match = candidate;
                        found++;
                    }
                }
                // the only run between these neighbours on both sides, whichever model is the current one
                if (found != 1 || runsTo.get(end) != 1) {
                    continue;
                }
                if (match.size() == run.size()) {
                    for (int i = 0; i < run.size(); i++) {
                        pairs.add(new String[] {run.get(i), match.get(i), (i + 1) + " of " + run.size()});
                    }
                } else if ((run.size() == 1 || match.size() == 1) && !runs.passedHandOff) {
                    // one step against several is a split only where the one side draws one step: a hand-off passed
                    // over is a step of its own (routing the case), which one of the several may be
                    wholes.add(new Runs.Counterparts(run, match));
                }
            }
        }
        // one step against several drawn with a branch between the same neighbours ("Determine whether the
        // applicant fulfils the admission requirements" ~ a branch for foreign diplomas and a grade check after it)
        runs.regionsAgainstOneStep(a, b, wholes, true);
        runs.regionsAgainstOneStep(b, a, wholes, false);
        for (String[] p : pairs) {
            if (!a.matched(p[0]) && !b.matched(p[1]) && !parties.apart(p[0], p[1])) {
                pair(p[0], p[1], "step " + p[2] + " between the same neighbours on both sides");
            }
        }
        for (Runs.Counterparts w : wholes) {
            splitRun(w.current(), w.future());
        }
    }

    /** A run of unmatched steps of the current model, the matched node it ends at, and whether it passed a hand-off. */
    private record CurrentRun(List<String> steps, String end, boolean passedHandOff) {
    }

    private static boolean anyMatched(ModelView side, List<String> ids) {
        for (String id : ids) {
            if (side.matched(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One step on one side and a run of several on the other, between the same neighbours: the step was
     * drawn in finer steps (or they were merged). The most similar part pairs one to one, the rest as parts.
     */
    private void splitRun(List<String> left, List<String> right) {
        if (anyMatched(a, left) || anyMatched(b, right)) {
            return;
        }
        boolean split = left.size() == 1;
        String whole = split ? left.get(0) : right.get(0);
        List<String> parts = split ? right : left;
        ModelView wholeSide = split ? a : b;
        ModelView partSide = split ? b : a;
        String best = null;
        double bestLabel = -1;
        for (String part : parts) {
            double label = similarity.compare(wholeSide.labels.get(whole), partSide.labels.get(part)).score();
            if (label > bestLabel) {
                best = part;
                bestLabel = label;
            }
        }
        String reason = "the only step between these neighbours, drawn as " + parts.size() + " steps on the other side";
        pair(split ? whole : best, split ? best : whole, reason);
        for (String part : parts) {
            if (!part.equals(best)) {
                String c = split ? whole : part;
                String f = split ? part : whole;
                double label = similarity.compare(a.labels.get(c), b.labels.get(f)).score();
                if (label < closest(partSide.labels.get(part), wholeSide) - PART_ELSEWHERE) {
                    continue;
                }
                List<String> reasons = List.of((split ? "split: '" : "merged: '") + wholeSide.labels.get(whole).text()
                        + "' is drawn as " + parts.size() + " steps", reason);
                extra.add(new Match(c, f, b.nodes.get(f).kind().xmlName(), Scores.round(0.5 * label + 0.5 * ACCEPT_LOW), reasons, false));
                partSide.parts.add(part);
            }
        }
    }

    /**
     * Between models drawn independently, two leftover activities that are each other's most similar
     * leftover and sit at about the same place along the process likely do the same step in other words.
     */
    private void matchMutualBest() {
        if (!independent()) {
            return;
        }
        List<String> left = unmatchedNamed(a, Family.ACTIVITY);
        List<String> right = unmatchedNamed(b, Family.ACTIVITY);
        // every leftover against every other, as the label passes do, up to the pairs they score exhaustively;
        // beyond, those sharing a word stem (two large models with little in common would otherwise compare
        // millions of pairs); what each side's leftovers hold is looked up once, not per pair
        Map<String, List<String>> shared = (long) left.size() * right.size() <= EXHAUSTIVE_PAIRS ? null
                : search.indexedCandidates(left, right);
        Map<String, Closest> closestOfA = new HashMap<>();
        Map<String, Closest> closestOfB = new HashMap<>();
        Map<String, Integer> rightIndex = new HashMap<>();
        Label[] rightLabels = new Label[right.size()];
        double[] rightPositions = new double[right.size()];
        Closest[] rightClosest = new Closest[right.size()];
        for (int j = 0; j < right.size(); j++) {
            rightIndex.put(right.get(j), j);
            rightLabels[j] = b.labels.get(right.get(j));
            rightPositions[j] = b.position.get(right.get(j));
            rightClosest[j] = new Closest();
            closestOfB.put(right.get(j), rightClosest[j]);
        }
        for (String c : left) {
            Closest mine = new Closest();
            closestOfA.put(c, mine);
            Label label = a.labels.get(c);
            double position = a.position.get(c);
            int[] others = shared == null ? null
                    : shared.getOrDefault(c, List.of()).stream().mapToInt(rightIndex::get).sorted().toArray();
            for (int k = 0; k < (others == null ? rightLabels.length : others.length); k++) {
                int j = others == null ? k : others[k];
                double score = similarity.compare(label, rightLabels[j]).score();
                double apart = Math.abs(position - rightPositions[j]);
                mine.offer(right.get(j), score, apart);
                rightClosest[j].offer(c, score, apart);
            }
        }
        // every pair is judged on the flow as it was before this pass: a pair made here must not decide another
        // by the order the ids happen to sort in
        List<String[]> made = new ArrayList<>();
        for (String c : left) {
            String f = closestOfA.get(c).closest;
            if (f == null || !c.equals(closestOfB.get(f).closest) || handOffApart(c, f) || parties.apart(c, f)) {
                continue;
            }
            double label = closestOfA.get(c).score;
            double apart = apart(a, c, b, f);
            // below MIN_LABEL the labels are no evidence on their own: being each other's closest is then chance
            // unless the flow agrees somewhere (models redrawn wholesale leave many leftovers, and among many
            // some pair up on a stray shared word: "Open customer e-mail" ~ "Open case with chat transcript")
            if (label < MIN_LABEL && !flowAgrees(c, f)) {
                continue;
            }
            if (label >= MUTUAL_LABEL && apart <= MUTUAL_APART) {
                made.add(new String[] {c, f, "each other's closest leftover, at the same stage of the process ("
                        + LabelSimilarity.twoDecimals(apart) + " apart)"});
            }
        }
        for (String[] p : made) {
            pair(p[0], p[1], p[2]);
        }
    }

    /**
     * A leftover's closest leftover on the other side so far: the most alike; equal labels go to the nearer stage
     * of the process, never to the ids; equal in both, neither is closest (null).
     */
    private static final class Closest {
        private String closest;
        private double score;
        private double apart;

        void offer(String other, double label, double otherApart) {
            if (label > score || label == score && label > 0 && otherApart < apart) {
                score = label;
                apart = otherApart;
                closest = other;
            } else if (label == score && label > 0 && otherApart == apart) {
                closest = null;
            }
        }
    }

    /**
     * Sub-processes still unpaired whose content went mostly to each other are one sub-process, whatever their
     * names: an event sub-process is often unnamed, and tools drop or reword a sub-process's name on export.
     */
    private boolean matchSubProcessesByContent() {
        Map<String, List<String>> contentA = subProcessContent(a);
        Map<String, List<String>> contentB = subProcessContent(b);
        if (contentA.isEmpty() || contentB.isEmpty()) {
            return false;
        }
        List<Assignment.Edge<Void>> edges = new ArrayList<>();
        for (Map.Entry<String, List<String>> c : contentA.entrySet()) {
            Map<String, Integer> shared = new TreeMap<>();
            for (String child : c.getValue()) {
                String partner = a.partner.get(child);
                FlowNode counterpart = partner == null ? null : b.nodes.get(partner);
                if (counterpart != null && contentB.containsKey(counterpart.parentId())) {
                    shared.merge(counterpart.parentId(), 1, Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> f : shared.entrySet()) {
                double overlap = (double) f.getValue() / Math.min(c.getValue().size(), contentB.get(f.getKey()).size());
                if (overlap >= 0.5) {
                    edges.add(new Assignment.Edge<>(c.getKey(), f.getKey(), overlap, null));
                }
            }
        }
        List<Assignment.Edge<Void>> pairs = Assignment.solve(edges, a.rank::get, b.rank::get);
        for (Assignment.Edge<Void> e : pairs) {
            pair(e.current(), e.future(), "content in common: " + LabelSimilarity.twoDecimals(e.score()) + " of the smaller");
        }
        return !pairs.isEmpty();
    }

    /**
     * Unless the models are revisions of one model, events still unpaired on corresponding activities are the
     * same interruption or deadline (tools add, drop or reword their names): paired by trigger, then by label.
     * In a revision another id on the same task is a removed and an added event.
     */
    private boolean matchAttachedEvents() {
        if (revision) {
            return false;
        }
        Map<String, List<FlowNode>> attachedB = new HashMap<>();
        for (FlowNode f : b.nodes.values()) {
            if (f.attachedToId() != null && !b.matched(f.id())) {
                attachedB.computeIfAbsent(f.attachedToId(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, Integer> attachedA = new HashMap<>();
        for (FlowNode c : a.nodes.values()) {
            if (c.attachedToId() != null && !a.matched(c.id())) {
                attachedA.merge(c.attachedToId(), 1, Integer::sum);
            }
        }
        List<Assignment.Edge<Void>> edges = new ArrayList<>();
        for (FlowNode c : a.nodes.values()) {
            String host = c.attachedToId() == null || a.matched(c.id()) ? null : a.partner.get(c.attachedToId());
            for (FlowNode f : host == null ? List.<FlowNode>of() : attachedB.getOrDefault(host, List.of())) {
                boolean sameTrigger = c.triggers().equals(f.triggers());
                boolean alone = attachedB.get(host).size() == 1 && attachedA.get(c.attachedToId()) == 1;
                if (!sameTrigger && !alone) {
                    continue;
                }
                Label lc = a.labels.get(c.id());
                Label lf = b.labels.get(f.id());
                double label = lc.isEmpty() || lf.isEmpty() ? 0 : similarity.compare(lc, lf).score();
                edges.add(new Assignment.Edge<>(c.id(), f.id(), 0.5 + (sameTrigger ? 0.25 : 0) + 0.25 * label, null));
            }
        }
        List<Assignment.Edge<Void>> pairs = Assignment.solve(edges, a.rank::get, b.rank::get);
        for (Assignment.Edge<Void> e : pairs) {
            pair(e.current(), e.future(), "attached to corresponding activities");
        }
        return !pairs.isEmpty();
    }

    /** The unpaired sub-processes of a side and the flow nodes directly inside each. */
    private static Map<String, List<String>> subProcessContent(ModelView side) {
        Map<String, List<String>> content = new TreeMap<>();
        for (FlowNode n : side.nodes.values()) {
            if (n.kind().isSubProcess() && !side.matched(n.id())) {
                content.put(n.id(), new ArrayList<>());
            }
        }
        if (!content.isEmpty()) {
            for (FlowNode n : side.nodes.values()) {
                List<String> inside = n.parentId() == null ? null : content.get(n.parentId());
                if (inside != null) {
                    inside.add(n.id());
                }
            }
            content.values().removeIf(List::isEmpty);
        }
        return content;
    }

    /**
     * Between models that share only some ids, an id a tool handed to another element of the same name is no
     * evidence (MIWG C.1.0: bpmn.io gave "StartEvent_1" to the other "Invoice received"): a same-id pair whose
     * flow agrees nowhere is swapped with a pair of the same label whose flow agrees crosswise.
     */
    private void uncrossSameIdPairs() {
        if (revision || !idsKept) {
            return;
        }
        List<String> sameId = new ArrayList<>();
        for (Map.Entry<String, String> p : a.partner.entrySet()) {
            if ("same id".equals(foundBy.get(p.getKey()))) {
                sameId.add(p.getKey());
            }
        }
        for (String c : sameId) {
            String f = a.partner.get(c);
            String key = a.labels.get(c).key();
            if (f == null || !"same id".equals(foundBy.get(c)) || key.isEmpty()) {
                continue;
            }
            Scores.Context around = scores.context(c, f);
            if (around.predecessorsMatching() + around.successorsMatching() > 0 || around.predecessors() + around.successors() == 0) {
                continue;
            }
            for (Map.Entry<String, String> other : new ArrayList<>(a.partner.entrySet())) {
                String c2 = other.getKey();
                String f2 = other.getValue();
                if (c2.equals(c) || !key.equals(a.labels.get(c2).key()) || !key.equals(b.labels.get(f2).key())) {
                    continue;
                }
                if (flowAgrees(c, f2) && flowAgrees(c2, f)) {
                    unpair(c, f);
                    unpair(c2, f2);
                    String how = "same label, and the flow agrees (the id went to the other element of that name)";
                    pair(c, f2, how);
                    pair(c2, f, how);
                    break;
                }
            }
        }
    }

    /** Whether a matched neighbour of one corresponds to a matched neighbour of the other. */
    private boolean flowAgrees(String c, String f) {
        Scores.Context around = scores.context(c, f);
        return around.predecessorsMatching() + around.successorsMatching() > 0;
    }

    /**
     * A task split in the future (or tasks merged) shows as an unmatched narrow task next to the
     * counterpart of a broader one whose label covers it.
     */
    private void matchSplitsAndMerges() {
        splitsOrMerges(b, a, true);
        splitsOrMerges(a, b, false);
    }

    /**
     * An unmatched activity next to (at most two steps from) an element whose counterpart's label covers
     * it is part of a split or merge. In a revision the new id says "added", so only a label that is
     * almost wholly covered counts; between independently drawn models a related label suffices. The part
     * must add something to its partner: words of the whole's label; or, between models drawn apart, a reading
     * of the whole as a sentence closer to both than to the partner alone; failing both, the other model has no
     * step of its own where the part is.
     */
    private void splitsOrMerges(ModelView loose, ModelView anchored, boolean split) {
        double needed = revision ? 0.8 : independent() ? SPLIT_LABEL : MIN_LABEL;
        for (FlowNode u : loose.nodes.values()) {
            Label lu = loose.labels.get(u.id());
            if (loose.matched(u.id()) || loose.parts.contains(u.id()) || Family.of(u) != Family.ACTIVITY || lu.isEmpty()) {
                continue;
            }
            String best = null;
            double bestScore = 0;
            String howItAdds = null;
            // how close the part's label comes to a step of the whole's model: asked once, for the first candidate
            double elsewhere = Double.NaN;
            // failing that, a whole whose side draws no step in the part's place
            String inEmptyPlace = null;
            double inEmptyPlaceScore = 0;
            Set<String> around = new TreeSet<>();
            around.addAll(loose.graph.within(u.id(), true, 2, loose.isMatched));
            around.addAll(loose.graph.within(u.id(), false, 2, loose.isMatched));
            for (String neighbour : around) {
                String whole = loose.partner.get(neighbour);
                FlowNode wn = anchored.nodes.get(whole);
                if (wn == null || Family.of(wn) != Family.ACTIVITY) {
                    continue;
                }
                // a hand-off is no part of a step's work (the sets are empty unless the models were drawn apart),
                // nor a party's step whose exchange its model draws at the office's end too
                if (loose.handOffs.contains(u.id()) && !anchored.handOffs.contains(whole)
                        || parties.apart(split ? whole : u.id(), split ? u.id() : whole)) {
                    continue;
                }
                // a step on one branch of a decision is no part of a step that runs on every path
                Optional<String> branchOf = independent() ? Decisions.decision(loose, u.id()) : Optional.empty();
                if (branchOf.isPresent() && !loose.matched(branchOf.get()) && Decisions.decision(anchored, whole).isEmpty()
                        && Decisions.decision(loose, neighbour).isEmpty()) {
                    continue;
                }
                // nor part of a step that answers a paired decision the other way ("Yes" against "No")
                if (independent() && decisions.crossesDecisions(split ? whole : u.id(), split ? u.id() : whole)) {
                    continue;
                }
                Label lw = anchored.labels.get(whole);
                double score = revision ? similarity.coverage(lu, lw) : similarity.compare(lu, lw).score();
                if (score < needed || score <= bestScore) {
                    continue;
                }
                if (independent() && Double.isNaN(elsewhere)) {
                    elsewhere = closest(lu, anchored);
                }
                if (independent() && score < elsewhere - PART_ELSEWHERE) {
                    continue;
                }
                // a part far from the whole along the processes needs labels that are evidence on their own
                if (independent() && score < MIN_LABEL && farApart(loose, u.id(), anchored, whole)) {
                    continue;
                }
                // the part must carry some of the whole's meaning that its current counterpart does not: in words,
                // or between models drawn apart, as a sentence
                Label partner = loose.labels.get(neighbour);
                boolean adds = similarity.gain(lw, partner, lu) >= (independent() ? SPLIT_GAIN : MIN_GAIN);
                double sentenceGain = adds || !independent() ? Double.NaN : similarity.sentenceGain(lw, partner, lu);
                if (!adds && !(sentenceGain >= SPLIT_SENTENCE_GAIN)) {
                    if (independent() && score > inEmptyPlaceScore && nothingInItsPlace(loose, anchored, u.id(), neighbour, whole)) {
                        inEmptyPlace = whole;
                        inEmptyPlaceScore = score;
                    }
                    continue;
                }
                best = whole;
                bestScore = score;
                howItAdds = adds ? null : "'" + lw.text() + "' reads closer to '" + partner.text() + "' and '"
                        + lu.text() + "' as sentences than to '" + partner.text() + "' alone: +"
                        + LabelSimilarity.twoDecimals(sentenceGain);
            }
            if (best == null && inEmptyPlace != null) {
                best = inEmptyPlace;
                bestScore = inEmptyPlaceScore;
                howItAdds = "the other model draws no step of its own in its place, beside '"
                        + anchored.labels.get(best).text() + "'";
            }
            if (best != null) {
                String c = split ? best : u.id();
                String f = split ? u.id() : best;
                List<String> reasons = new ArrayList<>();
                reasons.add((split ? "split" : "merged") + ": '" + anchored.labels.get(best).text() + "' relates to '"
                        + lu.text() + "' (" + LabelSimilarity.twoDecimals(bestScore) + ")");
                reasons.add("next to the counterpart of '" + anchored.labels.get(best).text() + "'");
                if (howItAdds != null) {
                    reasons.add(howItAdds);
                }
                FlowNode fn = b.nodes.get(f);
                extra.add(new Match(c, f, fn.kind().xmlName(), Scores.round(bestScore), reasons, false));
            }
        }
    }

    /**
     * The highest label similarity of {@code label} to a step of {@code side}, where every pair of the two models'
     * elements may be scored ({@link #EXHAUSTIVE_PAIRS}); 0 beyond, where no pair is ruled out by it.
     */
    private double closest(Label label, ModelView side) {
        if ((long) a.nodes.size() * b.nodes.size() > EXHAUSTIVE_PAIRS) {
            return 0;
        }
        ModelView partSide = side == a ? b : a;
        double closest = 0;
        for (FlowNode n : side.nodes.values()) {
            Label other = side.labels.get(n.id());
            if (Family.of(n) != Family.ACTIVITY || other.isEmpty()) {
                continue;
            }
            double score = similarity.compare(label, other).score();
            // a step paired with one that reads closer to it still is that step's counterpart, not the part's
            String partner = side.partner.get(n.id());
            if (score > closest && (partner == null
                    || similarity.compare(partSide.labels.get(partner), other).score() < score)) {
                closest = score;
            }
        }
        return closest;
    }

    /**
     * Whether the step {@code part}, beside {@code neighbour} whose counterpart is {@code whole}, has no place of its
     * own on the other side: walking on from the part away from the neighbour reaches a matched element whose
     * counterpart comes right after (or before) the whole, with no unmatched step between them there.
     */
    private static boolean nothingInItsPlace(ModelView loose, ModelView anchored, String part, String neighbour, String whole) {
        boolean forward = loose.graph.within(part, false, 2, loose.isMatched).contains(neighbour);
        Set<String> beyond = loose.graph.nearest(part, forward, loose.isMatched);
        Set<String> next = anchored.graph.nearest(whole, forward,
                id -> anchored.matched(id) || anchored.nodes.containsKey(id) && Family.of(anchored.nodes.get(id)) == Family.ACTIVITY);
        return !next.isEmpty() && next.stream().allMatch(anchored::matched)
                && beyond.stream().anyMatch(m -> next.contains(loose.partner.get(m)));
    }

    // ---- the run's state and its pairs -----------------------------------------------------------

    /** Models drawn independently: little paired by id or equal label; see {@link #acceptance()}. */
    private boolean independent() {
        return !revision && literalShare <= GAP_SHARE;
    }

    private void unpairAll(List<String> currentIds) {
        for (String c : currentIds) {
            unpair(c, a.partner.get(c));
        }
    }

    private void unpair(String c, String f) {
        a.unpair(c);
        b.unpair(f);
    }

    private void pair(String c, String f, String how) {
        a.pair(c, f);
        b.pair(f, c);
        if (how != null) {
            foundBy.put(c, how);
        }
    }
}
