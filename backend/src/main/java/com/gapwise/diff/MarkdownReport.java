package com.gapwise.diff;

import com.gapwise.model.ProcessModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The diff as Markdown for a review: title, summary counts, changes grouped by lane in tables, the splits
 * and merges, then added and removed elements.
 */
public final class MarkdownReport {

    private static final String NO_LANE = "(no lane)";
    /** The heading of the changes on lanes, pools and data themselves, which sit in no lane: listed first. */
    private static final String CONTAINERS = "Lanes, pools and data";

    private MarkdownReport() {
    }

    /**
     * @param current     the current-state model the diff was made from (for the names of merged and split elements)
     * @param future      the future-state model
     * @param currentName how the current-state model is called in the title (its file, say)
     */
    public static String render(DiffResult diff, ProcessModel current, ProcessModel future, String currentName,
                                String futureName) {
        Map<String, String> currentNames = names(current);
        Map<String, String> futureNames = names(future);
        Map<String, List<String>> currentsOf = diff.merges();
        Map<String, List<String>> futuresOf = diff.splits();
        ElementPlace currentPlaces = ElementPlace.in(current);
        ElementPlace futurePlaces = ElementPlace.in(future);
        StringBuilder md = new StringBuilder();
        md.append("# Process diff: ").append(text(currentName)).append(" → ").append(text(futureName)).append("\n\n");

        md.append("## Summary\n\n| | Count |\n|---|---:|\n");
        row(md, "Matched elements", diff.matches().stream().map(Match::current).distinct().count());
        row(md, "Added", diff.added().size());
        row(md, "Removed", diff.removed().size());
        Set<String> changed = diff.changes().stream().map(Change::future).collect(Collectors.toSet());
        row(md, "Changed elements", changed.size());
        row(md, "Split (one into several)", futuresOf.size());
        row(md, "Merged (several into one)", currentsOf.size());
        Map<ChangeType, Long> byType = new EnumMap<>(ChangeType.class);
        diff.changes().forEach(c -> byType.merge(c.type(), 1L, Long::sum));
        byType.forEach((type, count) -> row(md, "&nbsp;&nbsp;" + words(type), count));
        List<Match> weak = weakPairs(diff, currentNames, futureNames);
        row(md, "Pairs to check (score under " + Match.CHECK_BELOW + ")", weak.size());
        md.append('\n');

        md.append("## Changes by lane\n\n");
        if (diff.changes().isEmpty()) {
            md.append("No changes on matched elements.\n\n");
        }
        Map<String, List<Change>> byLane = new TreeMap<>(Comparator.comparing((String lane) -> !lane.equals(CONTAINERS))
                .thenComparing(Comparator.naturalOrder()));
        diff.changes().forEach(c -> byLane.computeIfAbsent(isContainer(c.elementType()) ? CONTAINERS
                : c.lane() == null ? NO_LANE : c.lane(), k -> new ArrayList<>()).add(c));
        // within a lane, in the order of the future flow (then the current one): a reviewer walks the process
        Map<String, Integer> futureSteps = FlowGraph.of(future).stepsFromStarts();
        Map<String, Integer> currentSteps = FlowGraph.of(current).stepsFromStarts();
        Comparator<Change> inFlowOrder = Comparator
                .comparing((Change c) -> futureSteps.getOrDefault(c.future(), Integer.MAX_VALUE))
                .thenComparing(c -> currentSteps.getOrDefault(c.current(), Integer.MAX_VALUE));
        byLane.forEach((lane, changes) -> {
            changes.sort(inFlowOrder);
            md.append("### ").append(text(lane)).append("\n\n");
            md.append("| Element | Type | Change | Before | After |\n|---|---|---|---|---|\n");
            for (Change c : changes) {
                String element = c.name().isEmpty() ? unnamed(futurePlaces.of(c.future()), c.future()) : cell(c.name());
                if (currentsOf.containsKey(c.future())) {
                    // one row per merged element: say which
                    element += cell(" (from '" + currentNames.getOrDefault(c.current(), c.current()) + "')");
                }
                md.append("| ").append(element).append(" | ").append(cell(c.elementType()))
                        .append(" | ").append(words(c.type())).append(" | ").append(side(c, c.before())).append(" | ")
                        .append(side(c, c.after())).append(" |\n");
            }
            md.append('\n');
        });

        md.append("## Splits and merges\n\n");
        List<List<List<String>>> groups = splitsAndMerges(diff, futuresOf, currentsOf);
        if (groups.isEmpty()) {
            md.append("None.\n\n");
        } else {
            // one row per group of elements that correspond together: a task split and merged with another is one row
            md.append("| Current | Future |\n|---|---|\n");
            for (List<List<String>> group : groups) {
                md.append("| ").append(cell(quoted(currentNames, group.get(0)))).append(" | ")
                        .append(cell(quoted(futureNames, group.get(1)))).append(" |\n");
            }
            md.append('\n');
        }

        refs(md, "Added", diff.added(), futurePlaces);
        refs(md, "Removed", diff.removed(), currentPlaces);
        pairsToCheck(md, weak, currentNames, futureNames, currentPlaces, futurePlaces);
        return md.toString();
    }

