package com.gapwise.matching;

import com.gapwise.diff.FlowGraph;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One model as the matcher reads it. */
final class ModelView {
    final ProcessModel model;
    /** The flow nodes in the order of the document: never the ids' order, which says nothing (see {@link Assignment}). */
    final Map<String, FlowNode> nodes = new LinkedHashMap<>();
    /** Each node's place in the document. */
    final Map<String, Integer> rank;
    final Map<String, Label> labels = new HashMap<>();
    final Map<String, String> laneNames = new HashMap<>();
    final FlowGraph graph;
    final Map<String, String> partner = new HashMap<>();

    ModelView(ProcessModel model, LabelAnalyzer analyzer) {
        this.model = model;
        for (FlowNode n : model.nodes()) {
            nodes.put(n.id(), n);
        }
        rank = Assignment.ranks(model.nodes(), FlowNode::id);
        Map<String, Lane> lanes = model.lanesById();
        for (FlowNode n : nodes.values()) {
            labels.put(n.id(), analyzer.analyze(n.name()));
            Lane lane = n.laneId() == null ? null : lanes.get(n.laneId());
            if (lane != null) {
                laneNames.put(n.id(), lane.name());
            }
        }
        graph = FlowGraph.of(model);
        locate();
    }

    /**
     * Activities that pass the case to another lane of the same model by name ("Send documents to selection
     * committee" in the Admissions Office lane, followed by the Selection Committee's work): a hand-off moves
     * the case and does no work of its own. Found between models drawn apart only (empty in a revision).
     */
    final Set<String> handOffs = new HashSet<>();

    /**
     * The hand-offs that name the receiving lane by its head noun only ("Forward to committee" into the
     * lane "Admissions Committee"): a step of two words or more, naming no second act ("Categorise and
     * assign to handler" does work of its own), that flows straight into an activity of a lane of two
     * words or more whose last word it holds. The weaker reading: such a step pairs with nothing in the
     * passes by similarity, not even with another hand-off.
     */
    final Set<String> handOffsByHead = new HashSet<>();

    /**
     * Reads the act of nominalised activity labels where it stands ("Depreciation recalculation", "Asset
     * retirement posting in the sending company code", "Physical relocation of the asset"): when the
     * leading phrase (the words before the first stop word) has two words or more and ends with a noun that
     * names an act, that noun is the act. A verb-object label leads with its act ("Review loan
     * application"), so the re-reading needs the first word not to be a verb as written (nor a short form of a
     * verb the models spell out: "Chk. trng. contract" checks the contract), or, in a model labelled in
     * nominalised style throughout, holds anyway ("Transfer request creation").
     */
    void readActs(Lexicon lexicon, LabelSimilarity similarity) {
        int named = 0;
        int nominal = 0;
        for (FlowNode n : nodes.values()) {
            Label label = labels.get(n.id());
            if (Family.of(n) == Family.ACTIVITY && !label.isEmpty()) {
                named++;
                nominal += leadsWithVerb(label.tokens().get(0), lexicon, similarity) ? 0 : 1;
            }
        }
        // a model labelled with nouns throughout: half its steps or more lead with a word that is no verb as written
        boolean nominalStyle = nominal * 2 >= named && named > 0;
        for (FlowNode n : nodes.values()) {
            Label label = labels.get(n.id());
            if (Family.of(n) != Family.ACTIVITY || label.leading() < 2) {
                continue;
            }
            Label.Token first = label.tokens().get(0);
            Label.Token last = label.tokens().get(label.leading() - 1);
            if (first.acronym() || last.acronym() || last.isNumber() || last.word().length() <= 2) {
                continue;
            }
            if ((nominalStyle || !leadsWithVerb(first, lexicon, similarity)) && lexicon.actNoun(last.word())) {
                labels.put(n.id(), label.withAct(label.leading() - 1));
            }
        }
    }

    /** A verb as written, or a short form of one that the models spell out ("Chk." where "check" is written). */
    private static boolean leadsWithVerb(Label.Token first, Lexicon lexicon, LabelSimilarity similarity) {
        if (lexicon.verbForm(first.word())) {
            return true;
        }
        String spelledOut = similarity.spelledOut(first);
        return spelledOut != null && lexicon.verbForm(spelledOut);
    }

