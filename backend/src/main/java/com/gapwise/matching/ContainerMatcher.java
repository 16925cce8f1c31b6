package com.gapwise.matching;

import com.gapwise.diff.Match;
import com.gapwise.metrics.Actor;
import com.gapwise.metrics.LaneClassifier;
import com.gapwise.model.DataAssociation;
import com.gapwise.model.DataElement;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.MessageFlow;
import com.gapwise.model.Pool;
import com.gapwise.model.ProcessModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Pairs lanes, pools and data elements once the flow nodes are paired: by id where the name still
 * agrees, else by name and by how many of their nodes went to the same counterpart.
 */
final class ContainerMatcher {

    private final ProcessModel current;
    private final ProcessModel future;
    private final Map<String, String> nodePartner;
    private final LabelSimilarity similarity;
    private final LabelAnalyzer analyzer;
    private final boolean idsKept;

    /**
     * @param idsKept whether one model was made by editing the other (see {@link MatchRun}): only then is a shared
     *                id evidence; between models drawn apart it is a coincidence of numbering
     */
    ContainerMatcher(ProcessModel current, ProcessModel future, Map<String, String> nodePartner,
                     LabelSimilarity similarity, LabelAnalyzer analyzer, boolean idsKept) {
        this.current = current;
        this.future = future;
        this.nodePartner = nodePartner;
        this.similarity = similarity;
        this.analyzer = analyzer;
        this.idsKept = idsKept;
    }

    List<Match> match() {
        List<Match> out = new ArrayList<>();
        out.addAll(lanes());
        Map<String, Set<String>> currentPoolMembers = poolMembers(current);
        Map<String, Set<String>> futurePoolMembers = poolMembers(future);
        List<Match> pools = pairUp(current.pools(), future.pools(), Pool::id, Pool::name, currentPoolMembers,
                futurePoolMembers, currentPoolMembers, futurePoolMembers, (c, f) -> true, p -> "participant", true);
        out.addAll(pools);
        out.addAll(outsideParties(pools, messageSteps(current), messageSteps(future)));
        // data as things (a store, a document), not as their drawings: see ProcessModel.dataEntities
        Map<DataElement, String> dataNames = new IdentityHashMap<>();
        DataThings currentData = new DataThings(current, dataNames);
        DataThings futureData = new DataThings(future, dataNames);
        out.addAll(pairUp(currentData.stores, futureData.stores, DataElement::id, dataNames::get, currentData.users,
                futureData.users, currentData.users, futureData.users, (c, f) -> true, d -> d.kind().xmlName(), false));
        out.addAll(pairUp(currentData.documents, futureData.documents, DataElement::id, dataNames::get,
                currentData.users, futureData.users, currentData.users, futureData.users, (c, f) -> true,
                d -> d.kind().xmlName(), false));
        return out;
    }

    /**
     * Lanes pair only where the same kind of actor does their work (people, software, the customer: {@link Actor}
     * by the lane vocabulary's reading of their names): a role whose work a system or the customer took over was not
     * renamed, it was retired, and its tasks moved lane ("Dispatcher" and "Scheduling Engine", "Call Centre Agent"
     * and "Customer"). So too a lane's work counts only where it stayed with that kind of actor: the agent's lane of a
     * desk whose chatbot and CRM took over most of its work is still the lane of the agents who do the rest. A lane
     * an edit kept under its id stays that lane whatever its new name says.
     */
    private List<Match> lanes() {
        Map<String, Actor> currentActors = actors(current);
        Map<String, Actor> futureActors = actors(future);
        Map<String, Set<String>> currentMembers = members(current, FlowNode::laneId);
        Map<String, Set<String>> futureMembers = members(future, FlowNode::laneId);
        Map<String, FlowNode> currentNodes = current.nodesById();
        Map<String, FlowNode> futureNodes = future.nodesById();
        Map<String, Set<String>> currentWork = new HashMap<>();
        Map<String, Set<String>> futureWork = new HashMap<>();
        nodePartner.forEach((c, f) -> {
            FlowNode currentNode = currentNodes.get(c);
            FlowNode futureNode = futureNodes.get(f);
            if (currentNode == null || futureNode == null) {
                return;
            }
            String currentLane = currentNode.laneId();
            String futureLane = futureNode.laneId();
            if (sameActor(currentActors.get(currentLane), futureActors.get(futureLane))) {
                if (currentLane != null) {
                    currentWork.computeIfAbsent(currentLane, k -> new HashSet<>()).add(c);
                }
                if (futureLane != null) {
                    futureWork.computeIfAbsent(futureLane, k -> new HashSet<>()).add(f);
                }
            }
        });
        return pairUp(current.lanes(), future.lanes(), Lane::id, Lane::name, currentWork, futureWork, currentMembers,
                futureMembers, (c, f) -> sameActor(currentActors.get(c.id()), futureActors.get(f.id())), l -> "lane",
                true);
    }

