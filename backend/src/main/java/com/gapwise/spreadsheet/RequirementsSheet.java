package com.gapwise.spreadsheet;

import com.gapwise.spreadsheet.WorkbookContent.RequirementRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Requirements as derived: priority (MoSCoW), text and initiative are the analyst's; key, process, type and gaps
 * are context. Requirements are derived from the models, so rows are neither added nor removed here.
 */
public final class RequirementsSheet implements SheetCodec<RequirementRow> {

    static final String KEY = "Key";
    static final String PROCESS = "Process";
    static final String TYPE = "Type";
    static final String PRIORITY = "Priority";
    static final String TEXT = "Text";
    static final String INITIATIVE = "Initiative";
    static final String GAPS = "Gaps";
    public static final List<String> PRIORITIES = List.of("MUST", "SHOULD", "COULD", "WONT");

    @Override
    public String sheetName() {
        return "Requirements";
    }

    @Override
    public List<Column> columns(WorkbookContent content) {
        return List.of(Column.readOnly(KEY, 22), Column.readOnly(PROCESS, 24), Column.readOnly(TYPE, 15),
                Column.choice(PRIORITY, 10, PRIORITIES), Column.edit(TEXT, 70), Column.edit(INITIATIVE, 24),
                Column.readOnly(GAPS, 30));
    }

    @Override
    public List<String> requiredHeaders() {
        return List.of(KEY, PRIORITY, TEXT, INITIATIVE);
    }

    @Override
    public List<RequirementRow> rows(WorkbookContent content) {
        return content.requirements();
    }

    @Override
    public List<Object> cells(RequirementRow r, WorkbookContent content) {
        List<Object> cells = new ArrayList<>();
        cells.add(r.key());
        cells.add(r.process());
        cells.add(r.type());
        cells.add(r.priority());
        cells.add(r.text());
        cells.add(r.initiative());
        cells.add(String.join(", ", r.gapKeys()));
        return cells;
    }

    @Override
    public RequirementRow read(SheetReader.RowCells cells) {
        boolean[] bad = {false};
        String key = cells.requiredText(KEY, 200);
        String priority = cells.choice(PRIORITY, PRIORITIES, bad);
        if (priority == null && !bad[0]) {
            cells.error(PRIORITY, "The priority is empty; give one of " + String.join(", ", PRIORITIES) + ".");
        }
        String text = cells.requiredText(TEXT, SheetReader.MAX_TEXT);
        String initiative = cells.text(INITIATIVE);
        if (key == null || priority == null || text == null || bad[0]) {
            return null;
        }
        return new RequirementRow(cells.number(), key, null, null, priority, text, initiative, List.of());
    }
}