    /**
     * Reads a second act where a step names two coordinated ones: "and", then a word that is a verb as
     * written, then an article or determiner ("... and rank the candidates", "Administer and grade the
     * examination"). A coarse step drawn against several fine ones does each of its acts; read as a thing,
     * the second act would relate to a fine step's act only as a form of one word. Only in labels that lead
     * with a verb, and only before a determiner: in "Check portfolio and grades" the word after "and" is a
     * thing.
     */
    void readSecondActs(Lexicon lexicon) {
        for (FlowNode n : nodes.values()) {
            Label label = labels.get(n.id());
            if (Family.of(n) != Family.ACTIVITY || label.tokens().size() < 3 || label.tokens().get(0).nominal()
                    || !lexicon.verbForm(label.tokens().get(0).word())) {
                continue;
            }
            Matcher coordinated = COORDINATED_ACT.matcher(label.text());
            while (coordinated.find()) {
                String word = coordinated.group(1).toLowerCase(Locale.ROOT);
                for (int i = 1; i < label.tokens().size(); i++) {
                    Label.Token t = label.tokens().get(i);
                    if (t.word().equals(word) && !t.head() && !t.acronym() && lexicon.verbForm(word)) {
                        label = label.withSecondAct(i);
                        break;
                    }
                }
            }
            labels.put(n.id(), label);
        }
    }

    /** "and", a word, an article or determiner: where a label coordinates a second act with its first. */
    private static final Pattern COORDINATED_ACT = Pattern.compile(
            "(?i)\\band\\s+([a-z]{3,})\\s+(?:the|a|an|its|their|his|her|all|each|every)\\b");

    /** Sequence-flow names by source and target (the first flow drawn between them); built when first asked. */
    private Map<String, String> flowNames;

    /** The name of the sequence flow from one node to another, "" when unnamed or not there. */
    String flowName(String source, String target) {
        if (flowNames == null) {
            flowNames = new HashMap<>();
            for (SequenceFlow flow : model.sequenceFlows()) {
                flowNames.putIfAbsent(flow.sourceId() + '\u0000' + flow.targetId(), flow.name());
            }
        }
        return flowNames.getOrDefault(source + '\u0000' + target, "");
    }

    /** A second act named in a label: coordinated work ("Categorise and assign", "Print, sign"). */
    private static final Pattern SECOND_ACT = Pattern.compile("(?i)\\band\\b|&|\\+|,|;");

    void findHandOffs(LabelAnalyzer analyzer) {
        Map<String, Lane> lanes = model.lanesById();
        for (FlowNode n : nodes.values()) {
            if (Family.of(n) != Family.ACTIVITY || n.laneId() == null) {
                continue;
            }
            Label label = labels.get(n.id());
            for (String next : graph.adjacent(n.id(), true)) {
                FlowNode m = nodes.get(next);
                if (m == null || m.laneId() == null || m.laneId().equals(n.laneId()) || lanes.get(m.laneId()) == null) {
                    continue;
                }
                Label lane = analyzer.analyze(lanes.get(m.laneId()).name());
                Set<String> laneStems = lane.stems();
                if (!laneStems.isEmpty() && label.tokens().size() > laneStems.size() && label.stems().containsAll(laneStems)) {
                    handOffs.add(n.id());
                } else if (lane.tokens().size() >= 2 && label.tokens().size() >= 2 && Family.of(m) == Family.ACTIVITY
                        && !SECOND_ACT.matcher(label.text()).find()) {
                    String head = lane.tokens().get(lane.tokens().size() - 1).stem();
                    if (!label.tokens().get(0).stem().equals(head) && label.hasStem(head)) {
                        handOffs.add(n.id());
                        handOffsByHead.add(n.id());
                    }
                }
            }
        }
    }

    /** Where each node sits along its process, 0 at the start, 1 at the end; see {@link #locate()}. */
    final Map<String, Double> position = new HashMap<>();

