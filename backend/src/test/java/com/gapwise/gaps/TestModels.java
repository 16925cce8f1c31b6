package com.gapwise.gaps;

import com.gapwise.diff.Change;
import com.gapwise.diff.ChangeType;
import com.gapwise.diff.DiffResult;
import com.gapwise.diff.ElementRef;
import com.gapwise.diff.Match;
import com.gapwise.model.BpmnProcess;
import com.gapwise.model.ElementKind;
import com.gapwise.model.EventTrigger;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.MessageFlow;
import com.gapwise.model.Pool;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builders for process models and diffs in tests (the real importer and diff engine are not needed here). */
public final class TestModels {

    private TestModels() {
    }

    public static ModelBuilder model(String processId) {
        return new ModelBuilder(processId);
    }

    public static DiffBuilder diff() {
        return new DiffBuilder();
    }

    public static final class ModelBuilder {
        private final String processId;
        private final List<Pool> pools = new ArrayList<>();
        private final List<Lane> lanes = new ArrayList<>();
        private final List<FlowNode> nodes = new ArrayList<>();
        private final List<SequenceFlow> flows = new ArrayList<>();
        private final List<MessageFlow> messages = new ArrayList<>();

        ModelBuilder(String processId) {
            this.processId = processId;
        }

        public ModelBuilder lane(String id, String name) {
            lanes.add(new Lane(id, name, processId, null, List.of(), null));
            return this;
        }

        public ModelBuilder node(String id, ElementKind kind, String name, String laneId) {
            nodes.add(new FlowNode(id, kind, name, processId, laneId, null, List.of(), null, null, true, Map.of(), null));
            return this;
        }

        public ModelBuilder timer(String id, ElementKind kind, String name, String laneId, String expression,
                                  String attachedTo) {
            nodes.add(new FlowNode(id, kind, name, processId, laneId, null, List.of(EventTrigger.TIMER), expression,
                    attachedTo, true, Map.of(), null));
            return this;
        }

        public ModelBuilder event(String id, ElementKind kind, String name, String laneId, EventTrigger trigger,
                                  String attachedTo) {
            nodes.add(new FlowNode(id, kind, name, processId, laneId, null,
                    trigger == null ? List.of() : List.of(trigger), null, attachedTo, true, Map.of(), null));
            return this;
        }

        public ModelBuilder flow(String source, String target) {
            return flow(source, target, "");
        }

        public ModelBuilder flow(String source, String target, String name) {
            flows.add(new SequenceFlow(source + "->" + target, name, source, target, null, false, processId));
            return this;
        }

        public ModelBuilder pool(String id, String name, String poolProcessId) {
            pools.add(new Pool(id, name, poolProcessId, null));
            return this;
        }

        public ModelBuilder message(String id, String name, String source, String target) {
            messages.add(new MessageFlow(id, name, source, target));
            return this;
        }

        public ProcessModel build() {
            return new ProcessModel("defs", "", "", List.of(new BpmnProcess(processId, "", false)), pools, lanes,
                    nodes, flows, messages, List.of(), List.of(), List.of(), List.of());
        }
    }

    public static final class DiffBuilder {
        private final List<Match> matches = new ArrayList<>();
        private final List<ElementRef> added = new ArrayList<>();
        private final List<ElementRef> removed = new ArrayList<>();
        private final List<Change> changes = new ArrayList<>();

        public DiffBuilder match(String current, String future, String type) {
            return match(current, future, type, 1.0, "same id", false);
        }

        public DiffBuilder match(String current, String future, String type, double score, String reason, boolean manual) {
            matches.add(new Match(current, future, type, score, List.of(reason), manual));
            return this;
        }

        public DiffBuilder added(String id, String type, String name, String lane) {
            added.add(new ElementRef(id, type, name, lane));
            return this;
        }

        public DiffBuilder removed(String id, String type, String name, String lane) {
            removed.add(new ElementRef(id, type, name, lane));
            return this;
        }

        public DiffBuilder change(ChangeType type, String current, String future, String elementType, String name,
                                  String lane, String before, String after) {
            changes.add(new Change(type, current, future, elementType, name, lane, before, after));
            return this;
        }

        public DiffResult build() {
            return new DiffResult(matches, added, removed, changes);
        }
    }
}
