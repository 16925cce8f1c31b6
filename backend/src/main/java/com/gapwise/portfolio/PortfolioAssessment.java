package com.gapwise.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portfolio over a set of processes: support links, postures, the summary, the heat map, and the
 * future-state tasks no application supports. Stateless and deterministic.
 *
 * @param support     links per application key, in inventory order
 * @param unsupported per process key, the ids of future-state tasks no application supports (empty for every
 *                    process when the inventory is empty: without an inventory there is nothing to hold against)
 * @param laneNames   every lane and pool name of the models, sorted: what an application can be linked to by lane
 */
public record PortfolioAssessment(List<PostureRecommendation> postures, PortfolioSummary summary, HeatMap heatMap,
                                  Map<String, List<SupportLink>> support, Map<String, List<String>> unsupported,
                                  List<String> laneNames) {

    public static final PortfolioAssessment EMPTY = of(List.of(), List.of());

    public static PortfolioAssessment of(List<Application> applications, List<PortfolioProcess> processes) {
        Map<String, List<SupportLink>> support = SupportResolver.resolve(applications, processes);

        List<PostureRecommendation> postures = new ArrayList<>();
        Map<String, Posture> postureOf = new HashMap<>();
        for (Application a : applications) {
            List<SupportLink> links = support.get(a.key());
            int current = (int) links.stream().filter(l -> !l.future()).count();
            int future = links.size() - current;
            PostureRecommendation p = PostureRecommendation.of(a, current, future);
            postures.add(p);
            postureOf.put(a.key(), p.posture());
        }

        // Future-state tasks: supported ones, per vendor, and unsupported ones per process.
        Set<String> supported = new HashSet<>();
        Map<String, Set<String>> vendorTasks = new LinkedHashMap<>();
        Map<String, Application> byKey = new HashMap<>();
        applications.forEach(a -> byKey.put(a.key(), a));
        support.forEach((key, links) -> {
            String vendor = vendorOf(byKey.get(key));
            Set<String> tasks = vendorTasks.computeIfAbsent(vendor, v -> new HashSet<>());
            for (SupportLink l : links) {
                if (l.future()) {
                    supported.add(l.processKey() + ":" + l.elementId());
                    tasks.add(l.processKey() + ":" + l.elementId());
                }
            }
        });
        Map<String, List<String>> unsupported = new LinkedHashMap<>();
        int unsupportedCount = 0;
        for (PortfolioProcess process : processes) {
            List<String> ids = new ArrayList<>();
            if (!applications.isEmpty() && process.future() != null) {
                process.future().nodes().stream().filter(n -> n.kind().isTask())
                        .filter(n -> !supported.contains(process.processKey() + ":" + n.id()))
                        .forEach(n -> ids.add(n.id()));
            }
            unsupportedCount += ids.size();
            unsupported.put(process.processKey(), List.copyOf(ids));
        }

        HeatMap heatMap = heatMap(applications, processes, support, postureOf);
        PortfolioSummary summary = summary(applications, postures, vendorTasks, supported.size(),
                unsupportedCount, heatMap);
        java.util.TreeSet<String> laneNames = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (PortfolioProcess process : processes) {
            for (com.gapwise.model.ProcessModel model : new com.gapwise.model.ProcessModel[] {process.current(),
                    process.future()}) {
                if (model != null) {
                    model.lanes().forEach(l -> addName(laneNames, l.name()));
                    model.pools().forEach(p -> addName(laneNames, p.name()));
                }
            }
        }
        return new PortfolioAssessment(List.copyOf(postures), summary, heatMap, support, unsupported,
                List.copyOf(laneNames));
    }

    /** The posture in force of an application, or null when it is not in the inventory. */
    public PostureRecommendation posture(String applicationKey) {
        return postures.stream().filter(p -> p.applicationKey().equals(applicationKey)).findFirst().orElse(null);
    }

    private static void addName(Set<String> names, String name) {
        if (name != null && !name.isBlank()) {
            names.add(name.strip());
        }
    }

    private static String vendorOf(Application a) {
        return a.vendor().isEmpty() ? "(vendor unknown: " + a.name() + ")" : a.vendor();
    }

    private static HeatMap heatMap(List<Application> applications, List<PortfolioProcess> processes,
                                   Map<String, List<SupportLink>> support, Map<String, Posture> postureOf) {
        List<HeatMap.Column> columns = applications.stream()
                .map(a -> new HeatMap.Column(a.key(), a.name(), postureOf.get(a.key()), a.technicalHealth())).toList();
        // counts[process][application] = {current, future}
        Map<String, Map<String, int[]>> counts = new HashMap<>();
        support.forEach((key, links) -> links.forEach(l -> counts.computeIfAbsent(l.processKey(), k -> new HashMap<>())
                .computeIfAbsent(key, k -> new int[2])[l.future() ? 1 : 0]++));
        List<HeatMap.Row> rows = new ArrayList<>();
        for (PortfolioProcess process : processes) {
            Map<String, int[]> row = counts.getOrDefault(process.processKey(), Map.of());
            List<HeatMap.Cell> cells = applications.stream().map(a -> {
                int[] c = row.getOrDefault(a.key(), new int[2]);
                return new HeatMap.Cell(a.key(), c[0], c[1]);
            }).toList();
            rows.add(new HeatMap.Row(process.processKey(), process.processName(), cells));
        }
        return new HeatMap(columns, rows);
    }

    private static PortfolioSummary summary(List<Application> applications,
                                            List<PostureRecommendation> postures, Map<String, Set<String>> vendorTasks,
                                            int supported, int unsupported, HeatMap heatMap) {
        Map<Posture, Integer> perPosture = new EnumMap<>(Posture.class);
        for (Posture p : Posture.values()) {
            perPosture.put(p, 0);
        }
        postures.forEach(p -> perPosture.merge(p.posture(), 1, Integer::sum));
        double total = applications.stream().mapToDouble(Application::annualCost).sum();
        PortfolioSummary.DeploymentShare saas = share(applications, Deployment.SAAS, total);
        PortfolioSummary.DeploymentShare onPremise = share(applications, Deployment.ON_PREMISE, total);

        List<PortfolioSummary.VendorShare> vendors = new ArrayList<>();
        vendorTasks.forEach((vendor, tasks) -> {
            List<Application> of = applications.stream().filter(a -> vendorOf(a).equals(vendor)).toList();
            vendors.add(new PortfolioSummary.VendorShare(vendor, of.size(),
                    of.stream().mapToDouble(Application::annualCost).sum(), tasks.size(),
                    supported == 0 ? 0 : (double) tasks.size() / supported));
        });
        vendors.sort(Comparator.comparingInt(PortfolioSummary.VendorShare::futureTasks).reversed()
                .thenComparing(PortfolioSummary.VendorShare::vendor));
        double largest = vendors.isEmpty() ? 0 : vendors.get(0).share();

        Map<String, Integer> perProcess = new LinkedHashMap<>();
        for (HeatMap.Row row : heatMap.processes()) {
            perProcess.put(row.processKey(), (int) row.cells().stream()
                    .filter(c -> c.currentTasks() + c.futureTasks() > 0).count());
        }
        double average = perProcess.isEmpty() ? 0
                : perProcess.values().stream().mapToInt(Integer::intValue).average().orElse(0);

        String architecture;
        String reason;
        if (supported == 0) {
            architecture = "NONE";
            reason = "No application supports a future-state task yet.";
        } else {
            String lead = vendors.get(0).vendor();
            String percent = Math.round(largest * 100) + "%";
            architecture = largest >= PortfolioSummary.SUITE_SHARE ? "SUITE" : "POINT_SOLUTIONS";
            reason = lead + " covers " + percent + " of the " + supported + " supported future-state tasks ("
                    + (architecture.equals("SUITE") ? "at least " : "less than ")
                    + Math.round(PortfolioSummary.SUITE_SHARE * 100) + "%), across " + vendors.size() + " vendor"
                    + (vendors.size() == 1 ? "" : "s") + " and " + String.format(java.util.Locale.ROOT, "%.1f", average)
                    + " applications per process.";
        }
        return new PortfolioSummary(applications.size(), total, perPosture, saas, onPremise, List.copyOf(vendors),
                supported, unsupported, largest, perProcess, average, architecture, reason);
    }

    private static PortfolioSummary.DeploymentShare share(List<Application> applications, Deployment deployment,
                                                          double total) {
        List<Application> of = applications.stream().filter(a -> a.deployment() == deployment).toList();
        double cost = of.stream().mapToDouble(Application::annualCost).sum();
        return new PortfolioSummary.DeploymentShare(of.size(), cost,
                applications.isEmpty() ? 0 : (double) of.size() / applications.size(), total == 0 ? 0 : cost / total);
    }
}
