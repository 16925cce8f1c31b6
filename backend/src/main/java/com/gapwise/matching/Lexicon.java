package com.gapwise.matching;

import java.util.Set;

/** How two different words relate in meaning. */
interface Lexicon {

    enum Relation {
        /** One is a derived form of the other (register ~ registration). */
        DERIVED(0.95, "same word family"),
        /** They share a sense (collect ~ gather). */
        SYNONYM(0.9, "synonyms"),
        /** One is a kind of the other (check ~ verify). */
        HYPERNYM(0.7, "related words"),
        /** Both are kinds of the same thing (review ~ assess). */
        SIBLING(0.4, "similar words"),
        /** Near in WordNet's hierarchy (Wu-Palmer similarity of the frequent senses at least 0.85). */
        CLOSE(0.5, "close in meaning"),
        /** Somewhat near in WordNet's hierarchy (Wu-Palmer at least 0.75). */
        DISTANT(0.3, "loosely related"),
        /**
         * One word's dictionary definition names the other ("payroll": "a list of employees and their
         * salaries"), the gloss overlap of Lesk-style similarity, when the hierarchy relates them too weakly.
         */
        GLOSS(0.4, "defined in terms of each other"),
        /** Opposites (approve ~ reject): never evidence for a match. */
        ANTONYM(0.0, "opposites"),
        NONE(0.0, "");

        final double score;
        final String reason;

        Relation(double score, String reason) {
            this.score = score;
            this.reason = reason;
        }
    }

    /** @param thingsOnly compare the words as names of things only (noun and adjective senses, no verb senses) */
    Relation relation(String wordA, String wordB, boolean thingsOnly);

    /** Whether the word (in any inflection) is in the dictionary: a short unknown word is likely an abbreviation. */
    boolean knows(String word);

    /**
     * The broad kinds of act the word names (WordNet's verb lexicographer files of its frequent verb senses:
     * "communication", "cognition", "possession", ...; for a noun without verb senses, those of the verbs it
     * derives from): two unrelated verbs of one kind ("approve", "check": judgements) may still name one step.
     */
    default Set<String> actKinds(String word) {
        return Set.of();
    }

    /** Whether the word as written is the base form of a verb ("transfer", "check"; not "checking", "asset"). */
    default boolean verbForm(String word) {
        return false;
    }

    /**
     * Whether the word names an act as a noun: a noun that WordNet derives from a verb, with one of its
     * frequent senses an act, event or process ("recalculation", "change", "posting"; not "record", "notes").
     */
    default boolean actNoun(String word) {
        return false;
    }

    /** The verbs a noun is derived from ("posting": "post"; "recalculation": "recalculate"), none if not known. */
    default Set<String> verbsOf(String noun) {
        return Set.of();
    }

    /** Whether the noun's most frequent sense names a person ("applicant", "student"; not "office", "university"). */
    default boolean person(String word) {
        return false;
    }

    /** A lexicon that knows no words: used when WordNet cannot load, and in tests. */
    Lexicon NONE = new Lexicon() {
        @Override
        public Relation relation(String wordA, String wordB, boolean thingsOnly) {
            return Relation.NONE;
        }

        @Override
        public boolean knows(String word) {
            return false;
        }
    };
}
