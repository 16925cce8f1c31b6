package com.gapwise.spreadsheet;

import com.gapwise.spreadsheet.WorkbookContent.GoalRow;
import java.util.ArrayList;
import java.util.List;

/** Goals: id (blank for a new goal), name, weight 0..100, description, keywords. */
public final class GoalsSheet implements SheetCodec<GoalRow> {

    static final String ID = "Goal id";
    static final String NAME = "Name";
    static final String WEIGHT = "Weight";
    static final String DESCRIPTION = "Description";
    static final String KEYWORDS = "Keywords";
    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;

    @Override
    public String sheetName() {
        return "Goals";
    }

    @Override
    public List<Column> columns(WorkbookContent content) {
        return List.of(Column.readOnly(ID, 9), Column.edit(NAME, 40), Column.edit(WEIGHT, 8),
                Column.edit(DESCRIPTION, 60), Column.edit(KEYWORDS, 30));
    }

    @Override
    public List<String> requiredHeaders() {
        return List.of(ID, NAME, WEIGHT);
    }

    @Override
    public List<GoalRow> rows(WorkbookContent content) {
        return content.goals();
    }

    @Override
    public List<Object> cells(GoalRow g, WorkbookContent content) {
        List<Object> cells = new ArrayList<>();
        cells.add(g.id());
        cells.add(g.name());
        cells.add(g.weight());
        cells.add(g.description());
        cells.add(String.join(", ", g.keywords()));
        return cells;
    }

    @Override
    public GoalRow read(SheetReader.RowCells cells) {
        boolean[] bad = {false};
        Integer id = cells.whole(ID, 1, Integer.MAX_VALUE, bad);
        String name = cells.requiredText(NAME, MAX_NAME);
        Double weight = cells.decimal(WEIGHT, 0, 100, bad);
        if (weight == null && !bad[0]) {
            cells.error(WEIGHT, "The weight is empty; give 0 to 100.");
        }
        String description = cells.text(DESCRIPTION);
        if (description != null && description.length() > MAX_DESCRIPTION) {
            cells.error(DESCRIPTION, "The description has " + description.length() + " characters; at most "
                    + MAX_DESCRIPTION + ".");
        }
        if (name == null || weight == null || bad[0]) {
            return null;
        }
        return new GoalRow(cells.number(), id == null ? null : id.longValue(), name, weight, description,
                cells.list(KEYWORDS));
    }
}
