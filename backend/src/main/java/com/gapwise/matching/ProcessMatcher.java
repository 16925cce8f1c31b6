package com.gapwise.matching;

import com.gapwise.diff.ElementMatcher;
import com.gapwise.diff.Match;
import com.gapwise.model.ProcessModel;
import java.util.List;

/**
 * Pairs the elements of a current-state and a future-state model: flow nodes (activities, events,
 * gateways), lanes, pools and data elements. Revisions of one model pair by id where the id still
 * names the same thing; everything else pairs by label meaning, type, lane and position in the flow,
 * solved as a global assignment. A task split or merged yields several matches on one side.
 * Thread-safe and deterministic.
 */
public final class ProcessMatcher implements ElementMatcher {

    private final Lexicon lexicon;
    private final Paraphrases paraphrases;

    ProcessMatcher(Lexicon lexicon, Paraphrases paraphrases) {
        this.lexicon = lexicon;
        this.paraphrases = paraphrases;
    }

    /**
     * The matcher with WordNet 3.1 as its lexicon and all-MiniLM-L6-v2's sentence embeddings (each loaded
     * lazily, on the first labels that need it).
     */
    public static ProcessMatcher withDefaults() {
        return new ProcessMatcher(WordNetLexicon.shared(), MiniLmParaphrases.shared());
    }

    /**
     * Lets the work a matcher started in the background (loading the sentence model) end; call before the JVM
     * exits, which that work does not survive.
     */
    public static void awaitBackgroundWork() {
        MiniLmParaphrases.shared().awaitLoad();
    }

    /**
     * Runs an action on the thread that starts the matcher's background work, just before it starts (the sentence
     * model loads once per JVM): where an application that must not exit during that work prepares for it, paying
     * nothing in runs that never start it.
     */
    public static void beforeBackgroundWork(Runnable action) {
        MiniLmParaphrases.shared().beforeLoad(action);
    }

    /** All matches, sorted by current id, then future id. */
    @Override
    public List<Match> match(ProcessModel current, ProcessModel future) {
        return new MatchRun(current, future, lexicon, paraphrases).run();
    }
}
