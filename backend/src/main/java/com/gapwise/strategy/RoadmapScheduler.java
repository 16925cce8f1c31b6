package com.gapwise.strategy;

import com.gapwise.model.StrongComponents;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Places initiatives into periods. Deterministic list scheduling:
 * <ol>
 *   <li>Dependency cycles are found (strongly connected components) and reported; dependencies inside a cycle
 *       are ignored for placement.</li>
 *   <li>Pinned initiatives stay in their period, whatever the load; overloads are reported.</li>
 *   <li>The others, highest priority first among those whose dependencies are placed (a prerequisite takes the
 *       priority of the most urgent initiative needing it), go into the earliest
 *       period, not before the last period of any dependency, that still has room for their whole effort. An
 *       initiative larger than a period is split evenly over as few consecutive periods as can hold it
 *       (ceil(effort / capacity)) and starts where each of them has room for its share.</li>
 *   <li>A pinned initiative placed before one it depends on ends is reported as a conflict, never moved.</li>
 * </ol>
 * "Not before" allows the same period: a dependency is delivered no later than what needs it.
 */
final class RoadmapScheduler {

    /** What the scheduler needs to know of an initiative. */
    record Item(String key, int effort, List<String> dependsOn) {
    }

    private RoadmapScheduler() {
    }

    /**
     * @param ranked initiatives in priority order, highest first
     * @param pins   initiative key to pinned period label (labels already checked to be of the unit's format)
     */
    static Roadmap schedule(List<Item> ranked, RoadmapSettings settings, Map<String, String> pins) {
        return new Run(ranked, settings, pins).schedule();
    }

    /** The state of one scheduling run. */
    private static final class Run {
        final List<Item> ranked;
        final Map<String, String> pins;
        final PeriodUnit unit;
        final List<String> periods;
        final int start;
        final int capacity;
        final Map<String, Item> byKey = new HashMap<>();
        final Map<String, Integer> rank = new HashMap<>();
        final List<RoadmapIssue> issues = new ArrayList<>();
        final int[] used;
        final Map<String, Integer> startAt = new HashMap<>();
        final Map<String, Integer> endAt = new HashMap<>();
        final Map<String, Placement> placements = new HashMap<>();
        final Set<String> unscheduled = new LinkedHashSet<>();

        Run(List<Item> ranked, RoadmapSettings settings, Map<String, String> pins) {
            this.ranked = ranked;
            this.pins = pins;
            this.unit = settings.unit();
            this.periods = Periods.labels(settings);
            this.start = Periods.parse(settings.startPeriod(), settings.unit());
            this.capacity = settings.capacityPerPeriod();
            this.used = new int[periods.size()];
            for (Item item : ranked) {
                byKey.put(item.key(), item);
                rank.put(item.key(), rank.size());
            }
        }

        Roadmap schedule() {
            Map<String, Integer> component = new HashMap<>();
            for (List<String> cycle : cycles(ranked, byKey, component)) {
                issues.add(new RoadmapIssue(RoadmapIssue.Kind.DEPENDENCY_CYCLE, cycle,
                        "Initiatives " + String.join(", ", cycle) + " depend on each other in a circle; "
                                + "their dependencies on each other are ignored until an analyst breaks the circle."));
            }
            Map<String, List<String>> deps = new HashMap<>();
            for (Item item : ranked) {
                List<String> effective = new ArrayList<>();
                for (String dep : item.dependsOn()) {
                    if (byKey.containsKey(dep) && !component.get(dep).equals(component.get(item.key()))) {
                        effective.add(dep);
                    }
                }
                deps.put(item.key(), effective);
            }

            placePinned();

            // Kahn's algorithm over the effective dependencies, highest priority first among the ready ones.
            Map<String, Integer> waitingFor = new HashMap<>();
            Map<String, List<String>> dependants = new HashMap<>();
            for (Item item : ranked) {
                waitingFor.put(item.key(), deps.get(item.key()).size());
                for (String dep : deps.get(item.key())) {
                    dependants.computeIfAbsent(dep, d -> new ArrayList<>()).add(item.key());
                }
            }
            Map<String, Integer> urgency = urgency(deps, dependants);
            PriorityQueue<String> ready = new PriorityQueue<>(Comparator.comparing((String k) -> urgency.get(k))
                    .thenComparing(rank::get));
            ranked.stream().filter(i -> waitingFor.get(i.key()) == 0).forEach(i -> ready.add(i.key()));
            while (!ready.isEmpty()) {
                String key = ready.poll();
                if (!startAt.containsKey(key) && !unscheduled.contains(key)) {
                    place(byKey.get(key), deps.get(key));
                }
                for (String dependant : dependants.getOrDefault(key, List.of())) {
                    if (waitingFor.merge(dependant, -1, Integer::sum) == 0) {
                        ready.add(dependant);
                    }
                }
            }

            for (Item item : ranked) {
                if (!pins.containsKey(item.key()) || !startAt.containsKey(item.key())) {
                    continue;
                }
                String where = periods.get(startAt.get(item.key()));
                for (String dep : deps.get(item.key())) {
                    if (!endAt.containsKey(dep)) {
                        issues.add(new RoadmapIssue(RoadmapIssue.Kind.PINNED_BEFORE_DEPENDENCY, List.of(item.key(), dep),
                                item.key() + " is pinned to " + where + " but " + dep
                                        + ", which it depends on, is not on the roadmap."));
                    } else if (endAt.get(dep) > startAt.get(item.key())) {
                        issues.add(new RoadmapIssue(RoadmapIssue.Kind.PINNED_BEFORE_DEPENDENCY, List.of(item.key(), dep),
                                item.key() + " is pinned to " + where + ", before " + dep + " (until "
                                        + periods.get(endAt.get(dep)) + "), which it depends on."));
                    }
                }
            }

            List<Placement> ordered = new ArrayList<>(placements.values());
            ordered.sort(Comparator.comparingInt(Placement::periodIndex).thenComparing(p -> rank.get(p.initiativeKey())));
            List<PeriodLoad> load = new ArrayList<>();
            for (int p = 0; p < periods.size(); p++) {
                load.add(new PeriodLoad(periods.get(p), capacity, used[p]));
            }
            List<String> unplaced = ranked.stream().map(Item::key).filter(unscheduled::contains).toList();
            return new Roadmap(periods, ordered, unplaced, load, issues);
        }

