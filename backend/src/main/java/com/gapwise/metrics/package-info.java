/**
 * Service metrics derived from a process model, and their current/future comparison: what the
 * future state buys. Plain Java.
 *
 * <p>Entry points: {@link com.gapwise.metrics.ServiceMetrics#of(com.gapwise.model.ProcessModel,
 * com.gapwise.metrics.LaneClassifier)} for one model, {@link com.gapwise.metrics.MetricsComparison}
 * for a pair (its {@code toMarkdown()} is the before/after table), and
 * {@link com.gapwise.metrics.LaneClassifier}, whose rules (documented there) classify lanes and pools
 * as customer, human role, system or channel and can be overridden per lane name by the analyst.
 * Every figure is computed in time linear in the size of the model.
 */
package com.gapwise.metrics;
