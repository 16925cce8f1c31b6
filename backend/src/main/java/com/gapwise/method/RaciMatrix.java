package com.gapwise.method;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who is responsible, accountable, consulted and informed for each activity of the project.
 *
 * @param roles      the columns, in display order
 * @param activities the rows, in display order
 */
public record RaciMatrix(List<String> roles, List<Activity> activities) {

    /**
     * One row.
     *
     * @param phase       the method phase it belongs to, or null for an activity the analyst added
     * @param name        the activity
     * @param assignments role to its letters; roles without involvement may be absent
     */
    public record Activity(MethodPhase phase, String name, Map<String, Set<Raci>> assignments) {
        public Activity {
            assignments = Map.copyOf(assignments);
        }

        /** The declared roles holding a letter, in the matrix's role order; undeclared roles do not count. */
        List<String> holders(Raci letter, List<String> roleOrder) {
            List<String> out = new ArrayList<>();
            for (String role : roleOrder) {
                if (assignments.getOrDefault(role, Set.of()).contains(letter)) {
                    out.add(role);
                }
            }
            return out;
        }
    }

    public RaciMatrix {
        roles = List.copyOf(roles);
        activities = List.copyOf(activities);
    }

    /** The default roles of a customer-service engagement. */
    public static final List<String> DEFAULT_ROLES =
            List.of("Sponsor", "Project lead", "Process analyst", "Enterprise architect", "Process owner");

    /**
     * Every step of the method as an activity, with a typical valid assignment the team adapts: the sponsor is
     * accountable for what commits the organisation, the project lead for the rest; analysts and architects do
     * the work of their craft.
     */
    public static RaciMatrix methodDefault() {
        List<Activity> rows = new ArrayList<>();
        for (MethodPhase phase : MethodPhase.values()) {
            for (String step : phase.steps()) {
                rows.add(new Activity(phase, step, defaultCells(step)));
            }
        }
        return new RaciMatrix(DEFAULT_ROLES, rows);
    }

    private static Map<String, Set<Raci>> defaultCells(String step) {
        Map<String, String> cells = new LinkedHashMap<>();
        boolean sponsorOwns = Set.of("Charter", "Goals", "Roadmap", "Strategy document").contains(step);
        boolean architecture = Set.of("Application inventory", "Architectural posture", "Initiatives",
                "Initiative scoring", "Roadmap", "Strategy document").contains(step);
        cells.put("Sponsor", sponsorOwns ? "A" : "I");
        cells.put("Project lead", sponsorOwns ? (architecture ? "C" : "R") : "A");
        cells.put("Process analyst", architecture ? "C" : "R");
        cells.put("Enterprise architect", architecture ? "R" : "C");
        cells.put("Process owner", "C");
        Map<String, Set<Raci>> out = new LinkedHashMap<>();
        cells.forEach((role, letters) -> out.put(role, Raci.parse(letters)));
        return out;
    }

    /**
     * Every broken rule, in row order: each activity has exactly one Accountable and at least one Responsible,
     * letters go to declared roles only, and neither activities nor roles repeat.
     */
    public List<RaciViolation> violations() {
        List<RaciViolation> out = new ArrayList<>();
        Set<String> seenRoles = new HashSet<>();
        for (String role : roles) {
            if (!seenRoles.add(key(role))) {
                out.add(new RaciViolation(null, role, "DUPLICATE_ROLE", "The role '" + role + "' appears twice."));
            }
        }
        Set<String> seenActivities = new HashSet<>();
        for (Activity a : activities) {
            if (!seenActivities.add(key(a.name()))) {
                out.add(new RaciViolation(a.name(), null, "DUPLICATE_ACTIVITY",
                        "The activity '" + a.name() + "' appears twice."));
            }
            a.assignments().keySet().stream().filter(r -> !roles.contains(r)).sorted().forEach(r -> out.add(
                    new RaciViolation(a.name(), r, "UNKNOWN_ROLE",
                            "'" + a.name() + "' assigns " + Raci.format(a.assignments().get(r)) + " to '" + r
                                    + "', which is not a role of the matrix.")));
            List<String> accountable = a.holders(Raci.A, roles);
            if (accountable.isEmpty()) {
                out.add(new RaciViolation(a.name(), null, "NO_ACCOUNTABLE",
                        "'" + a.name() + "' has no Accountable role; exactly one is needed."));
            } else if (accountable.size() > 1) {
                for (String role : accountable) {
                    out.add(new RaciViolation(a.name(), role, "SEVERAL_ACCOUNTABLE",
                            "'" + a.name() + "' has " + accountable.size() + " Accountable roles ("
                                    + String.join(", ", accountable) + "); exactly one is needed."));
                }
            }
            if (a.holders(Raci.R, roles).isEmpty()) {
                out.add(new RaciViolation(a.name(), null, "NO_RESPONSIBLE",
                        "'" + a.name() + "' has no Responsible role; at least one is needed."));
            }
        }
        return out;
    }

    public boolean isValid() {
        return violations().isEmpty();
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
