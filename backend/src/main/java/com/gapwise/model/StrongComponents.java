package com.gapwise.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Tarjan's strongly connected components of a directed graph given by its successors: the process flow's nodes
 * that reach the same nodes, the initiatives that depend on each other in a cycle. Walked without recursion (a long
 * chain would overflow the stack); each component is handed over as soon as it is complete, which is after every
 * component it leads to. A node walked from an earlier start is not walked again.
 */
public final class StrongComponents {

    private final Function<String, List<String>> successors;
    private final Predicate<String> enters;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> component = new ArrayDeque<>();
    private final Set<String> onComponent = new HashSet<>();

    /**
     * @param successors each node's successors, in the order they are walked
     * @param enters     whether the walk may go on into a successor (the others are left out of every component)
     */
    public StrongComponents(Function<String, List<String>> successors, Predicate<String> enters) {
        this.successors = successors;
        this.enters = enters;
    }

    /** Walks from {@code start} unless an earlier walk reached it; each completed component, its root last. */
    public void walk(String start, Consumer<List<String>> finished) {
        if (index.containsKey(start)) {
            return;
        }
        Deque<String> path = new ArrayDeque<>();
        Deque<Integer> nextSuccessor = new ArrayDeque<>();
        enter(start, path, nextSuccessor);
        while (!path.isEmpty()) {
            String node = path.peek();
            int i = nextSuccessor.pop();
            List<String> after = successors.apply(node);
            if (i < after.size()) {
                nextSuccessor.push(i + 1);
                String next = after.get(i);
                if (!enters.test(next)) {
                    continue;
                }
                if (!index.containsKey(next)) {
                    enter(next, path, nextSuccessor);
                } else if (onComponent.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
                continue;
            }
            path.pop();
            if (!path.isEmpty()) {
                String caller = path.peek();
                low.put(caller, Math.min(low.get(caller), low.get(node)));
            }
            if (low.get(node).equals(index.get(node))) {
                List<String> members = new ArrayList<>();
                String member;
                do {
                    member = component.pop();
                    onComponent.remove(member);
                    members.add(member);
                } while (!member.equals(node));
                finished.accept(members);
            }
        }
    }

    private void enter(String node, Deque<String> path, Deque<Integer> nextSuccessor) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        component.push(node);
        onComponent.add(node);
        path.push(node);
        nextSuccessor.push(0);
    }
}
