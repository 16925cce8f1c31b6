package com.gapwise.metrics;

import java.util.List;

/**
 * Path figures of one process, from its start events to its ends (nodes with no way on).
 * Path lengths count tasks, plus call activities and collapsed sub-processes as one step each;
 * an expanded sub-process counts the tasks of the path taken through it. Loops are taken once:
 * the longest path runs over the flow with its back edges removed.
 *
 * @param minHandoffsPerPath the fewest lane changes any start-to-end path makes
 * @param maxHandoffsPerPath the most lane changes any start-to-end path makes (loops taken once)
 * @param loops              back edges of the flow: each closes one loop
 * @param loopFlowIds        the sequence flows that close them
 */
public record ProcessPaths(
        String processId,
        String name,
        int tasks,
        int shortestPath,
        int longestPath,
        int minHandoffsPerPath,
        int maxHandoffsPerPath,
        int loops,
        List<String> loopFlowIds) {

    public ProcessPaths {
        loopFlowIds = List.copyOf(loopFlowIds);
    }
}
