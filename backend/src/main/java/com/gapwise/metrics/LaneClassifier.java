package com.gapwise.metrics;

import com.gapwise.model.ElementKind;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.Pool;
import com.gapwise.model.ProcessModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies every lane and pool as {@link LaneClass#CUSTOMER}, {@link LaneClass#HUMAN_ROLE},
 * {@link LaneClass#SYSTEM} or {@link LaneClass#CHANNEL}. The first rule that applies decides:
 * <ol>
 *   <li><b>override</b>: the analyst's class for this lane or pool name (case and spacing ignored);</li>
 *   <li><b>name</b>: the head (last) vocabulary word or phrase of the name. Role words (agent, team,
 *       clerk, back office, "customer service"...) give HUMAN_ROLE; customer words (customer, client,
 *       citizen, caller...) as the last word CUSTOMER ("Customer Onboarding" names a process, not the
 *       customer); channel words (portal, app, chat, chatbot, phone, IVR, email,
 *       SMS, social media, branch, in person...) CHANNEL; system words (system, CRM, ERP, platform,
 *       application, database, API, bot, RPA...) SYSTEM. The head word decides because the last noun
 *       names the thing: "CRM team" is a team, "customer portal" a portal, "IVR system" a system;</li>
 *   <li><b>structure</b>: a lane or pool with tasks, all of them service, script or business-rule tasks
 *       (send and receive tasks allowed alongside), is a SYSTEM;</li>
 *   <li><b>black box</b>: a pool without a process whose name says nothing is an outside party or
 *       system: SYSTEM;</li>
 *   <li><b>inheritance</b>: a nested lane takes its parent lane's class; a top lane takes its pool's
 *       class when a rule above decided the pool;</li>
 *   <li><b>default</b>: HUMAN_ROLE, people of the organisation.</li>
 * </ol>
 * Each entry of the result carries the rule that fired, so an analyst can see why and override.
 */
public final class LaneClassifier {

    private final Map<String, LaneClass> overrides;

    /** @param overrides the analyst's classes by lane or pool name; names compare ignoring case and spacing */
    public LaneClassifier(Map<String, LaneClass> overrides) {
        Map<String, LaneClass> normal = new HashMap<>();
        overrides.forEach((name, laneClass) -> normal.put(Vocabulary.normalName(name), laneClass));
        this.overrides = Map.copyOf(normal);
    }

    public static LaneClassifier withoutOverrides() {
        return new LaneClassifier(Map.of());
    }

    /**
     * The class a name alone gives, by the override and name rules; empty when the name says nothing
     * (then only the model's structure or the default can decide).
     */
    public Optional<LaneClass> classOfName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        LaneClass override = overrides.get(Vocabulary.normalName(name));
        return override != null ? Optional.of(override) : Vocabulary.head(name).map(h -> classOf(h.sense()));
    }

    /**
     * Whether a lane or pool of this name faces the customer: the customer, a channel, or a front-line
     * role (agent, service desk, contact centre, customer service...), so a change there is felt by customers.
     */
    public boolean facesCustomer(String name) {
        LaneClass laneClass = classOfName(name).orElse(null);
        if (laneClass == LaneClass.CUSTOMER || laneClass == LaneClass.CHANNEL) {
            return true;
        }
        return laneClass == LaneClass.HUMAN_ROLE && Vocabulary.head(name).filter(Vocabulary::frontLine).isPresent();
    }

    /**
     * Whether a lane or pool of this name is software, so a change there is an IT change: a system, or a
     * channel the organisation runs as software (portal, app, chatbot, IVR...).
     */
    public boolean isSystem(String name) {
        LaneClass laneClass = classOfName(name).orElse(null);
        if (laneClass == LaneClass.SYSTEM) {
            return true;
        }
        return laneClass == LaneClass.CHANNEL && Vocabulary.head(name).filter(Vocabulary::digital).isPresent();
    }

    /**
     * Who does the work of a lane or pool of this name: software ({@link #isSystem}), the customer, or else the
     * organisation's people.
     */
    public Actor actorOf(String name) {
        if (isSystem(name)) {
            return Actor.SOFTWARE;
        }
        return classOfName(name).orElse(null) == LaneClass.CUSTOMER ? Actor.CUSTOMER : Actor.PEOPLE;
    }

    private static LaneClass classOf(Vocabulary.Sense sense) {
        return switch (sense) {
            case ROLE -> LaneClass.HUMAN_ROLE;
            case CUSTOMER -> LaneClass.CUSTOMER;
            case CHANNEL -> LaneClass.CHANNEL;
            case SYSTEM -> LaneClass.SYSTEM;
        };
    }

    public LaneClassification classify(ProcessModel model) {
        return classify(new ModelIndex(model));
    }

    LaneClassification classify(ModelIndex index) {
        Map<String, List<FlowNode>> tasksByOwner = new HashMap<>();
        for (FlowNode node : index.model.nodes()) {
            if (node.kind().isTask()) {
                String lane = index.laneOf(node.id());
                if (lane != null) {
                    tasksByOwner.computeIfAbsent(lane, k -> new ArrayList<>()).add(node);
                }
                Pool pool = index.poolOfProcess.get(node.processId());
                if (pool != null) {
                    tasksByOwner.computeIfAbsent(pool.id(), k -> new ArrayList<>()).add(node);
                }
            }
        }
        Map<String, ClassifiedLane> done = new HashMap<>();
        List<ClassifiedLane> entries = new ArrayList<>();
        for (Pool pool : index.model.pools()) {
            ClassifiedLane entry = classifyPool(pool, tasksByOwner.getOrDefault(pool.id(), List.of()));
            done.put(pool.id(), entry);
            entries.add(entry);
        }
        for (Lane lane : index.model.lanes()) {
            entries.add(classifyLane(lane, index, tasksByOwner, done, 0));
        }
        return new LaneClassification(entries);
    }

    private ClassifiedLane classifyPool(Pool pool, List<FlowNode> tasks) {
        Optional<ClassifiedLane> explicit = explicit(pool.id(), pool.name(), true, tasks);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        if (pool.isBlackBox()) {
            return new ClassifiedLane(pool.id(), pool.name(), true, LaneClass.SYSTEM,
                    "black box: a pool without a process is an outside party or system");
        }
        return new ClassifiedLane(pool.id(), pool.name(), true, LaneClass.HUMAN_ROLE, DEFAULT);
    }

    private static final String DEFAULT = "default: people of the organisation";

    private ClassifiedLane classifyLane(Lane lane, ModelIndex index, Map<String, List<FlowNode>> tasksByOwner,
            Map<String, ClassifiedLane> done, int depth) {
        ClassifiedLane known = done.get(lane.id());
        if (known != null) {
            return known;
        }
        ClassifiedLane entry = explicit(lane.id(), lane.name(), false, tasksByOwner.getOrDefault(lane.id(), List.of()))
                .orElseGet(() -> inherited(lane, index, tasksByOwner, done, depth));
        done.put(lane.id(), entry);
        return entry;
    }

    private ClassifiedLane inherited(Lane lane, ModelIndex index, Map<String, List<FlowNode>> tasksByOwner,
            Map<String, ClassifiedLane> done, int depth) {
        Lane parent = lane.parentLaneId() == null ? null : index.lanes.get(lane.parentLaneId());
        if (parent != null && depth < index.lanes.size()) {
            ClassifiedLane p = classifyLane(parent, index, tasksByOwner, done, depth + 1);
            return new ClassifiedLane(lane.id(), lane.name(), false, p.laneClass(),
                    "inherited from parent lane '" + parent.name() + "'");
        }
        Pool pool = index.poolOfProcess.get(lane.processId());
        ClassifiedLane p = pool == null ? null : done.get(pool.id());
        if (p != null && !DEFAULT.equals(p.rule())) {
            return new ClassifiedLane(lane.id(), lane.name(), false, p.laneClass(),
                    "inherited from pool '" + pool.name() + "'");
        }
        return new ClassifiedLane(lane.id(), lane.name(), false, LaneClass.HUMAN_ROLE, DEFAULT);
    }

    /** Override, name and structure rules, which look only at the lane or pool itself. */
    private Optional<ClassifiedLane> explicit(String id, String name, boolean pool, List<FlowNode> tasks) {
        LaneClass override = overrides.get(Vocabulary.normalName(name));
        if (override != null) {
            return Optional.of(new ClassifiedLane(id, name, pool, override, "override by the analyst"));
        }
        Optional<Vocabulary.Hit> head = Vocabulary.head(name);
        if (head.isPresent()) {
            Vocabulary.Hit hit = head.get();
            LaneClass laneClass = classOf(hit.sense());
            String what = switch (hit.sense()) {
                case ROLE -> "a role word";
                case CUSTOMER -> "a customer word";
                case CHANNEL -> "a channel word";
                case SYSTEM -> "a system word";
            };
            return Optional.of(new ClassifiedLane(id, name, pool, laneClass, "name: '" + hit.phrase() + "' is " + what));
        }
        boolean anyAutomated = tasks.stream().anyMatch(t -> t.kind().isAutomated());
        boolean allAutomatedOrMessaging = tasks.stream().allMatch(t -> t.kind().isAutomated()
                || t.kind() == ElementKind.SEND_TASK
                || t.kind() == ElementKind.RECEIVE_TASK);
        if (anyAutomated && allAutomatedOrMessaging) {
            return Optional.of(new ClassifiedLane(id, name, pool, LaneClass.SYSTEM,
                    "structure: all " + tasks.size() + " tasks are service, script or business-rule tasks"));
        }
        return Optional.empty();
    }
}
