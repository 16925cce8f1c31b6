package com.gapwise.strategy;

import java.util.List;

/**
 * An organisational goal with its weight. An initiative is aligned with a goal when an analyst linked them
 * explicitly, when the goal names the initiative's capability, or when a goal keyword occurs in the
 * initiative's name, requirement texts or element labels.
 *
 * @param keywords       words or phrases, matched as whole words ("wait time", "first contact")
 * @param capabilities   capabilities that serve this goal
 * @param initiativeKeys initiatives an analyst linked to this goal explicitly
 */
public record Goal(String key, String name, double weight, List<String> keywords, List<Capability> capabilities,
                   List<String> initiativeKeys) {

    public Goal {
        name = Copies.text(name);
        keywords = Copies.list(keywords);
        capabilities = Copies.list(capabilities);
        initiativeKeys = Copies.list(initiativeKeys);
        if (weight < 0 || Double.isNaN(weight)) {
            throw new IllegalArgumentException("goal weight must be >= 0");
        }
    }
}