    /**
     * Relative position along the flow: breadth-first steps from the nodes nothing leads to, scaled to
     * [0, 1] within the node's process or sub-process; a sub-process's content sits within the
     * sub-process's own step. Two drawings of one process keep their steps roughly in order.
     */
    private void locate() {
        Map<String, Integer> steps = graph.stepsFromStarts();
        Map<String, Integer> longest = new HashMap<>();
        for (FlowNode n : nodes.values()) {
            longest.merge(scope(n), steps.getOrDefault(n.id(), 0), Math::max);
        }
        for (FlowNode n : nodes.values()) {
            position(n, steps, longest);
        }
    }

    private double position(FlowNode n, Map<String, Integer> steps, Map<String, Integer> longest) {
        Double known = position.get(n.id());
        if (known != null) {
            return known;
        }
        int span = Math.max(1, longest.get(scope(n)));
        double own = (double) steps.getOrDefault(n.id(), 0) / span;
        FlowNode parent = n.parentId() == null ? null : nodes.get(n.parentId());
        double at = own;
        if (parent != null) {
            position.put(n.id(), 0.0); // guards against a cyclic nesting in a broken file
            at = position(parent, steps, longest) + own / (Math.max(1, longest.get(scope(parent))) + 1);
        }
        position.put(n.id(), at);
        return at;
    }

    /** The scope key of each process, made once: thousands of nodes share a few processes. */
    private final Map<String, String> processScopes = new HashMap<>();

    /** The node's sub-process, else its process (a key apart from any node id). */
    private String scope(FlowNode n) {
        return n.parentId() != null ? n.parentId() : processScopes.computeIfAbsent(n.processId(), p -> "process " + p);
    }

    boolean matched(String id) {
        return partner.containsKey(id);
    }

    /** The decision whose branch each element is on (the flow alone says it); see {@link Decisions#decision}. */
    final Map<String, Optional<String>> decisions = new HashMap<>();

    /** The decisions and answers that lead to each element; see {@link Decisions#answers}. */
    final Map<String, Map<String, String>> answers = new HashMap<>();

    /** Parts of a split or merge, paired with a whole that has its own one-to-one partner. */
    final Set<String> parts = new HashSet<>();

    /** {@link #matched} as the flow graph's walks take it. */
    final Predicate<String> isMatched = this::matched;

    /** Nearest matched neighbours; cached until the next pair is made. */
    Set<String> nearest(String id, boolean forward) {
        // no capturing lambda: this runs several times per element pair, and most of a one-shot run is cold code
        Map<String, Set<String>> cache = forward ? nearestAfter : nearestBefore;
        Set<String> found = cache.get(id);
        if (found == null) {
            found = graph.nearest(id, forward, isMatched, forward ? reachAfter : reachBefore);
            cache.put(id, found);
        }
        return found;
    }

    /**
     * The given nodes by each of their nearest matched neighbours, before and after them: which nodes stand next to
     * a matched node, so that a pass finds the nodes beside a counterpart without comparing every pair.
     */
    Map<String, List<String>> byNearestMatched(Iterable<String> ids) {
        Map<String, List<String>> index = new HashMap<>();
        for (String id : ids) {
            for (boolean forward : new boolean[] {true, false}) {
                for (String n : nearest(id, forward)) {
                    index.computeIfAbsent(n, k -> new ArrayList<>()).add(id);
                }
            }
        }
        return index;
    }

    private final Map<String, Set<String>> nearestBefore = new HashMap<>();
    private final Map<String, Set<String>> nearestAfter = new HashMap<>();
    /** What each unmatched node reaches along the flow: shared by the walks of {@link #nearest}. */
    private final Map<String, Set<String>> reachBefore = new HashMap<>();
    private final Map<String, Set<String>> reachAfter = new HashMap<>();

    void unpair(String id) {
        partner.remove(id);
        forgetWalks();
    }

    void pair(String id, String other) {
        partner.put(id, other);
        forgetWalks();
    }

    private void forgetWalks() {
        nearestBefore.clear();
        nearestAfter.clear();
        reachBefore.clear();
        reachAfter.clear();
    }
}