        /**
         * A prerequisite is as urgent as the most urgent initiative that needs it (priority inheritance), so a
         * low-ranked dependency does not hold back a quick win. Urgency is a rank: lower is more urgent.
         */
        private Map<String, Integer> urgency(Map<String, List<String>> deps, Map<String, List<String>> dependants) {
            Map<String, Integer> pending = new HashMap<>();
            ArrayDeque<String> queue = new ArrayDeque<>();
            for (Item item : ranked) {
                pending.put(item.key(), deps.get(item.key()).size());
                if (deps.get(item.key()).isEmpty()) {
                    queue.add(item.key());
                }
            }
            List<String> topological = new ArrayList<>();
            while (!queue.isEmpty()) {
                String key = queue.poll();
                topological.add(key);
                for (String dependant : dependants.getOrDefault(key, List.of())) {
                    if (pending.merge(dependant, -1, Integer::sum) == 0) {
                        queue.add(dependant);
                    }
                }
            }
            Map<String, Integer> urgency = new HashMap<>();
            for (int i = topological.size() - 1; i >= 0; i--) {
                String key = topological.get(i);
                int value = rank.get(key);
                for (String dependant : dependants.getOrDefault(key, List.of())) {
                    value = Math.min(value, urgency.get(dependant));
                }
                urgency.put(key, value);
            }
            return urgency;
        }

        /** Pinned initiatives take their period whatever the load; one larger than a period runs on from there. */
        private void placePinned() {
            Map<Integer, Set<String>> pinnedIn = new HashMap<>();
            for (Item item : ranked) {
                String label = pins.get(item.key());
                if (label == null) {
                    continue;
                }
                int index = Periods.parse(label, unit) - start;
                if (index < 0 || index >= periods.size()) {
                    unscheduled.add(item.key());
                    issues.add(new RoadmapIssue(RoadmapIssue.Kind.UNSCHEDULED, List.of(item.key()),
                            item.key() + " is pinned to " + label + ", outside the roadmap (" + periods.get(0) + " to "
                                    + periods.get(periods.size() - 1) + ")."));
                    continue;
                }
                int[] shares = shares(item.effort());
                int end = Math.min(index + shares.length, periods.size()) - 1;
                int beyond = 0;
                for (int q = 0; q < shares.length; q++) {
                    if (index + q < periods.size()) {
                        used[index + q] += shares[q];
                        pinnedIn.computeIfAbsent(index + q, k -> new LinkedHashSet<>()).add(item.key());
                    } else {
                        beyond += shares[q];
                    }
                }
                String reason = "pinned by an analyst";
                if (shares.length > 1) {
                    reason += "; " + item.effort() + " points run to " + periods.get(end);
                    issues.add(new RoadmapIssue(RoadmapIssue.Kind.LARGER_THAN_A_PERIOD, List.of(item.key()),
                            item.key() + " needs " + item.effort() + " points, more than the " + capacity
                                    + " of one period; it runs from " + periods.get(index) + " to " + periods.get(end)
                                    + (beyond > 0 ? ", and " + beyond + " points fall beyond the roadmap" : "") + "."));
                }
                record(item, index, end, true, reason);
            }
            for (int p = 0; p < used.length; p++) {
                if (used[p] > capacity) {
                    issues.add(new RoadmapIssue(RoadmapIssue.Kind.OVER_CAPACITY, List.copyOf(pinnedIn.get(p)),
                            "Pinned initiatives need " + used[p] + " points in " + periods.get(p) + ", capacity is "
                                    + capacity + "."));
                }
            }
        }

