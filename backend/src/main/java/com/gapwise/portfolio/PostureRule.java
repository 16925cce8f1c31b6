package com.gapwise.portfolio;

/**
 * The posture rules, in the order they are tried; the first whose condition holds gives the recommendation.
 * Scores are 1-5 (3 is adequate). The table follows Gartner's TIME model: functional fit is the business
 * axis, technical health the technical one, integration decides whether a sound, fitting application still
 * needs investment.
 */
public enum PostureRule {

    NOT_NEEDED(Posture.RETIRE, "supports no task of any future-state model",
            "The future state does not use it: no future-state task is linked to it by lane, property or hand."),
    NOT_ASSESSED(Posture.RETAIN, "functional fit, integration or technical health not scored",
            "Not assessed yet: kept as it is until its scores are given."),
    FAILING_PLATFORM(Posture.REPLACE, "technical health <= 2",
            "Future-state tasks rely on it but its platform is failing: move them to a sound one (re-platform or replace)."),
    POOR_FIT(Posture.REPLACE, "functional fit <= 2 and technical health 3",
            "It does the work poorly and its platform is only adequate: replacing is cheaper than reworking it."),
    SOUND_BUT_POOR_FIT(Posture.ENHANCE, "functional fit <= 2 and technical health >= 4",
            "A sound platform that fits the work poorly: close the functional gaps on it (configure, extend)."),
    ISOLATED(Posture.ENHANCE, "integration <= 2",
            "It fits and is sound, but poorly integrated: invest in interfaces to end re-keying between systems."),
    SOUND(Posture.RETAIN, "functional fit >= 4 and technical health >= 4",
            "It fits the work and its platform is sound: keep it, no change needed."),
    ADEQUATE(Posture.RETAIN, "otherwise (no score below 3)",
            "Adequate on every score: tolerate it and review at the next assessment.");

    private final Posture posture;
    private final String condition;
    private final String rationale;

    PostureRule(Posture posture, String condition, String rationale) {
        this.posture = posture;
        this.condition = condition;
        this.rationale = rationale;
    }

    public Posture posture() {
        return posture;
    }

    /** The condition in words, as the README's rule table states it. */
    public String condition() {
        return condition;
    }

    public String rationale() {
        return rationale;
    }

    /**
     * The first rule that applies.
     *
     * @param futureTasks number of future-state tasks the application supports
     */
    public static PostureRule firstApplying(Application a, int futureTasks) {
        if (futureTasks == 0) {
            return NOT_NEEDED;
        }
        if (!a.assessed()) {
            return NOT_ASSESSED;
        }
        int fit = a.functionalFit();
        int health = a.technicalHealth();
        if (health <= 2) {
            return FAILING_PLATFORM;
        }
        if (fit <= 2) {
            return health == 3 ? POOR_FIT : SOUND_BUT_POOR_FIT;
        }
        if (a.integration() <= 2) {
            return ISOLATED;
        }
        if (fit >= 4 && health >= 4) {
            return SOUND;
        }
        return ADEQUATE;
    }
}
