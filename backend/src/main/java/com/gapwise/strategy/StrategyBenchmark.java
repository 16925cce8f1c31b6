package com.gapwise.strategy;

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
import com.gapwise.portfolio.Application;
import com.gapwise.portfolio.Deployment;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark of {@link StrategyEngine#derive}: synthetic processes (default 20 of 200 tasks, a seeded mix of
 * added, removed, automated and moved tasks, new lanes, gateways, timers and message flows) derived repeatedly,
 * with a set of analyst decisions, onto 12 quarters of 600 points. Prints the figures. Usage:
 * {@code java -cp gapwise.jar ... com.gapwise.strategy.StrategyBenchmark [PROCESSES] [TASKS] [RUNS]}; also
 * usable as a CLI command through {@link #run}.
 */
public final class StrategyBenchmark {

    private static final String[] LANES = {"Customer", "Agent", "Back office", "Team lead", "CRM system", "Finance"};
    private static final String[] VERBS = {"Check", "Register", "Answer", "Route", "Approve", "Search", "Send",
        "Update", "Review", "Schedule", "Survey", "Report", "Validate", "Escalate", "Record"};
    private static final String[] OBJECTS = {"claim", "request", "complaint", "order", "knowledge article", "invoice",
        "customer record", "callback", "refund", "feedback", "ticket", "appointment"};

    private StrategyBenchmark() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the benchmark; the signature of a CLI command. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        int processes = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        // an application portfolio over the synthetic lanes (postures, unsupported-task gaps, app initiatives)
        int applicationCount = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        List<Application> applications = new ArrayList<>();
        for (int a = 0; a < applicationCount; a++) {
            applications.add(new Application("app-" + a, "Application " + a, "Vendor " + (a % 3),
                    a % 2 == 0 ? Deployment.SAAS : Deployment.ON_PREMISE, 1000.0 * (a + 1), "", 1 + a % 5, 1 + (a + 2) % 5,
                    1 + (a + 4) % 5, List.of(LANES[a % LANES.length]), List.of(), List.of(), null, null));
        }
        List<ProcessAnalysis> analyses = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            analyses.add(synthetic("process-" + p, tasks, new Random(42 + p)));
        }
        StrategySettings settings = new StrategySettings(List.of(
                new Goal("g1", "Faster answers", 3, List.of("answer", "callback", "route"), List.of(), List.of()),
                new Goal("g2", "Digital first", 2, List.of(), List.of(Capability.SELF_SERVICE), List.of()),
                new Goal("g3", "Lower cost", 1, List.of("automate", "invoice"), List.of(Capability.AUTOMATION), List.of())),
                ScoringModel.defaults(), new RoadmapSettings("2027-Q1", 12, 600, PeriodUnit.QUARTER), applications);

        Strategy first = StrategyEngine.derive(analyses, settings, Decisions.none());
        Decisions decisions = decisionsOn(first);
        for (int i = 0; i < 5; i++) {
            StrategyEngine.derive(analyses, settings, decisions); // warm-up
        }
        long[] nanos = new long[runs];
        Strategy strategy = first;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            strategy = StrategyEngine.derive(analyses, settings, decisions);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "strategy derive: %d processes x %d tasks, %d applications, %d runs after 5 warm-up runs%n",
                processes, tasks, applicationCount, runs);
        out.printf(Locale.ROOT, "  gaps %d, requirements %d, initiatives %d, placements %d, decisions applied %d, stale %d%n",
                strategy.gaps().size(), strategy.requirements().size(), strategy.initiatives().size(),
                strategy.roadmap().placements().size(), decisionCount(decisions), strategy.staleDecisions().size());
        out.printf(Locale.ROOT, "  min %.1f ms, median %.1f ms, max %.1f ms%n", nanos[0] / 1e6, nanos[runs / 2] / 1e6,
                nanos[runs - 1] / 1e6);
        return 0;
    }

    /** Analyst decisions on about one in ten gaps and requirements, a rename, a merge and a pin. */
    private static Decisions decisionsOn(Strategy strategy) {
        Decisions decisions = Decisions.none();
        for (int i = 0; i < strategy.gaps().size(); i += 10) {
            decisions = decisions.withGap(strategy.gaps().get(i).key(),
                    new GapDecision(i % 20 == 0 ? com.gapwise.gaps.GapStatus.DISMISSED : com.gapwise.gaps.GapStatus.ACCEPTED, "bench"));
        }
        for (int i = 0; i < strategy.requirements().size(); i += 10) {
            decisions = decisions.withRequirementEdit(strategy.requirements().get(i).key(),
                    new RequirementEdit("Edited text " + i, Priority.COULD));
        }
        List<Initiative> initiatives = strategy.initiatives();
        if (initiatives.size() > 2) {
            decisions = decisions.withInitiativeName(initiatives.get(0).key(), "Renamed")
                    .withMerge(initiatives.get(initiatives.size() - 1).key(), initiatives.get(1).key())
                    .withPlacement(initiatives.get(0).key(), "2027-Q2");
        }
        return decisions;
    }

    private static int decisionCount(Decisions d) {
        return d.gaps().size() + d.requirements().size() + d.initiativeNames().size() + d.mergedInto().size()
                + d.placements().size();
    }

    /** A current state of {@code tasks} tasks and a future state with a seeded mix of every kind of change. */
    static ProcessAnalysis synthetic(String key, int tasks, Random random) {
        String pid = key;
        List<Lane> currentLanes = new ArrayList<>();
        List<Lane> futureLanes = new ArrayList<>();
        for (int l = 0; l < LANES.length; l++) {
            currentLanes.add(new Lane("L" + l, LANES[l], pid, null, List.of(), null));
            futureLanes.add(new Lane("L" + l, LANES[l], pid, null, List.of(), null));
        }
        futureLanes.add(new Lane("Lnew", "Self-service portal", pid, null, List.of(), null));
        List<FlowNode> current = new ArrayList<>();
        List<FlowNode> future = new ArrayList<>();
        List<Match> matches = new ArrayList<>();
        List<ElementRef> added = new ArrayList<>();
        List<ElementRef> removed = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        List<SequenceFlow> currentFlows = new ArrayList<>();
        List<SequenceFlow> futureFlows = new ArrayList<>();
        List<MessageFlow> messages = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            String id = "t" + t;
            String name = VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)];
            int lane = random.nextInt(LANES.length);
            double roll = random.nextDouble();
            FlowNode before = node(id, ElementKind.USER_TASK, name, pid, "L" + lane);
            if (roll < 0.1) {
                current.add(before);
                removed.add(new ElementRef(id, "userTask", name, LANES[lane]));
                continue;
            }
            if (roll < 0.2) {
                String newLane = random.nextBoolean() ? "Lnew" : "L" + lane;
                future.add(node(id, ElementKind.USER_TASK, name, pid, newLane));
                added.add(new ElementRef(id, "userTask", name, newLane.equals("Lnew") ? "Self-service portal" : LANES[lane]));
                continue;
            }
            current.add(before);
            matches.add(new Match(id, id, "userTask", 1.0, List.of("same id"), false));
            if (roll < 0.3) {
                future.add(node(id, ElementKind.SERVICE_TASK, name, pid, "L" + lane));
                changes.add(new Change(ChangeType.AUTOMATED, id, id, "serviceTask", name, LANES[lane], "userTask", "serviceTask"));
            } else if (roll < 0.4) {
                int to = (lane + 1) % LANES.length;
                future.add(node(id, ElementKind.USER_TASK, name, pid, "L" + to));
                changes.add(new Change(ChangeType.MOVED_LANE, id, id, "userTask", name, LANES[to], LANES[lane], LANES[to]));
            } else {
                future.add(node(id, ElementKind.USER_TASK, name, pid, "L" + lane));
            }
            if (t > 0) {
                currentFlows.add(new SequenceFlow("f" + t, "", "t" + (t - 1), id, null, false, pid));
            }
        }
        for (int g = 0; g < tasks / 20; g++) {
            String id = "g" + g;
            future.add(node(id, ElementKind.EXCLUSIVE_GATEWAY, "Eligible " + g + "?", pid, "L1"));
            futureFlows.add(new SequenceFlow(id + "a", "yes", id, "t" + (g * 20 + 5), null, false, pid));
            futureFlows.add(new SequenceFlow(id + "b", "no", id, "t" + (g * 20 + 6), null, false, pid));
            added.add(new ElementRef(id, "exclusiveGateway", "Eligible " + g + "?", "Agent"));
            String timer = "b" + g;
            future.add(new FlowNode(timer, ElementKind.BOUNDARY_EVENT, "Deadline " + g, pid, null, null,
                    List.of(EventTrigger.TIMER), "PT" + (g + 1) + "H", "t" + (g * 20 + 7), true, Map.of(), null));
            added.add(new ElementRef(timer, "boundaryEvent", "Deadline " + g, null));
            String message = "m" + g;
            messages.add(new MessageFlow(message, "Status update " + g, "t" + (g * 20 + 8), "partner"));
            added.add(new ElementRef(message, "messageFlow", "Status update " + g, null));
        }
        added.add(new ElementRef("Lnew", "lane", "Self-service portal", null));
        List<Pool> pools = List.of(new Pool("own", key, pid, null), new Pool("partner", "Payment provider", null, null));
        ProcessModel currentModel = new ProcessModel("d", key, "", List.of(new BpmnProcess(pid, key, false)), pools.subList(0, 1),
                currentLanes, current, currentFlows, List.of(), List.of(), List.of(), List.of(), List.of());
        ProcessModel futureModel = new ProcessModel("d", key, "", List.of(new BpmnProcess(pid, key, false)), pools,
                futureLanes, future, futureFlows, messages, List.of(), List.of(), List.of(), List.of());
        return new ProcessAnalysis(key, key, currentModel, futureModel, new DiffResult(matches, added, removed, changes));
    }

    private static FlowNode node(String id, ElementKind kind, String name, String pid, String lane) {
        return new FlowNode(id, kind, name, pid, lane, null, List.of(), null, null, true, Map.of(), null);
    }
}
