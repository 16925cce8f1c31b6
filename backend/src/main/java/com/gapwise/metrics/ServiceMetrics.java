package com.gapwise.metrics;

import com.gapwise.model.ProcessModel;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a process model says about the service: how much work, how much of it automated, how often
 * work changes hands, how many systems an agent juggles, which channels the customer has, how long
 * the customer waits and how long the way through is. Component names are stable: they are the JSON
 * field names.
 *
 * @param tasks               task-type activities, sub-process content included
 * @param manualTasks         tasks done by people (user, manual, plain, send and receive tasks outside system lanes)
 * @param automatedTasks      service, script and business-rule tasks anywhere, and any task in a system lane
 * @param handoffs            {@code laneHandoffs + poolHandoffs}
 * @param laneHandoffs        sequence flows whose source and target sit in different lanes
 * @param poolHandoffs        message flows between different pools
 * @param minHandoffsPerPath  fewest lane changes on a start-to-end path of the main process
 * @param maxHandoffsPerPath  most lane changes on a start-to-end path of the main process (loops once)
 * @param maxSystemsPerRole   the largest entry of {@code systemsPerRole}: the agent's swivel-chair load
 * @param systemsPerRole      human-role lane name to the distinct systems its work reads, writes or hands to
 *                            (data stores, system lanes and pools), sorted
 * @param channels            channels offered to the customer, sorted: portal, app, chat, phone, email,
 *                            letter, sms, social, in person, video, {@link #ANY_CHANNEL} ("received on any
 *                            channel", "omnichannel"), or a channel lane's own name
 * @param customerFacingTasks the organisation's tasks the customer deals with: in channel lanes, or next
 *                            to the customer (sequence or message flow, through gateways and events)
 * @param selfServiceTasks    those of them done without an agent (channel or system lane, or automated)
 * @param selfServiceShare    {@code selfServiceTasks / customerFacingTasks}, 0 when there are none
 * @param waitingPoints       number of {@code waitingPointDetails}
 * @param slaTimers           waiting points that are deadlines
 * @param shortestPath        fewest tasks from start to end in the main process
 * @param longestPath         most tasks from start to end in the main process, loops taken once
 * @param loops               loops (back edges) in all processes
 * @param processes           path figures per process; the main process is the one with most tasks
 * @param lanes               per lane (and lane-less pool) breakdown, with its class and the rule for it
 * @param handoffFlowIds      ids of the flows counted in {@code handoffs} (sequence flows between lanes, then
 *                            message flows between pools), so a diagram can mark exactly what was counted
 */
public record ServiceMetrics(
        int tasks,
        int manualTasks,
        int automatedTasks,
        int handoffs,
        int laneHandoffs,
        int poolHandoffs,
        int minHandoffsPerPath,
        int maxHandoffsPerPath,
        int maxSystemsPerRole,
        Map<String, List<String>> systemsPerRole,
        List<String> channels,
        int customerFacingTasks,
        int selfServiceTasks,
        double selfServiceShare,
        int waitingPoints,
        int slaTimers,
        List<WaitingPoint> waitingPointDetails,
        int shortestPath,
        int longestPath,
        int loops,
        List<ProcessPaths> processes,
        List<LaneMetrics> lanes,
        List<String> handoffFlowIds) {

    /** The channel of a model that says the customer may use any channel ("received on any channel"). */
    public static final String ANY_CHANNEL = "any channel";

    public ServiceMetrics {
        // sorted and unmodifiable, so that the JSON is the same on every run
        Map<String, List<String>> sorted = new TreeMap<>();
        systemsPerRole.forEach((role, systems) -> sorted.put(role, List.copyOf(systems)));
        systemsPerRole = Collections.unmodifiableMap(sorted);
        channels = List.copyOf(channels);
        waitingPointDetails = List.copyOf(waitingPointDetails);
        processes = List.copyOf(processes);
        lanes = List.copyOf(lanes);
        handoffFlowIds = List.copyOf(handoffFlowIds);
    }

    /** Whether the model says the customer may use any channel: it reaches every channel the other state names. */
    public boolean anyChannel() {
        return channels.contains(ANY_CHANNEL);
    }

    /** Metrics with lanes classified by the default rules, no analyst overrides. */
    public static ServiceMetrics of(ProcessModel model) {
        ModelIndex index = new ModelIndex(model);
        return new MetricsCalculator(index, LaneClassifier.withoutOverrides().classify(index)).calculate();
    }

    /** Metrics with lanes classified by the given classifier (which carries the analyst's overrides). */
    public static ServiceMetrics of(ProcessModel model, LaneClassifier classifier) {
        ModelIndex index = new ModelIndex(model);
        return new MetricsCalculator(index, classifier.classify(index)).calculate();
    }

    /** Metrics with a classification the caller made, e.g. with the analyst's overrides. */
    public static ServiceMetrics of(ProcessModel model, LaneClassification classification) {
        return new MetricsCalculator(new ModelIndex(model), classification).calculate();
    }
}
