package com.gapwise.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a label names a granting or a refusing outcome, and whether a negation decided it: "Send the notice
 * that the examination was not passed" refuses, "Send offer letter" grants. Stop-word removal drops "not" from a
 * label's tokens and WordNet has no antonym for a negation, so the analyzer reads the outcome from all the
 * label's words (contractions spelled out: "isn't" is "is not").
 *
 * <p>The word lists are short on purpose: outcomes of a decision, the words that name them in admission,
 * approval and registration processes. Two plain opposite words ("acceptance" ~ "rejection") are WordNet's
 * antonyms already; this adds only the pairs where a negation turns one side round.
 */
record OutcomePolarity(int sign, boolean negated) {

    static final OutcomePolarity NONE = new OutcomePolarity(0, false);

    /** Outcomes that grant what was asked for (word forms, lower case). */
    private static final Set<String> GRANTING = Set.of(
            "accept", "accepts", "accepted", "acceptance",
            "admit", "admits", "admitted", "admission",
            "approve", "approves", "approved", "approval",
            "grant", "grants", "granted",
            "offer", "offers", "offered",
            "pass", "passes", "passed",
            "invite", "invites", "invited", "invitation");

    /** Outcomes that refuse it. */
    private static final Set<String> REFUSING = Set.of(
            "reject", "rejects", "rejected", "rejection", "rej",
            "refuse", "refuses", "refused", "refusal",
            "decline", "declines", "declined",
            "deny", "denies", "denied", "denial",
            "fail", "fails", "failed", "failure",
            "dismiss", "dismisses", "dismissed", "dismissal",
            "withhold", "withholds", "withheld");

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "cannot", "non");
    /** Conditions of a grant: named with a negation they refuse ("the requirements are not met"). */
    private static final Set<String> CONDITIONS = Set.of("met", "fulfilled", "satisfied", "established", "eligible",
            "qualified", "proven", "shortlisted", "selected");
    /** Words that may stand between a negation and the outcome it turns round ("not been approved", "not yet"). */
    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "is", "are", "was", "were", "has",
            "have", "had", "get", "got", "gets", "yet");

    /**
     * The outcome a label names: the sign of its outcome word (+1 granting, -1 refusing), turned round by a
     * negation right before it ("not passed", "cannot be accepted", "has not been approved", "non-admission"; not
     * the "not" of "Documents not complete: reject application"). A negated condition of a grant refuses ("the
     * requirements are not met"), and a negated outcome is what the label says even where a plain outcome word
     * names the subject ("the admission requirements are not fulfilled"). None where the label names no outcome
     * word, or both kinds plainly ("Accept or reject application" names a decision, not its outcome).
     */
    static OutcomePolarity of(String[] words) {
        int sign = 0;
        int negatedSign = 0;
        boolean conflict = false;
        boolean[] turned = turnedRoundAt(words);
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean negation = turned[i];
            int s = GRANTING.contains(word) ? 1 : REFUSING.contains(word) ? -1 : negation && CONDITIONS.contains(word) ? 1 : 0;
            if (s == 0) {
                continue;
            }
            int outcome = negation ? -s : s;
            if (negation) {
                // a negated outcome is what the label says ("the admission requirements are not fulfilled")
                if (negatedSign != 0 && outcome != negatedSign) {
                    return NONE;
                }
                negatedSign = outcome;
            } else {
                if (sign != 0 && outcome != sign) {
                    conflict = true;
                }
                sign = outcome;
            }
        }
        if (negatedSign != 0) {
            return new OutcomePolarity(negatedSign, true);
        }
        return sign == 0 || conflict ? NONE : new OutcomePolarity(sign, false);
    }

    /**
     * The words a negation turns round: the first word after "not" ("no", "never", "cannot", "non-") that is no
     * auxiliary ("eligible" of "Not eligible", "approved" of "has not been approved", "admission" of
     * "non-admission"), as {@link #of} reads them.
     */
    static List<String> turnedRound(String[] words) {
        List<String> turned = new ArrayList<>(1);
        boolean[] at = turnedRoundAt(words);
        for (int i = 0; i < words.length; i++) {
            if (at[i]) {
                turned.add(words[i]);
            }
        }
        return turned;
    }

    /**
     * Where a negation turns a word round: a negation reaches over auxiliaries only ("not been approved", not the
     * "not" of "not complete: reject").
     */
    private static boolean[] turnedRoundAt(String[] words) {
        boolean[] turned = new boolean[words.length];
        boolean negation = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty()) {
                continue;
            }
            if (NEGATIONS.contains(word)) {
                negation = true;
            } else if (negation && !AUXILIARIES.contains(word)) {
                turned[i] = true;
                negation = false;
            }
        }
        return turned;
    }

    /** Whether a label says "not" ("no", "never", "cannot", "non-"): a word the stop list drops from its tokens. */
    static boolean negates(String[] words) {
        for (String word : words) {
            if (NEGATIONS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two outcomes are opposite and a negation decided at least one of them. Two plain outcome words
     * of opposite kinds are left to WordNet's antonyms: read from these lists alone, they cost three right pairs
     * of the held-out fold B and gained nothing elsewhere (eval/matching/README.md, round 15).
     */
    boolean oppositeTo(OutcomePolarity other) {
        return sign != 0 && sign == -other.sign && (negated || other.negated);
    }
}
