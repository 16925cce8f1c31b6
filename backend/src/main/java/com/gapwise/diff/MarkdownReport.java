package com.gapwise.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The diff as Markdown for a review: title, summary counts, changes grouped by lane in tables, then
 * added and removed elements.
 */
public final class MarkdownReport {

    private static final String NO_LANE = "(no lane)";

    private MarkdownReport() {
    }

    public static String render(DiffResult diff, String currentName, String futureName) {
        StringBuilder md = new StringBuilder();
        md.append("# Process diff: ").append(text(currentName)).append(" → ").append(text(futureName)).append("\n\n");

        md.append("## Summary\n\n| | Count |\n|---|---:|\n");
        row(md, "Matched elements", diff.matches().stream().map(Match::current).distinct().count());
        row(md, "Added", diff.added().size());
        row(md, "Removed", diff.removed().size());
        Set<String> changed = diff.changes().stream().map(Change::future).collect(Collectors.toSet());
        row(md, "Changed elements", changed.size());
        Map<ChangeType, Long> byType = new EnumMap<>(ChangeType.class);
        diff.changes().forEach(c -> byType.merge(c.type(), 1L, Long::sum));
        byType.forEach((type, count) -> row(md, "&nbsp;&nbsp;" + words(type), count));
        md.append('\n');

        md.append("## Changes by lane\n\n");
        if (diff.changes().isEmpty()) {
            md.append("No changes on matched elements.\n\n");
        }
        Map<String, List<Change>> byLane = new TreeMap<>();
        diff.changes().forEach(c -> byLane.computeIfAbsent(c.lane() == null ? NO_LANE : c.lane(), k -> new ArrayList<>()).add(c));
        byLane.forEach((lane, changes) -> {
            md.append("### ").append(text(lane)).append("\n\n");
            md.append("| Element | Type | Change | Before | After |\n|---|---|---|---|---|\n");
            for (Change c : changes) {
                md.append("| ").append(cell(c.name().isEmpty() ? c.future() : c.name())).append(" | ").append(cell(c.elementType()))
                        .append(" | ").append(words(c.type())).append(" | ").append(cell(c.before())).append(" | ")
                        .append(cell(c.after())).append(" |\n");
            }
            md.append('\n');
        });

        refs(md, "Added", diff.added());
        refs(md, "Removed", diff.removed());
        return md.toString();
    }

    private static void refs(StringBuilder md, String title, List<ElementRef> refs) {
        md.append("## ").append(title).append("\n\n");
        if (refs.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        md.append("| Element | Type | Lane | Id |\n|---|---|---|---|\n");
        for (ElementRef r : refs) {
            md.append("| ").append(cell(r.name())).append(" | ").append(cell(r.type())).append(" | ").append(cell(r.lane()))
                    .append(" | `").append(r.id().replace("`", "'")).append("` |\n");
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, String label, long count) {
        md.append("| ").append(label).append(" | ").append(count).append(" |\n");
    }

    private static String words(ChangeType type) {
        String s = type.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String text(String s) {
        return s == null ? "" : s.replace("\n", " ");
    }

    /** A Markdown table cell: pipes and line breaks would break the table. */
    public static String cell(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
