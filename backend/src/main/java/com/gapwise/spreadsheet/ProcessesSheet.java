package com.gapwise.spreadsheet;

import com.gapwise.spreadsheet.WorkbookContent.ProcessRow;
import java.util.ArrayList;
import java.util.List;

/** The process catalogue: id (blank for a new process), name, level 1..5, parent (its id or name). */
public final class ProcessesSheet implements SheetCodec<ProcessRow> {

    static final String ID = "Process id";
    static final String NAME = "Name";
    static final String LEVEL = "Level";
    static final String PARENT = "Parent";
    static final int MAX_NAME = 200;

    @Override
    public String sheetName() {
        return "Processes";
    }

    @Override
    public List<Column> columns(WorkbookContent content) {
        return List.of(Column.readOnly(ID, 11), Column.edit(NAME, 45), Column.whole(LEVEL, 7, 1, 5),
                Column.edit(PARENT, 30));
    }

    @Override
    public List<String> requiredHeaders() {
        return List.of(ID, NAME, LEVEL, PARENT);
    }

    @Override
    public List<ProcessRow> rows(WorkbookContent content) {
        return content.processes();
    }

    @Override
    public List<Object> cells(ProcessRow p, WorkbookContent content) {
        List<Object> cells = new ArrayList<>();
        cells.add(p.id());
        cells.add(p.name());
        cells.add(p.level());
        // the parent's id as a number, so Excel does not flag "number stored as text"
        cells.add(p.parent() != null && p.parent().matches("\\d{1,15}") ? (Object) Long.parseLong(p.parent()) : p.parent());
        return cells;
    }

    @Override
    public ProcessRow read(SheetReader.RowCells cells) {
        boolean[] bad = {false};
        Integer id = cells.whole(ID, 1, Integer.MAX_VALUE, bad);
        String name = cells.requiredText(NAME, MAX_NAME);
        Integer level = cells.whole(LEVEL, 1, 5, bad);
        if (level == null && !bad[0]) {
            cells.error(LEVEL, "The level is empty; give 1 to 5.");
        }
        String parent = cells.text(PARENT);
        if (name == null || level == null || bad[0]) {
            return null;
        }
        return new ProcessRow(cells.number(), id == null ? null : id.longValue(), name, level, parent);
    }
}
