package com.gapwise.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Success metrics a process's models suggest: one per service figure that the future state improves,
 * with the current-state figure as baseline and the future-state figure as target. Waiting is left out:
 * its figures count waiting points, not how long the customer waits.
 */
public final class SuccessMetricSeeds {

    /** Whether a higher or a lower figure is better. */
    public enum Direction { INCREASE, DECREASE }

    /** One suggested success metric. */
    public record Seed(String figure, String name, String unit, double currentValue, double target,
                       Direction direction) {
    }

    /** A seedable figure: how to read it, what it is called, its unit and which way is better. */
    private record Rule(String figure, String label, String unit, Direction direction,
                        ToDoubleFunction<ServiceMetrics> value) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("handoffs", "Hand-offs", "hand-offs", Direction.DECREASE, ServiceMetrics::handoffs),
            new Rule("manualTasks", "Manual tasks", "tasks", Direction.DECREASE, ServiceMetrics::manualTasks),
            new Rule("maxSystemsPerRole", "Most systems per role", "systems", Direction.DECREASE,
                    ServiceMetrics::maxSystemsPerRole),
            // shown as a percentage, rounded like the before/after table, so analysts read the same figure
            new Rule("selfServiceShare", "Self-service share", "%", Direction.INCREASE,
                    m -> Math.round(m.selfServiceShare() * 100)));

    private SuccessMetricSeeds() {
    }

    /** The figures the future state improves, in a fixed order: hand-offs, manual tasks, systems, self-service. */
    public static List<Seed> of(String processName, MetricsComparison metrics) {
        List<Seed> seeds = new ArrayList<>();
        for (Rule r : RULES) {
            double current = r.value().applyAsDouble(metrics.current());
            double future = r.value().applyAsDouble(metrics.future());
            boolean improves = r.direction() == Direction.DECREASE ? future < current : future > current;
            if (improves) {
                seeds.add(new Seed(r.figure(), r.label() + " in '" + processName + "'", r.unit(), current, future,
                        r.direction()));
            }
        }
        return seeds;
    }
}
