package com.gapwise.matching;

/**
 * Sentence embeddings of labels: how alike two labels read as whole sentences, from a language model trained
 * on paraphrases. They know what no dictionary relation says ("Schedule entrance test" ~ "Invite the applicant
 * to the aptitude examination"), and also what is only related ("Accept offer" ~ "Reject offer"), so the
 * matcher takes them as a floor under the word-level similarity, never as a match on their own.
 */
interface Paraphrases {

    /** The label's embedding, unit length, or null when no model could be loaded. */
    float[] embed(String text);

    /** Gets ready in the background for the labels to come (loads the model), where there is anything to load. */
    default void prepare() {
    }

    /** No model: revisions (their labels are compared on words alone), and tests of the word-level similarity. */
    Paraphrases NONE = text -> null;

    /** Cosine of two unit vectors. */
    static double cosine(float[] x, float[] y) {
        double dot = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
        }
        return dot;
    }
}
