/**
 * Pairs the elements of a current-state and a future-state model: ids where they agree, then
 * labels (normalised, stemmed, WordNet synonyms, typos, IDF-weighted), element types, lanes and the
 * position in the flow, solved as a global assignment. Plain Java.
 *
 * <p>Public surface: {@link com.gapwise.matching.ProcessMatcher}. Inside: {@code MatchRun} runs the passes over
 * the two models ({@code ModelView} each: labels, flow, partners); {@code LabelAnalyzer} and {@code Label} read
 * labels and the outcomes they name ({@code OutcomePolarity}: "not passed" against "admission"), {@code
 * LabelSimilarity} compares them with a {@code Lexicon} ({@code WordNetLexicon}); {@code
 * CandidateSearch} chooses what a label pass scores, {@code Scores} combines label, type, lane and flow evidence
 * and writes each match's reasons; {@code Decisions} reads decisions and their branches, {@code Runs} the
 * stretches of unmatched steps between matched neighbours, {@code Lanes} how lanes correspond, {@code Parties}
 * the steps of outside parties whose exchanges their own model takes in; {@code Assignment} solves each pass
 * globally and {@code ContainerMatcher} pairs lanes, pools and data.
 */
package com.gapwise.matching;