        /**
         * Earliest period not before any dependency ends that has room for the whole effort; an initiative
         * larger than a period starts in the earliest period from which consecutive free capacity absorbs it.
         */
        private void place(Item item, List<String> deps) {
            int earliest = 0;
            String after = null;
            for (String dep : deps) {
                Integer end = endAt.get(dep);
                if (end == null) {
                    unscheduled.add(item.key());
                    issues.add(new RoadmapIssue(RoadmapIssue.Kind.UNSCHEDULED, List.of(item.key(), dep),
                            item.key() + " depends on " + dep + ", which is not on the roadmap."));
                    return;
                }
                if (end > earliest || after == null && end == earliest) {
                    earliest = end;
                    after = dep;
                }
            }
            String prefix = after == null ? "" : "not before its dependency " + after + " (" + periods.get(earliest) + "); ";
            if (item.effort() <= capacity) {
                for (int p = earliest; p < periods.size(); p++) {
                    if (used[p] + item.effort() <= capacity) {
                        int free = capacity - used[p];
                        used[p] += item.effort();
                        record(item, p, p, false, prefix + "earliest period with room: " + item.effort() + " of "
                                + free + " free points");
                        return;
                    }
                }
            } else {
                int[] shares = shares(item.effort());
                for (int p = earliest; p + shares.length <= periods.size(); p++) {
                    if (fits(p, shares)) {
                        int end = p + shares.length - 1;
                        for (int q = 0; q < shares.length; q++) {
                            used[p + q] += shares[q];
                        }
                        record(item, p, end, false, prefix + "larger than a period (" + item.effort() + " > "
                                + capacity + " points): " + shares.length + " consecutive periods with room for an even share");
                        issues.add(new RoadmapIssue(RoadmapIssue.Kind.LARGER_THAN_A_PERIOD, List.of(item.key()),
                                item.key() + " needs " + item.effort() + " points, more than the " + capacity
                                        + " of one period; it runs from " + periods.get(p) + " to " + periods.get(end) + "."));
                        return;
                    }
                }
            }
            unscheduled.add(item.key());
            issues.add(new RoadmapIssue(RoadmapIssue.Kind.UNSCHEDULED, List.of(item.key()),
                    item.key() + " (" + item.effort() + " points) fits no period from " + periods.get(earliest)
                            + " to " + periods.get(periods.size() - 1) + "."));
        }

        /** An effort larger than a period split evenly over as few periods as hold it (larger shares first). */
        private int[] shares(int effort) {
            int n = (effort + capacity - 1) / capacity;
            int[] shares = new int[n];
            for (int q = 0; q < n; q++) {
                shares[q] = effort / n + (q < effort % n ? 1 : 0);
            }
            return shares;
        }

        private boolean fits(int from, int[] shares) {
            for (int q = 0; q < shares.length; q++) {
                if (used[from + q] + shares[q] > capacity) {
                    return false;
                }
            }
            return true;
        }

        private void record(Item item, int first, int last, boolean pinned, String reason) {
            startAt.put(item.key(), first);
            endAt.put(item.key(), last);
            placements.put(item.key(), new Placement(item.key(), periods.get(first), first, periods.get(last), last,
                    pinned, reason));
        }
    }

    /**
     * The dependency graph's strongly connected components, visiting in priority order. Fills {@code component}
     * for every item and returns the components that are cycles (size > 1, or a self-dependency), each in
     * priority order.
     */
    private static List<List<String>> cycles(List<Item> ranked, Map<String, Item> byKey, Map<String, Integer> component) {
        Map<String, Integer> rank = new HashMap<>();
        ranked.forEach(i -> rank.put(i.key(), rank.size()));
        List<List<String>> cycles = new ArrayList<>();
        StrongComponents components = new StrongComponents(key -> byKey.get(key).dependsOn(), byKey::containsKey);
        for (Item root : ranked) {
            components.walk(root.key(), members -> {
                int id = component.size();
                for (String member : members) {
                    component.put(member, id);
                }
                String node = members.get(members.size() - 1);
                boolean selfLoop = byKey.get(node).dependsOn().contains(node);
                if (members.size() > 1 || selfLoop) {
                    List<String> cycle = new ArrayList<>(members);
                    cycle.sort(Comparator.comparing(rank::get));
                    cycles.add(cycle);
                }
            });
        }
        cycles.sort(Comparator.comparing(c -> rank.get(c.get(0))));
        return cycles;
    }
}
