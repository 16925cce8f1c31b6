package com.gapwise.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How the lanes of the two models correspond: by their names where the models name any lane alike, otherwise
 * by where each lane's paired work went.
 */
final class Lanes {

    private final ModelView a;
    private final ModelView b;
    private final LabelAnalyzer analyzer;
    private final Map<String, String> laneKeys = new HashMap<>();
    /** Whether the two models name any lane alike; if not, lanes say nothing either way. */
    final boolean comparable;

    Lanes(ModelView current, ModelView future, LabelAnalyzer analyzer) {
        this.a = current;
        this.b = future;
        this.analyzer = analyzer;
        Set<String> laneKeysA = new HashSet<>();
        for (String lane : a.laneNames.values()) {
            laneKeysA.add(laneKey(lane));
        }
        // lanes without a name on both sides are not named alike
        laneKeysA.remove("");
        boolean comparable = false;
        for (String lane : b.laneNames.values()) {
            if (laneKeysA.contains(laneKey(lane))) {
                comparable = true;
                break;
            }
        }
        this.comparable = comparable;
    }

    double laneAgreement(String c, String f) {
        String lc = a.laneNames.get(c);
        String lf = b.laneNames.get(f);
        if (lc == null || lf == null) {
            return 0.5;
        }
        if (!comparable) {
            // only a bonus: a lane may have split between several
            return correspond(lc, lf) ? 1 : 0.5;
        }
        return sameLane(c, f) ? 1 : 0;
    }

    /** A lane of the current model and one of the future model, by name. */
    private record LanePair(String current, String future) {
    }

    /** Pairs of lanes, of models that name no lane alike, that do the same role's work. */
    private final Set<LanePair> roles = new HashSet<>();

    /** Whether two lanes of models that name no lane alike were found to do the same role's work. */
    boolean correspond(String currentLane, String futureLane) {
        return roles.contains(new LanePair(currentLane, futureLane));
    }

    /**
     * Between models that name no lane alike, the lanes still correspond: where most of a lane's paired
     * activities went (at least two), and most of the other lane's paired activities came from, is that role's lane
     * on the other side ("Frontline Agent" ~ "Customer Service"). Both ways, so that the answer does not depend on
     * which model is the current one.
     */
    void inferLanes() {
        if (comparable) {
            return;
        }
        Map<LanePair, Integer> votes = new HashMap<>();
        Map<String, Integer> fromCurrent = new HashMap<>();
        Map<String, Integer> toFuture = new HashMap<>();
        a.partner.forEach((c, f) -> {
            String lc = a.laneNames.get(c);
            String lf = b.laneNames.get(f);
            if (lc != null && lf != null && Family.of(a.nodes.get(c)) == Family.ACTIVITY) {
                votes.merge(new LanePair(lc, lf), 1, Integer::sum);
                fromCurrent.merge(lc, 1, Integer::sum);
                toFuture.merge(lf, 1, Integer::sum);
            }
        });
        votes.forEach((pair, count) -> {
            if (count >= 2 && 2 * count > fromCurrent.get(pair.current()) && 2 * count > toFuture.get(pair.future())) {
                roles.add(pair);
            }
        });
    }

    boolean sameLane(String c, String f) {
        String lc = a.laneNames.get(c);
        String lf = b.laneNames.get(f);
        if (lc == null || lf == null) {
            return lc == lf;
        }
        return laneKey(lc).equals(laneKey(lf));
    }

    /** A lane name's normalised words, remembered: lanes are compared for every pair considered. */
    private String laneKey(String lane) {
        String key = laneKeys.get(lane);
        if (key == null) {
            key = analyzer.analyze(lane).key();
            laneKeys.put(lane, key);
        }
        return key;
    }
}
