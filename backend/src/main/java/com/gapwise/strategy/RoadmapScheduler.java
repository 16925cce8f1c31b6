package com.gapwise.strategy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
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
 *   <li>The others, highest priority first among those whose dependencies are placed, go into the earliest
 *       period not before any dependency's period that still has room for their effort. An initiative larger
 *       than a period takes the first empty period.</li>
 *   <li>A pinned initiative placed before one it depends on is reported as a conflict, never moved.</li>
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
        List<String> periods = Periods.labels(settings);
        int start = Periods.parse(settings.startPeriod(), settings.unit());
        int capacity = settings.capacityPerPeriod();
        Map<String, Item> byKey = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        for (Item item : ranked) {
            byKey.put(item.key(), item);
            rank.put(item.key(), rank.size());
        }
        List<RoadmapIssue> issues = new ArrayList<>();

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

        int[] used = new int[periods.size()];
        Map<String, Integer> placedAt = new HashMap<>();
        Map<String, Placement> placements = new HashMap<>();
        Set<String> unscheduled = new LinkedHashSet<>();
        Map<String, Set<String>> pinnedIn = new HashMap<>();
        for (Item item : ranked) {
            String label = pins.get(item.key());
            if (label == null) {
                continue;
            }
            int index = Periods.parse(label, settings.unit()) - start;
            if (index < 0 || index >= periods.size()) {
                unscheduled.add(item.key());
                issues.add(new RoadmapIssue(RoadmapIssue.Kind.UNSCHEDULED, List.of(item.key()),
                        item.key() + " is pinned to " + label + ", outside the roadmap (" + periods.get(0) + " to "
                                + periods.get(periods.size() - 1) + ")."));
                continue;
            }
            used[index] += item.effort();
            placedAt.put(item.key(), index);
            pinnedIn.computeIfAbsent(periods.get(index), p -> new LinkedHashSet<>()).add(item.key());
            placements.put(item.key(), new Placement(item.key(), periods.get(index), index, true, "pinned by an analyst"));
        }
        for (int p = 0; p < used.length; p++) {
            if (used[p] > capacity) {
                issues.add(new RoadmapIssue(RoadmapIssue.Kind.OVER_CAPACITY, List.copyOf(pinnedIn.get(periods.get(p))),
                        "Pinned initiatives need " + used[p] + " points in " + periods.get(p) + ", capacity is "
                                + capacity + "."));
            }
        }

        // Kahn's algorithm over the effective dependencies, highest priority first among the ready ones.
        Map<String, Integer> waitingFor = new HashMap<>();
        Map<String, List<String>> dependants = new HashMap<>();
        for (Item item : ranked) {
            waitingFor.put(item.key(), deps.get(item.key()).size());
            for (String dep : deps.get(item.key())) {
                dependants.computeIfAbsent(dep, d -> new ArrayList<>()).add(item.key());
            }
        }
        PriorityQueue<String> ready = new PriorityQueue<>(Comparator.comparing(rank::get));
        ranked.stream().filter(i -> waitingFor.get(i.key()) == 0).forEach(i -> ready.add(i.key()));
        while (!ready.isEmpty()) {
            String key = ready.poll();
            if (!placedAt.containsKey(key) && !unscheduled.contains(key)) {
                place(byKey.get(key), deps.get(key), periods, used, capacity, placedAt, placements, unscheduled, issues);
            }
            for (String dependant : dependants.getOrDefault(key, List.of())) {
                if (waitingFor.merge(dependant, -1, Integer::sum) == 0) {
                    ready.add(dependant);
                }
            }
        }

        for (Item item : ranked) {
            if (!pins.containsKey(item.key()) || !placedAt.containsKey(item.key())) {
                continue;
            }
            for (String dep : deps.get(item.key())) {
                Integer depAt = placedAt.get(dep);
                String where = periods.get(placedAt.get(item.key()));
                if (depAt == null) {
                    issues.add(new RoadmapIssue(RoadmapIssue.Kind.PINNED_BEFORE_DEPENDENCY, List.of(item.key(), dep),
                            item.key() + " is pinned to " + where + " but " + dep + ", which it depends on, is not on the roadmap."));
                } else if (depAt > placedAt.get(item.key())) {
                    issues.add(new RoadmapIssue(RoadmapIssue.Kind.PINNED_BEFORE_DEPENDENCY, List.of(item.key(), dep),
                            item.key() + " is pinned to " + where + ", before " + dep + " (" + periods.get(depAt)
                                    + "), which it depends on."));
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

    private static void place(Item item, List<String> deps, List<String> periods, int[] used, int capacity,
                              Map<String, Integer> placedAt, Map<String, Placement> placements, Set<String> unscheduled,
                              List<RoadmapIssue> issues) {
        int earliest = 0;
        String after = null;
        for (String dep : deps) {
            Integer at = placedAt.get(dep);
            if (at == null) {
                unscheduled.add(item.key());
                issues.add(new RoadmapIssue(RoadmapIssue.Kind.UNSCHEDULED, List.of(item.key(), dep),
                        item.key() + " depends on " + dep + ", which is not on the roadmap."));
                return;
            }
            if (at > earliest || after == null && at == earliest) {
                earliest = at;
                after = dep;
            }
        }
        boolean oversized = item.effort() > capacity;
        for (int p = earliest; p < periods.size(); p++) {
            boolean fits = oversized ? used[p] == 0 : used[p] + item.effort() <= capacity;
            if (fits) {
                int free = capacity - used[p];
                used[p] += item.effort();
                placedAt.put(item.key(), p);
                String reason = (after == null ? "" : "not before its dependency " + after + " (" + periods.get(earliest)
                        + "); ") + (oversized ? "larger than a period (" + item.effort() + " > " + capacity
                        + " points), so it takes an empty period" : "earliest period with room: " + item.effort()
                        + " of " + free + " free points");
                placements.put(item.key(), new Placement(item.key(), periods.get(p), p, false, reason));
                if (oversized) {
                    issues.add(new RoadmapIssue(RoadmapIssue.Kind.LARGER_THAN_A_PERIOD, List.of(item.key()),
                            item.key() + " needs " + item.effort() + " points, more than the " + capacity
                                    + " of one period; it takes " + periods.get(p) + " alone."));
                }
                return;
            }
        }
        unscheduled.add(item.key());
        issues.add(new RoadmapIssue(RoadmapIssue.Kind.UNSCHEDULED, List.of(item.key()),
                item.key() + " (" + item.effort() + " points) fits no period from " + periods.get(earliest)
                        + " to " + periods.get(periods.size() - 1) + "."));
    }

    /**
     * Tarjan's strongly connected components, iterative, visiting in priority order. Fills {@code component}
     * for every item and returns the components that are cycles (size > 1, or a self-dependency), each in
     * priority order.
     */
    private static List<List<String>> cycles(List<Item> ranked, Map<String, Item> byKey, Map<String, Integer> component) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        Map<String, Integer> rank = new HashMap<>();
        ranked.forEach(i -> rank.put(i.key(), rank.size()));
        List<List<String>> cycles = new ArrayList<>();
        int[] counter = {0};
        for (Item root : ranked) {
            if (index.containsKey(root.key())) {
                continue;
            }
            Deque<String[]> work = new ArrayDeque<>(); // {node, next dependency position}
            Deque<Integer> positions = new ArrayDeque<>();
            work.push(new String[] {root.key()});
            positions.push(0);
            index.put(root.key(), counter[0]);
            low.put(root.key(), counter[0]++);
            stack.push(root.key());
            onStack.add(root.key());
            while (!work.isEmpty()) {
                String node = work.peek()[0];
                int position = positions.pop();
                List<String> deps = byKey.get(node).dependsOn();
                if (position < deps.size()) {
                    positions.push(position + 1);
                    String dep = deps.get(position);
                    if (!byKey.containsKey(dep)) {
                        continue;
                    }
                    if (!index.containsKey(dep)) {
                        index.put(dep, counter[0]);
                        low.put(dep, counter[0]++);
                        stack.push(dep);
                        onStack.add(dep);
                        work.push(new String[] {dep});
                        positions.push(0);
                    } else if (onStack.contains(dep)) {
                        low.put(node, Math.min(low.get(node), index.get(dep)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    List<String> members = new ArrayList<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        members.add(member);
                        component.put(member, index.get(node));
                    } while (!member.equals(node));
                    boolean selfLoop = byKey.get(node).dependsOn().contains(node);
                    if (members.size() > 1 || selfLoop) {
                        members.sort(Comparator.comparing(rank::get));
                        cycles.add(members);
                    }
                }
            }
        }
        cycles.sort(Comparator.comparing(c -> rank.get(c.get(0))));
        return cycles;
    }
}
