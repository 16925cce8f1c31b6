package com.gapwise.report;

import com.gapwise.diff.Change;
import com.gapwise.diff.ChangeType;
import com.gapwise.diff.DiffResult;
import com.gapwise.diff.ElementRef;
import java.util.HashMap;
import java.util.Map;

/** Which elements of each side of a diff are highlighted, and how. */
public record Highlights(Map<String, Mark> current, Map<String, Mark> future) {

    public Highlights {
        current = Map.copyOf(current);
        future = Map.copyOf(future);
    }

    public static Highlights of(DiffResult diff) {
        Map<String, Mark> current = new HashMap<>();
        Map<String, Mark> future = new HashMap<>();
        for (ElementRef r : diff.removed()) {
            current.put(r.id(), Mark.REMOVED);
        }
        for (ElementRef a : diff.added()) {
            future.put(a.id(), Mark.ADDED);
        }
        for (Change c : diff.changes()) {
            Mark mark = c.type() == ChangeType.AUTOMATED ? Mark.AUTOMATED
                    : c.type() == ChangeType.MOVED_LANE ? Mark.MOVED_LANE : Mark.CHANGED;
            strongest(current, c.current(), mark);
            strongest(future, c.future(), mark);
        }
        return new Highlights(current, future);
    }

    private static void strongest(Map<String, Mark> marks, String id, Mark mark) {
        if (id != null) {
            marks.merge(id, mark, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
    }
}
