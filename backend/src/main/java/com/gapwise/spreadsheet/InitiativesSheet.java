package com.gapwise.spreadsheet;

import com.gapwise.spreadsheet.WorkbookContent.InitiativeRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Initiatives: name, effort, the analyst's dependencies and the pinned period are the analyst's; requirements,
 * derived dependencies and the score are context. Membership is changed on the Requirements sheet.
 */
public final class InitiativesSheet implements SheetCodec<InitiativeRow> {

    static final String KEY = "Key";
    static final String NAME = "Name";
    static final String REQUIREMENTS = "Requirements";
    static final String EFFORT = "Effort";
    static final String DEPENDS_ON = "Depends on";
    static final String DERIVED = "Derived dependencies";
    static final String PINNED = "Pinned period";
    static final String SCORE = "Score";
    public static final int MAX_EFFORT = 1000;
    /** Excel keeps an in-cell list of at most 255 characters; longer period lists go without one. */
    private static final int MAX_LIST_CHARS = 250;

    @Override
    public String sheetName() {
        return "Initiatives";
    }

    @Override
    public List<Column> columns(WorkbookContent content) {
        List<String> periods = String.join(",", content.periods()).length() <= MAX_LIST_CHARS ? content.periods()
                : List.of();
        return List.of(Column.readOnly(KEY, 24), Column.edit(NAME, 40), Column.readOnly(REQUIREMENTS, 30),
                Column.whole(EFFORT, 8, 1, MAX_EFFORT), Column.edit(DEPENDS_ON, 28), Column.readOnly(DERIVED, 28),
                Column.choice(PINNED, 14, periods), Column.readOnly(SCORE, 30));
    }

    @Override
    public List<String> requiredHeaders() {
        return List.of(KEY, NAME, EFFORT, DEPENDS_ON, PINNED);
    }

    @Override
    public List<InitiativeRow> rows(WorkbookContent content) {
        return content.initiatives();
    }

    @Override
    public List<Object> cells(InitiativeRow i, WorkbookContent content) {
        List<Object> cells = new ArrayList<>();
        cells.add(i.key());
        cells.add(i.name());
        cells.add(String.join(", ", i.requirementKeys()));
        cells.add(i.effort());
        cells.add(String.join(", ", i.dependsOn()));
        cells.add(String.join(", ", i.derivedDependsOn()));
        cells.add(i.pinnedPeriod());
        cells.add(i.score());
        return cells;
    }

    @Override
    public InitiativeRow read(SheetReader.RowCells cells) {
        boolean[] bad = {false};
        String key = cells.requiredText(KEY, 200);
        String name = cells.requiredText(NAME, 200);
        Integer effort = cells.whole(EFFORT, 1, MAX_EFFORT, bad);
        if (effort == null && !bad[0]) {
            cells.error(EFFORT, "The effort is empty; give 1 to " + MAX_EFFORT + " points.");
        }
        List<String> dependsOn = cells.list(DEPENDS_ON);
        String pinned = cells.text(PINNED);
        if (key == null || name == null || effort == null || bad[0]) {
            return null;
        }
        return new InitiativeRow(cells.number(), key, name, List.of(), effort, dependsOn, List.of(), pinned, null);
    }
}
