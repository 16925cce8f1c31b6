package com.gapwise.strategy;

import java.util.List;

/**
 * Effort points of an initiative: 3 per functional, 2 per non-functional and 1 per business requirement, unless
 * an analyst set the effort.
 */
record Effort(int points, String reason) {

    static Effort of(List<Requirement> requirements, Integer analystPoints) {
        long functional = requirements.stream().filter(r -> r.type() == RequirementType.FUNCTIONAL).count();
        long nonFunctional = requirements.stream().filter(r -> r.type() == RequirementType.NON_FUNCTIONAL).count();
        long business = requirements.stream().filter(r -> r.type() == RequirementType.BUSINESS).count();
        int points = (int) (3 * functional + 2 * nonFunctional + business);
        String formula = functional + " functional x 3 + " + nonFunctional + " non-functional x 2 + " + business
                + " business x 1 = " + points + " points";
        if (analystPoints != null) {
            return new Effort(analystPoints, "set by an analyst (rules: " + formula + ")");
        }
        return new Effort(points, formula);
    }
}
