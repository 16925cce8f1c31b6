package com.gapwise.spreadsheet;

import com.gapwise.portfolio.Application;
import com.gapwise.portfolio.Deployment;
import com.gapwise.portfolio.Posture;
import com.gapwise.spreadsheet.WorkbookContent.ApplicationRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The application inventory: key (blank for a new application, whose key is made from its name), the inventory
 * details, the 1-5 assessment, what it supports (lanes, hand-made element links) and the analyst's posture
 * override; the last assessment's recommended posture and its rule are context.
 */
public final class ApplicationsSheet implements SheetCodec<ApplicationRow> {

    static final String KEY = "Key";
    static final String NAME = "Name";
    static final String VENDOR = "Vendor";
    static final String DEPLOYMENT = "Deployment";
    static final String COST = "Annual cost";
    static final String OWNER = "Owner";
    static final String FIT = "Functional fit";
    static final String INTEGRATION = "Integration";
    static final String HEALTH = "Technical health";
    static final String LANES = "Lanes";
    static final String ELEMENTS = "Elements";
    static final String OVERRIDE = "Posture override";
    static final String REASON = "Override reason";
    static final String RECOMMENDED = "Recommended posture";
    static final String RULE = "Rule";
    static final int MAX_NAME = 200;
    /** Far above any real run cost; keeps the cell a plain number. */
    static final double MAX_COST = 1e12;
    static final List<String> DEPLOYMENTS = Arrays.stream(Deployment.values()).map(Enum::name).toList();
    static final List<String> POSTURES = Arrays.stream(Posture.values()).map(Enum::name).toList();

    @Override
    public String sheetName() {
        return "Applications";
    }

    @Override
    public List<Column> columns(WorkbookContent content) {
        return List.of(Column.readOnly(KEY, 18), Column.edit(NAME, 28), Column.edit(VENDOR, 18),
                Column.choice(DEPLOYMENT, 13, DEPLOYMENTS), Column.edit(COST, 12), Column.edit(OWNER, 18),
                Column.whole(FIT, 9, 1, 5), Column.whole(INTEGRATION, 9, 1, 5), Column.whole(HEALTH, 9, 1, 5),
                Column.edit(LANES, 28), Column.edit(ELEMENTS, 28), Column.choice(OVERRIDE, 12, POSTURES),
                Column.edit(REASON, 30), Column.readOnly(RECOMMENDED, 12), Column.readOnly(RULE, 50));
    }

    @Override
    public List<String> requiredHeaders() {
        // every editable column: a column left out would otherwise read as blanks and reset its field
        return List.of(KEY, NAME, VENDOR, DEPLOYMENT, COST, OWNER, FIT, INTEGRATION, HEALTH, LANES, ELEMENTS,
                OVERRIDE, REASON);
    }

    @Override
    public List<ApplicationRow> rows(WorkbookContent content) {
        return content.applications();
    }

    @Override
    public List<Object> cells(ApplicationRow a, WorkbookContent content) {
        List<Object> cells = new ArrayList<>();
        cells.add(a.key());
        cells.add(a.name());
        cells.add(a.vendor());
        cells.add(a.deployment().name());
        cells.add(a.annualCost());
        cells.add(a.owner());
        cells.add(a.functionalFit());
        cells.add(a.integration());
        cells.add(a.technicalHealth());
        cells.add(String.join(", ", a.lanes()));
        cells.add(String.join(", ", a.elements()));
        cells.add(a.postureOverride() == null ? null : a.postureOverride().name());
        cells.add(a.overrideReason());
        cells.add(a.recommended());
        cells.add(a.rule());
        return cells;
    }

    @Override
    public ApplicationRow read(SheetReader.RowCells cells) {
        boolean[] bad = {false};
        String key = cells.text(KEY);
        if (key != null && key.length() > MAX_NAME) {
            cells.error(KEY, "The key has " + key.length() + " characters; no application has such a key.");
            bad[0] = true;
        }
        String name = cells.requiredText(NAME, MAX_NAME);
        String vendor = cells.text(VENDOR);
        String deployment = cells.choice(DEPLOYMENT, DEPLOYMENTS, bad);
        Double cost = cells.decimal(COST, 0, MAX_COST, bad);
        String owner = cells.text(OWNER);
        Integer fit = cells.whole(FIT, 1, 5, bad);
        Integer integration = cells.whole(INTEGRATION, 1, 5, bad);
        Integer health = cells.whole(HEALTH, 1, 5, bad);
        // distinct, as the application keeps them: a repeated item is no change
        List<String> lanes = cells.list(LANES).stream().distinct().toList();
        List<String> elements = cells.list(ELEMENTS).stream().distinct().toList();
        for (String e : elements) {
            if (!Application.isElementLink(e)) {
                cells.error(ELEMENTS, "'" + e + "' is not an element link: write processKey:elementId (e.g. "
                        + "7:Task_check), several separated by commas.");
                bad[0] = true;
            }
        }
        String override = cells.choice(OVERRIDE, POSTURES, bad);
        String reason = cells.text(REASON);
        if (override != null && reason == null) {
            cells.error(REASON, "The posture override " + override + " needs a reason (e.g. the contract runs "
                    + "until 2028).");
            bad[0] = true;
        }
        if (name == null || bad[0]) {
            return null;
        }
        return new ApplicationRow(cells.number(), key, name, vendor,
                deployment == null ? null : Deployment.valueOf(deployment), cost == null ? 0 : cost, owner, fit,
                integration, health, lanes, elements, override == null ? null : Posture.valueOf(override), reason,
                null, null);
    }
}