    /** The matcher's pairs of differently named elements scored under {@link Match#CHECK_BELOW}, in the diff's order. */
    private static List<Match> weakPairs(DiffResult diff, Map<String, String> currentNames, Map<String, String> futureNames) {
        List<Match> weak = new ArrayList<>();
        for (Match m : diff.matches()) {
            String c = text(currentNames.get(m.current())).strip();
            String f = text(futureNames.get(m.future())).strip();
            if (m.madeOnWeakEvidence() && !c.equalsIgnoreCase(f)) {
                weak.add(m);
            }
        }
        return weak;
    }

    /**
     * The pairs of differently named elements made on little evidence ({@link #weakPairs}): what a reviewer should
     * confirm before trusting the renames and moves the tables above report for them.
     */
    private static void pairsToCheck(StringBuilder md, List<Match> weak, Map<String, String> currentNames,
                                     Map<String, String> futureNames, ElementPlace currentPlaces, ElementPlace futurePlaces) {
        md.append("## Pairs to check\n\n");
        if (weak.isEmpty()) {
            md.append("None: every pair of differently named elements scored ")
                    .append(Match.CHECK_BELOW).append(" or more.\n\n");
            return;
        }
        md.append("Paired on weak evidence (score under ").append(Match.CHECK_BELOW).append(": words only loosely related, or ")
                .append("the place in the flow alone). Confirm or correct them before relying on what the tables above ")
                .append("say of them; the JSON form lists every reason.\n\n");
        md.append("| Current | Future | Type | Score | Reason |\n|---|---|---|---:|---|\n");
        for (Match m : weak) {
            String c = currentNames.get(m.current());
            String f = futureNames.get(m.future());
            md.append("| ").append(text(c).isBlank() ? unnamed(currentPlaces.of(m.current()), m.current()) : cell(c))
                    .append(" | ").append(text(f).isBlank() ? unnamed(futurePlaces.of(m.future()), m.future()) : cell(f))
                    .append(" | ").append(cell(m.type())).append(" | ").append(m.score())
                    .append(" | ").append(m.reasons().isEmpty() ? "" : cell(m.reasons().get(0))).append(" |\n");
        }
        md.append('\n');
    }

