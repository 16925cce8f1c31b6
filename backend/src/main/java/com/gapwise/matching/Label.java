package com.gapwise.matching;

import java.util.ArrayList;
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
 * @param leading how many tokens stand before the label's first stop word: its leading phrase ("Asset
 *                retirement posting" of "Asset retirement posting in the sending company code")
 * @param outcome the outcome the label names, read from all its words, stop words included ("not passed")
 * @param negated the stems of the words a negation turns round ("eligible" of "Not eligible", "approved" of "has not
 *                been approved"): the stop list drops the "not", the meaning keeps it
 */
record Label(String text, List<Token> tokens, String key, int leading, OutcomePolarity outcome, Set<String> negated) {

    Label {
        negated = Set.copyOf(negated);
    }

    Label(String text, List<Token> tokens, String key) {
        this(text, tokens, key, tokens.size(), OutcomePolarity.NONE, Set.of());
    }

    /**
     * A word of a label: its lower-case form, its stem, its number in the analyzer's vocabulary (equal
     * words, equal numbers), which keys the word-pair caches, and whether it leads the label. Activity
     * labels lead with what is done ("Verify identity", "Verification of identity"); the other words
     * name the things it is done to.
     *
     * @param phrase   the word with the particle that follows it ("look up", "hand over", "work out"), or null:
     *                 a phrasal verb means something of its own, and WordNet lists many of them
     * @param acronym  written in capitals ("CRM", "PO"): an initialism, not a word to look up or a typo
     * @param nominal  a noun read as the label's act though it does not lead ("recalculation" of "Depreciation
     *                 recalculation"): as an act it means what its verb means
     */
    record Token(String word, String stem, int number, boolean head, String phrase, boolean acronym, boolean nominal) {

        Token(String word, String stem, int number, boolean head, String phrase, boolean acronym) {
            this(word, stem, number, head, phrase, acronym, false);
        }

        Token(String word, String stem, int number, boolean head) {
            this(word, stem, number, head, null, false);
        }

        boolean isNumber() {
            return !word.isEmpty() && Character.isDigit(word.charAt(0));
        }
    }

    /**
     * The label read with another of its words as the act: that word leads, the others follow in their
     * order and name things. Reference-model labels put the act last ("Depreciation recalculation", "Asset
     * master record change"), where a verb-object label leads with it. The key stays: the same words.
     */
    Label withAct(int index) {
        List<Token> reordered = new ArrayList<>(tokens.size());
        Token act = tokens.get(index);
        reordered.add(new Token(act.word(), act.stem(), act.number(), true, act.phrase(), act.acronym(), true));
        for (int i = 0; i < tokens.size(); i++) {
            if (i != index) {
                Token t = tokens.get(i);
                reordered.add(new Token(t.word(), t.stem(), t.number(), false, t.phrase(), t.acronym()));
            }
        }
        return new Label(text, List.copyOf(reordered), key, leading, outcome, negated);
    }

    /**
     * The label read with a second act: a coarse step that names two coordinated acts ("Administer and grade
     * the aptitude examination", "Conduct the interview and rate the candidate") does both, so the word at
     * {@code index} leads as an act too, where it stands. Word order and key stay.
     */
    Label withSecondAct(int index) {
        List<Token> marked = new ArrayList<>(tokens);
        Token act = tokens.get(index);
        marked.set(index, new Token(act.word(), act.stem(), act.number(), true, act.phrase(), act.acronym(), act.nominal()));
        return new Label(text, List.copyOf(marked), key, leading, outcome, negated);
    }

    boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** Whether a word before the one at {@code index} has its stem (the label says that stem twice). */
    boolean stemBefore(int index) {
        String stem = tokens.get(index).stem();
        for (int i = 0; i < index; i++) {
            if (tokens.get(i).stem().equals(stem)) {
                return true;
            }
        }
        return false;
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