    /** The actor of each named lane; a lane without a name says nothing of it. */
    private static Map<String, Actor> actors(ProcessModel model) {
        Map<String, Actor> out = new HashMap<>();
        for (Lane lane : model.lanes()) {
            if (!lane.name().isBlank()) {
                out.put(lane.id(), LANE_VOCABULARY.actorOf(lane.name()));
            }
        }
        return out;
    }

    private static final LaneClassifier LANE_VOCABULARY = LaneClassifier.withoutOverrides();

    /** Whether two lanes' actors may be one: the same, or either not known. */
    private static boolean sameActor(Actor a, Actor b) {
        return a == null || b == null || a == b;
    }

    /** A model's data entities and the flow nodes that read or write them (through any of their drawings). */
    private static final class DataThings {
        final List<DataElement> stores = new ArrayList<>();
        final List<DataElement> documents = new ArrayList<>();
        final Map<String, Set<String>> users = new HashMap<>();

        /** @param names receives each entity's name: its own, else the first name its drawings carry (in id order) */
        DataThings(ProcessModel model, Map<DataElement, String> names) {
            Map<String, String> entities = model.dataEntities();
            Map<String, String> drawnNames = new TreeMap<>();
            for (DataElement d : model.data()) {
                String entity = entities.get(d.id());
                if (entity.equals(d.id())) {
                    (d.kind().isStore() ? stores : documents).add(d);
                } else if (!d.name().isBlank()) {
                    drawnNames.merge(entity, d.id() + '\u0000' + d.name(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
            for (DataElement entity : stores) {
                names.put(entity, nameOf(entity, drawnNames));
            }
            for (DataElement entity : documents) {
                names.put(entity, nameOf(entity, drawnNames));
            }
            for (DataAssociation association : model.dataAssociations()) {
                String entity = entities.get(association.dataId());
                if (entity != null) {
                    users.computeIfAbsent(entity, k -> new HashSet<>()).add(association.nodeId());
                }
            }
        }

        private static String nameOf(DataElement entity, Map<String, String> drawnNames) {
            String drawn = drawnNames.get(entity.id());
            return !entity.name().isBlank() || drawn == null ? entity.name() : drawn.substring(drawn.indexOf('\u0000') + 1);
        }
    }

    private static Map<String, Set<String>> members(ProcessModel model, Function<FlowNode, String> container) {
        Map<String, Set<String>> out = new HashMap<>();
        for (FlowNode n : model.nodes()) {
            String key = container.apply(n);
            if (key != null) {
                out.computeIfAbsent(key, k -> new HashSet<>()).add(n.id());
            }
        }
        return out;
    }

    private static Map<String, Set<String>> poolMembers(ProcessModel model) {
        Map<String, Set<String>> byProcess = members(model, FlowNode::processId);
        Map<String, Set<String>> out = new HashMap<>();
        for (Pool pool : model.pools()) {
            if (pool.processId() != null) {
                out.put(pool.id(), byProcess.getOrDefault(pool.processId(), Set.of()));
            }
        }
        return out;
    }

    /** By black-box pool, the flow nodes it exchanges messages with. */
    private static Map<String, Set<String>> messageSteps(ProcessModel model) {
        Set<String> blackBoxes = new HashSet<>();
        model.pools().stream().filter(Pool::isBlackBox).forEach(p -> blackBoxes.add(p.id()));
        if (blackBoxes.isEmpty() || model.messageFlows().isEmpty()) {
            return Map.of();
        }
        Set<String> nodes = model.nodesById().keySet();
        Map<String, Set<String>> out = new HashMap<>();
        for (MessageFlow message : model.messageFlows()) {
            if (blackBoxes.contains(message.sourceId()) && nodes.contains(message.targetId())) {
                out.computeIfAbsent(message.sourceId(), k -> new HashSet<>()).add(message.targetId());
            }
            if (blackBoxes.contains(message.targetId()) && nodes.contains(message.sourceId())) {
                out.computeIfAbsent(message.targetId(), k -> new HashSet<>()).add(message.sourceId());
            }
        }
        return out;
    }

    /**
     * Outside parties drawn as black boxes under other names ("Complainant" and "Customer") that the names did not
     * pair: one of each side that exchange messages with corresponding steps, where neither does so with another
     * such party. A black box exchanges a few messages only, too few to pair by share of work.
     */
    private List<Match> outsideParties(List<Match> paired, Map<String, Set<String>> currentMembers,
                                       Map<String, Set<String>> futureMembers) {
        Set<String> pairedCurrent = new HashSet<>();
        Set<String> pairedFuture = new HashSet<>();
        paired.forEach(m -> {
            pairedCurrent.add(m.current());
            pairedFuture.add(m.future());
        });
        Map<String, Set<String>> candidates = new TreeMap<>();
        Map<String, Set<String>> candidatesOfFuture = new HashMap<>();
        Map<String, Integer> sharedSteps = new HashMap<>();
        for (Pool c : current.pools()) {
            if (!c.isBlackBox() || pairedCurrent.contains(c.id())) {
                continue;
            }
            for (Pool f : future.pools()) {
                if (!f.isBlackBox() || pairedFuture.contains(f.id())) {
                    continue;
                }
                Set<String> theirs = futureMembers.getOrDefault(f.id(), Set.of());
                int shared = 0;
                for (String step : currentMembers.getOrDefault(c.id(), Set.of())) {
                    shared += theirs.contains(nodePartner.get(step)) ? 1 : 0;
                }
                if (shared > 0) {
                    candidates.computeIfAbsent(c.id(), k -> new TreeSet<>()).add(f.id());
                    candidatesOfFuture.computeIfAbsent(f.id(), k -> new HashSet<>()).add(c.id());
                    sharedSteps.put(c.id() + '\u0000' + f.id(), shared);
                }
            }
        }
        List<Match> out = new ArrayList<>();
        candidates.forEach((c, futures) -> {
            String f = futures.iterator().next();
            if (futures.size() == 1 && candidatesOfFuture.get(f).size() == 1) {
                int shared = sharedSteps.get(c + '\u0000' + f);
                out.add(new Match(c, f, "participant", OUTSIDE_PARTY, List.of("the only outside party on each side "
                        + "that exchanges messages with corresponding steps (" + shared + ")"), false));
            }
        });
        return out;
    }

    /** The score of two outside parties paired by the steps they exchange messages with. */
    private static final double OUTSIDE_PARTY = 0.5;

    /**
     * @param leftWork  by container id, its elements whose pairing counts as evidence of where its work went
     * @param leftMembers by container id, all its elements
     * @param mayPair   whether two containers may be one at all
     */
    private <T> List<Match> pairUp(List<T> left, List<T> right, Function<T, String> id, Function<T, String> name,
                                   Map<String, Set<String>> leftWork, Map<String, Set<String>> rightWork,
                                   Map<String, Set<String>> leftMembers, Map<String, Set<String>> rightMembers,
                                   BiPredicate<T, T> mayPair, Function<T, String> type, boolean workDecides) {
        List<Assignment.Edge<List<String>>> edges = new ArrayList<>();
        // when the two models name none of these alike, they were drawn independently: roles are renamed, not
        // retired and created, and their work says which is which; otherwise an unknown name is a new one
        // (no name is no name alike: an unnamed lane on each side says nothing of the named ones)
        Set<String> leftKeys = new HashSet<>();
        left.forEach(c -> leftKeys.add(analyzer.analyze(name.apply(c)).key()));
        leftKeys.remove("");
        boolean renamesLikely = right.stream().noneMatch(f -> leftKeys.contains(analyzer.analyze(name.apply(f)).key()));
        for (T c : left) {
            for (T f : right) {
                Label lc = analyzer.analyze(name.apply(c));
                Label lf = analyzer.analyze(name.apply(f));
                boolean sameId = idsKept && id.apply(c).equals(id.apply(f));
                // an element an edit kept under a new name is that element renamed, whatever the name now says
                if (!sameId && !mayPair.test(c, f) && !lc.key().equals(lf.key())) {
                    continue;
                }
                LabelSimilarity.Result names = lc.isEmpty() && lf.isEmpty()
                        ? new LabelSimilarity.Result(0, List.of()) : similarity.compare(lc, lf);
                Set<String> mc = leftWork.getOrDefault(id.apply(c), Set.of());
                Set<String> mf = rightWork.getOrDefault(id.apply(f), Set.of());
                int shared = 0;
                Set<String> partners = new HashSet<>();
                for (String member : mc) {
                    String partner = nodePartner.get(member);
                    if (partner != null && mf.contains(partner)) {
                        shared++;
                        partners.add(partner);
                    }
                }
                // how much of each side's work the other holds, together: a lane that took two steps of another's
                // sixteen is not that lane, however wholly its own work came from there
                double overlap = mc.isEmpty() || mf.isEmpty() ? 0
                        : Math.sqrt((double) shared / mc.size() * partners.size() / mf.size());
                List<String> reasons = new ArrayList<>();
                double score;
                if (sameId && (names.score() >= MatchRun.ACCEPT || overlap >= MatchRun.ACCEPT || lc.isEmpty() && lf.isEmpty())) {
                    reasons.add("same id");
                    score = 0.5 + 0.5 * Math.max(names.score(), overlap);
                } else if (!workDecides) {
                    // a store or document is what its name says (a spreadsheet replaced by a CRM is a new system of
                    // record, however much of the same work uses it); the work only tells equal names apart, and
                    // says which is which where neither side gives a name
                    if (lc.isEmpty() && lf.isEmpty() && overlap >= 0.5) {
                        score = 0.2 + 0.5 * overlap;
                    } else if (names.score() < MatchRun.MIN_LABEL || 0.9 * names.score() < MatchRun.ACCEPT) {
                        continue;
                    } else {
                        score = 0.9 * names.score() + 0.05 * overlap;
                    }
                } else {
                    // one element in common is no evidence where both sides hold more: the rest of the work went
                    // elsewhere or is new ("Department Manager" and "Resolution Team" share one step); it is where one
                    // lane holds that step alone and it is all the other lane's paired work ("IT" ~ "Service desk")
                    int leftSize = leftMembers.getOrDefault(id.apply(c), Set.of()).size();
                    int rightSize = rightMembers.getOrDefault(id.apply(f), Set.of()).size();
                    boolean sameWork = shared >= 2 || shared == 1 && (leftSize == 1 && mf.size() == 1
                            || rightSize == 1 && mc.size() == 1);
                    double work = sameWork ? overlap : 0;
                    // below any same-id pair with agreeing names: equal names repeat ("Data Object"), ids do not
                    score = 0.9 * (mc.isEmpty() && mf.isEmpty() ? names.score() : 0.6 * names.score() + 0.4 * work);
                    // a renamed role: most of each lane's paired work is in the other ("Contact Centre Agent" ~
                    // "Service Agent", "Frontline Agent" ~ "Customer Service"); so too a pool or lane without a
                    // name on either side (a tool dropped it on export, or none was given)
                    if ((renamesLikely || lc.isEmpty() || lf.isEmpty()) && work >= 0.5) {
                        score = Math.max(score, 0.2 + 0.5 * work);
                    }
                    if (names.score() < MatchRun.MIN_LABEL && work < MatchRun.ACCEPT || score < MatchRun.ACCEPT) {
                        continue;
                    }
                }
                reasons.addAll(names.reasons());
                if (shared > 0) {
                    reasons.add("elements in common: " + shared + " of " + mc.size()
                            + (partners.size() == shared && mf.size() == mc.size() ? "" : ", " + partners.size() + " of " + mf.size()));
                }
                edges.add(new Assignment.Edge<>(id.apply(c), id.apply(f), score, reasons));
            }
        }
        Map<String, T> rightById = new HashMap<>();
        right.forEach(f -> rightById.put(id.apply(f), f));
        List<Match> out = new ArrayList<>();
        Map<String, Integer> leftRank = Assignment.ranks(left, id);
        Map<String, Integer> rightRank = Assignment.ranks(right, id);
        Set<String> pairedLeft = new HashSet<>();
        Set<String> pairedRight = new HashSet<>();
        for (Assignment.Edge<List<String>> e : Assignment.solve(edges, leftRank::get, rightRank::get)) {
            out.add(new Match(e.current(), e.future(), type.apply(rightById.get(e.future())), Scores.round(e.score()),
                    e.payload(), false));
            pairedLeft.add(e.current());
            pairedRight.add(e.future());
        }
        // what has neither a name nor an element on either side (a tool's empty, unnamed pool) cannot be told apart
        // and would be listed as removed and added: such leftovers pair in document order
        List<T> featurelessLeft = featureless(left, id, name, leftMembers, pairedLeft);
        List<T> featurelessRight = featureless(right, id, name, rightMembers, pairedRight);
        for (int i = 0; i < Math.min(featurelessLeft.size(), featurelessRight.size()); i++) {
            T f = featurelessRight.get(i);
            out.add(new Match(id.apply(featurelessLeft.get(i)), id.apply(f), type.apply(f), FEATURELESS,
                    List.of("no name and no elements on either side"), false));
        }
        return out;
    }

    /** The score of a pair of containers with neither a name nor an element. */
    private static final double FEATURELESS = 0.5;

    private <T> List<T> featureless(List<T> containers, Function<T, String> id, Function<T, String> name,
                                    Map<String, Set<String>> members, Set<String> paired) {
        List<T> out = new ArrayList<>();
        for (T c : containers) {
            if (!paired.contains(id.apply(c)) && analyzer.analyze(name.apply(c)).isEmpty()
                    && members.getOrDefault(id.apply(c), Set.of()).isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }
}