    private static void refs(StringBuilder md, String title, List<ElementRef> refs, ElementPlace places) {
        md.append("## ").append(title).append("\n\n");
        if (refs.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        md.append("| Element | Type | Lane | Id |\n|---|---|---|---|\n");
        // by lane as the changes are, so that a reviewer reads what a role gained or lost together
        List<ElementRef> byLane = new ArrayList<>(refs);
        byLane.sort(Comparator.comparing((ElementRef r) -> r.lane() == null ? NO_LANE : r.lane())
                .thenComparing(ElementRef::type).thenComparing(r -> text(r.name())).thenComparing(ElementRef::id));
        for (ElementRef r : byLane) {
            md.append("| ").append(text(r.name()).isBlank() ? unnamed(places.of(r.id()), "") : cell(r.name())).append(" | ").append(cell(r.type()))
                    .append(" | ").append(cell(r.lane())).append(" | `").append(r.id().replace("`", "'")).append("` |\n");
        }
        md.append('\n');
    }

    /** Whether an element of this type holds others or data rather than being a step of the flow. */
    private static boolean isContainer(String elementType) {
        return "lane".equals(elementType) || "participant".equals(elementType) || elementType.startsWith("data");
    }

    /**
     * The groups of elements joined by matches where one element has several counterparts: [current ids,
     * future ids] each, in the order of their first match.
     */
    private static List<List<List<String>>> splitsAndMerges(DiffResult diff, Map<String, List<String>> futuresOf,
                                                           Map<String, List<String>> currentsOf) {
        Map<String, String> groupOf = new HashMap<>(); // "c:" / "f:" + id -> representative
        Map<String, List<List<String>>> groups = new LinkedHashMap<>();
        for (Match match : diff.matches()) {
            if (!futuresOf.containsKey(match.current()) && !currentsOf.containsKey(match.future())) {
                continue;
            }
            String c = groupOf.get("c:" + match.current());
            String f = groupOf.get("f:" + match.future());
            String group = c != null ? c : f != null ? f : "c:" + match.current();
            groups.computeIfAbsent(group, k -> List.of(new ArrayList<>(), new ArrayList<>()));
            if (c != null && f != null && !c.equals(f)) {
                // the match joins two groups: the later one moves into the earlier
                List<List<String>> moved = groups.remove(f);
                groups.get(c).get(0).addAll(moved.get(0));
                groups.get(c).get(1).addAll(moved.get(1));
                groupOf.replaceAll((k, v) -> v.equals(f) ? c : v);
            }
            if (c == null) {
                groupOf.put("c:" + match.current(), group);
                groups.get(group).get(0).add(match.current());
            }
            if (f == null) {
                groupOf.put("f:" + match.future(), group);
                groups.get(group).get(1).add(match.future());
            }
        }
        return new ArrayList<>(groups.values());
    }

    /** Names by id of the elements a match can pair: flow nodes, lanes, pools, data. */
    private static Map<String, String> names(ProcessModel model) {
        Map<String, String> names = new HashMap<>();
        model.nodes().forEach(n -> names.put(n.id(), n.name()));
        model.lanes().forEach(l -> names.put(l.id(), l.name()));
        model.pools().forEach(p -> names.put(p.id(), p.name()));
        model.data().forEach(d -> names.put(d.id(), d.name()));
        return names;
    }

    /** The elements' names in quotes, joined; an unnamed one by its id. */
    private static String quoted(Map<String, String> names, List<String> ids) {
        List<String> quoted = new ArrayList<>();
        for (String id : ids) {
            String name = names.get(id);
            quoted.add(name == null || name.isBlank() ? "`" + id.replace("`", "'") + "`" : "'" + text(name) + "'");
        }
        return String.join(", ", quoted);
    }

    /**
     * The element cell of an element without a name: where it sits ("*(no name)* after 'Assess claim'"), so that
     * two unnamed gateways of one lane read apart; without a place, {@code otherwise} (its id, say).
     */
    private static String unnamed(String place, String otherwise) {
        if (!place.isEmpty()) {
            return "*(no name)* " + cell(place);
        }
        return otherwise.isEmpty() ? "*(no name)*" : cell(otherwise);
    }

    private static void row(StringBuilder md, String label, long count) {
        md.append("| ").append(label).append(" | ").append(count).append(" |\n");
    }

    private static String words(ChangeType type) {
        String s = type.inWords();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String text(String s) {
        return s == null ? "" : s.replace("\n", " ");
    }

    /**
     * The before or after cell of a change: a name that is not there reads "(no name)" (a gateway named on one
     * side only), anything else that is not there "none" (no attached events, no data), not an empty cell
     * that looks like a gap in the table.
     */
    private static String side(Change change, String value) {
        if (value != null && !value.isBlank()) {
            return cell(value);
        }
        return change.type() == ChangeType.RENAMED ? "*(no name)*" : "*none*";
    }

    /** A Markdown table cell: pipes and line breaks would break the table. */
    public static String cell(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
