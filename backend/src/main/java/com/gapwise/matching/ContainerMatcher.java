package com.gapwise.matching;

import com.gapwise.diff.Match;
import com.gapwise.model.DataAssociation;
import com.gapwise.model.DataElement;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
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
        out.addAll(pairUp(current.lanes(), future.lanes(), Lane::id, Lane::name, members(current, n -> n.laneId()),
                members(future, n -> n.laneId()), l -> "lane", true));
        out.addAll(pairUp(current.pools(), future.pools(), Pool::id, Pool::name, poolMembers(current), poolMembers(future),
                p -> "participant", true));
        // data as things (a store, a document), not as their drawings: see ProcessModel.dataEntities
        Map<DataElement, String> dataNames = new IdentityHashMap<>();
        DataThings currentData = new DataThings(current, dataNames);
        DataThings futureData = new DataThings(future, dataNames);
        out.addAll(pairUp(currentData.stores, futureData.stores, DataElement::id, dataNames::get,
                currentData.users, futureData.users, d -> d.kind().xmlName(), false));
        out.addAll(pairUp(currentData.documents, futureData.documents, DataElement::id, dataNames::get,
                currentData.users, futureData.users, d -> d.kind().xmlName(), false));
        return out;
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

    private <T> List<Match> pairUp(List<T> left, List<T> right, Function<T, String> id, Function<T, String> name,
                                   Map<String, Set<String>> leftMembers, Map<String, Set<String>> rightMembers,
                                   Function<T, String> type, boolean workDecides) {
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
                LabelSimilarity.Result names = lc.isEmpty() && lf.isEmpty()
                        ? new LabelSimilarity.Result(0, List.of()) : similarity.compare(lc, lf);
                Set<String> mc = leftMembers.getOrDefault(id.apply(c), Set.of());
                Set<String> mf = rightMembers.getOrDefault(id.apply(f), Set.of());
                int shared = 0;
                for (String member : mc) {
                    String partner = nodePartner.get(member);
                    shared += partner != null && mf.contains(partner) ? 1 : 0;
                }
                double overlap = mc.isEmpty() || mf.isEmpty() ? 0 : (double) shared / Math.min(mc.size(), mf.size());
                boolean sameId = idsKept && id.apply(c).equals(id.apply(f));
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
                    // below any same-id pair with agreeing names: equal names repeat ("Data Object"), ids do not
                    score = 0.9 * (mc.isEmpty() && mf.isEmpty() ? names.score() : 0.6 * names.score() + 0.4 * overlap);
                    // a renamed role: most of the lane's paired work went to one lane ("Contact Centre Agent" ~
                    // "Service Agent", "Frontline Agent" ~ "Customer Service"); so too a pool or lane without a
                    // name on either side (a tool dropped it on export, or none was given); a lane of one step only
                    // where the other lane holds just its counterpart
                    boolean sameWork = shared >= 2 || shared == 1 && mc.size() == 1 && mf.size() == 1;
                    if ((renamesLikely || lc.isEmpty() || lf.isEmpty()) && sameWork && overlap >= 0.5) {
                        score = Math.max(score, 0.2 + 0.5 * overlap);
                    }
                    if (names.score() < MatchRun.MIN_LABEL && overlap < MatchRun.ACCEPT || score < MatchRun.ACCEPT) {
                        continue;
                    }
                }
                reasons.addAll(names.reasons());
                if (shared > 0) {
                    reasons.add("elements in common: " + shared + " of " + Math.min(mc.size(), mf.size()));
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
