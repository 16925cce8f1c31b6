package com.gapwise.strategy;

/**
 * One criterion's part in a score.
 *
 * @param raw          the rating, 0..5
 * @param weight       the criterion's weight in the scoring model
 * @param contribution raw x weight / sum of the weights of its dimension: the parts of a dimension add up to
 *                     its score
 * @param why          how the rating came about, in a sentence
 */
public record ScorePart(Criterion criterion, Criterion.Dimension dimension, double raw, double weight,
                        double contribution, String why) {
}
