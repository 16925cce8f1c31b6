package com.gapwise.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
            return lf.equals(roles.get(lc)) ? 1 : 0.5;
        }
        return sameLane(c, f) ? 1 : 0;
    }

    /** Lane names of the current model to the lane of the future model that does most of their paired work. */
    final Map<String, String> roles = new HashMap<>();

    /**
     * Between models that name no lane alike, the lanes still correspond: where most of a lane's paired
     * activities went (at least two) is that role's lane on the other side ("Frontline Agent" ~ "Customer
     * Service").
     */
    void inferLanes() {
        if (comparable) {
            return;
        }
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        a.partner.forEach((c, f) -> {
            String lc = a.laneNames.get(c);
            String lf = b.laneNames.get(f);
            if (lc != null && lf != null && Family.of(a.nodes.get(c)) == Family.ACTIVITY) {
                votes.computeIfAbsent(lc, k -> new TreeMap<>()).merge(lf, 1, Integer::sum);
            }
        });
        votes.forEach((lc, counts) -> {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            counts.entrySet().stream().max(Map.Entry.comparingByValue())
                    .filter(e -> e.getValue() >= 2 && 2 * e.getValue() > total)
                    .ifPresent(e -> roles.put(lc, e.getKey()));
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
