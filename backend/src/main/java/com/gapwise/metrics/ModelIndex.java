package com.gapwise.metrics;

import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.Pool;
import com.gapwise.model.ProcessModel;
import java.util.HashMap;
import java.util.Map;

/** Look-ups over one model that the classifier and the calculator both need, built once. */
final class ModelIndex {

    final ProcessModel model;
    final Map<String, FlowNode> nodes;
    final Map<String, Lane> lanes;
    final Map<String, Pool> pools;
    final Map<String, Pool> poolOfProcess = new HashMap<>();
    /**
     * Innermost lane of each node. Content of a sub-process without own lane sits in the sub-process's
     * lane, a boundary event without one in its activity's lane.
     */
    private final Map<String, String> laneOfNode = new HashMap<>();

    ModelIndex(ProcessModel model) {
        this.model = model;
        this.nodes = model.nodesById();
        this.lanes = model.lanesById();
        this.pools = new HashMap<>();
        for (Pool pool : model.pools()) {
            pools.put(pool.id(), pool);
            if (pool.processId() != null) {
                poolOfProcess.putIfAbsent(pool.processId(), pool);
            }
        }
        Map<String, String> listedIn = new HashMap<>();
        for (Lane lane : model.lanes()) {
            // a node listed in a lane and in its child lane belongs to the child: children come later or
            // earlier, so prefer the deeper lane explicitly
            for (String nodeId : lane.flowNodeIds()) {
                String previous = listedIn.get(nodeId);
                if (previous == null || depth(lane) > depth(lanes.get(previous))) {
                    listedIn.put(nodeId, lane.id());
                }
            }
        }
        for (FlowNode node : model.nodes()) {
            laneOfNode.put(node.id(), resolveLane(node, listedIn, 0));
        }
    }

    private String resolveLane(FlowNode node, Map<String, String> listedIn, int guard) {
        if (node.laneId() != null && lanes.containsKey(node.laneId())) {
            return node.laneId();
        }
        String listed = listedIn.get(node.id());
        if (listed != null) {
            return listed;
        }
        // a boundary event drawn on an activity's border belongs where the activity is
        String inheritFrom = node.attachedToId() != null && nodes.containsKey(node.attachedToId())
                ? node.attachedToId() : node.parentId();
        FlowNode from = inheritFrom == null ? null : nodes.get(inheritFrom);
        return from == null || guard > nodes.size() ? null : resolveLane(from, listedIn, guard + 1);
    }

    private int depth(Lane lane) {
        int depth = 0;
        for (Lane l = lane; l != null && l.parentLaneId() != null && depth <= lanes.size(); depth++) {
            l = lanes.get(l.parentLaneId());
        }
        return depth;
    }

    /** The innermost lane of a node, or null when its process has no lanes. */
    String laneOf(String nodeId) {
        return laneOfNode.get(nodeId);
    }

    /** The lane of a node, else the pool of its process, else null (a bare process). */
    String ownerOf(String nodeId) {
        String lane = laneOfNode.get(nodeId);
        if (lane != null) {
            return lane;
        }
        FlowNode node = nodes.get(nodeId);
        Pool pool = node == null ? null : poolOfProcess.get(node.processId());
        return pool == null ? null : pool.id();
    }

    /** The owner of a message-flow end: a pool id stands for itself, a node for its lane or pool. */
    String ownerOfEnd(String endId) {
        return pools.containsKey(endId) ? endId : ownerOf(endId);
    }

    /** The pool of a message-flow end, or null when unknown. */
    String poolOfEnd(String endId) {
        if (pools.containsKey(endId)) {
            return endId;
        }
        FlowNode node = nodes.get(endId);
        Pool pool = node == null ? null : poolOfProcess.get(node.processId());
        return pool == null ? null : pool.id();
    }

    /** Name of a lane or pool id. */
    String nameOf(String ownerId) {
        Lane lane = lanes.get(ownerId);
        if (lane != null) {
            return lane.name();
        }
        Pool pool = pools.get(ownerId);
        return pool == null ? "" : pool.name();
    }
}
