package com.gapwise.spreadsheet;

import com.gapwise.spreadsheet.WorkbookContent.GoalRow;
import com.gapwise.spreadsheet.WorkbookContent.ScoreRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Process x goal scores as a matrix, as analysts score: a row per process, a column per goal ("Lower cost [G3]":
 * the goal's key in brackets identifies it), cells 0..5, blank for not scored.
 */
public final class ScoresSheet implements SheetCodec<ScoreRow> {

    static final String PROCESS_ID = "Process id";
    static final String PROCESS = "Process";
    private static final Pattern GOAL = Pattern.compile("\\[G(\\d{1,18})]\\s*$");

    @Override
    public String sheetName() {
        return "Scores";
    }

    @Override
    public List<Column> columns(WorkbookContent content) {
        List<Column> columns = new ArrayList<>(List.of(Column.readOnly(PROCESS_ID, 11), Column.readOnly(PROCESS, 40)));
        for (GoalRow g : content.goals()) {
            columns.add(Column.whole(header(g), Math.min(30, Math.max(12, header(g).length())), 0, 5));
        }
        return columns;
    }

    static String header(GoalRow g) {
        return g.name() + " [G" + g.id() + "]";
    }

    @Override
    public List<String> requiredHeaders() {
        return List.of(PROCESS_ID);
    }

    @Override
    public List<ScoreRow> rows(WorkbookContent content) {
        return content.scores();
    }

    @Override
    public List<Object> cells(ScoreRow s, WorkbookContent content) {
        List<Object> cells = new ArrayList<>();
        cells.add(s.processId());
        cells.add(s.processName());
        for (GoalRow g : content.goals()) {
            cells.add(s.scores().get(g.id()));
        }
        return cells;
    }

    @Override
    public ScoreRow read(SheetReader.RowCells cells) {
        boolean[] bad = {false};
        Integer processId = cells.whole(PROCESS_ID, 1, Integer.MAX_VALUE, bad);
        if (processId == null && !bad[0]) {
            cells.error(PROCESS_ID, "The process id is empty: scores are given to processes of the catalogue "
                    + "(a process added in this workbook gets its id on import; score it in the next download).");
        }
        Map<Long, Integer> scores = new HashMap<>();
        Set<Long> goals = new HashSet<>();
        for (Map.Entry<String, Integer> h : cells.headers().entrySet()) {
            if (h.getKey().equals(PROCESS_ID) || h.getKey().equals(PROCESS)) {
                continue;
            }
            Matcher m = GOAL.matcher(h.getKey());
            if (!m.find()) {
                cells.error(h.getKey(), "The column '" + h.getKey() + "' names no goal: goal columns end with the "
                        + "goal's key, e.g. 'Lower cost [G3]'.");
                bad[0] = true;
                continue;
            }
            goals.add(Long.parseLong(m.group(1)));
            Integer score = cells.wholeAt(h.getKey(), h.getValue(), 0, 5, bad);
            if (score != null) {
                scores.put(Long.parseLong(m.group(1)), score);
            }
        }
        if (processId == null || bad[0]) {
            return null;
        }
        return new ScoreRow(cells.number(), processId, null, scores, goals);
    }
}
