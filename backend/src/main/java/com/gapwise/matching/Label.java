package com.gapwise.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A label as the matcher sees it.
 *
 * @param text    the label as written, whitespace-collapsed
 * @param tokens  the meaningful words in order (stop words dropped)
 * @param key     the tokens' stems, sorted: two labels with the same key say the same thing in other
 *                word order, case or punctuation
 */
record Label(String text, List<Token> tokens, String key) {

    /**
     * A word of a label: its lower-case form, its stem, its number in the analyzer's vocabulary (equal
     * words, equal numbers), which keys the word-pair caches, and whether it leads the label. Activity
     * labels lead with what is done ("Verify identity", "Verification of identity"); the other words
     * name the things it is done to.
     *
     * @param phrase   the word with the particle that follows it ("look up", "hand over", "work out"), or null:
     *                 a phrasal verb means something of its own, and WordNet lists many of them
     * @param acronym  written in capitals ("CRM", "PO"): an initialism, not a word to look up or a typo
     */
    record Token(String word, String stem, int number, boolean head, String phrase, boolean acronym) {

        Token(String word, String stem, int number, boolean head) {
            this(word, stem, number, head, null, false);
        }

        boolean isNumber() {
            return !word.isEmpty() && Character.isDigit(word.charAt(0));
        }
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** Whether one of the label's words has this stem. */
    boolean hasStem(String stem) {
        for (Token token : tokens) {
            if (token.stem().equals(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The stems of the label's words, each once, in the label's order. */
    Set<String> stems() {
        Set<String> stems = new LinkedHashSet<>();
        for (Token token : tokens) {
            stems.add(token.stem());
        }
        return stems;
    }
}
