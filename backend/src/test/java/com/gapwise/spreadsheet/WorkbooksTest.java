package com.gapwise.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gapwise.portfolio.Deployment;
import com.gapwise.portfolio.Posture;
import com.gapwise.spreadsheet.WorkbookContent.ApplicationRow;
import com.gapwise.spreadsheet.WorkbookContent.GoalRow;
import com.gapwise.spreadsheet.WorkbookContent.InitiativeRow;
import com.gapwise.spreadsheet.WorkbookContent.ProcessRow;
import com.gapwise.spreadsheet.WorkbookContent.RequirementRow;
import com.gapwise.spreadsheet.WorkbookContent.ScoreRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbooksTest {


    /** Two goals, a three-level catalogue, scores, two requirements in two initiatives, one pinned. */
    static final WorkbookContent WORKSPACE = new WorkbookContent(
            List.of(new GoalRow(0, 1L, "Lower cost", 3, "Cost to serve", List.of("cost", "automate")),
                    new GoalRow(0, 2L, "Higher CSAT", 1.5, "", List.of())),
            List.of(new ProcessRow(0, 10L, "Customer service", 1, null),
                    new ProcessRow(0, 11L, "Enquiries", 2, "10"),
                    new ProcessRow(0, 12L, "Billing enquiry", 3, "11")),
            List.of(new ScoreRow(0, 10L, "Customer service", Map.of(), Set.of(1L, 2L)),
                    new ScoreRow(0, 11L, "Enquiries", Map.of(1L, 2), Set.of(1L, 2L)),
                    new ScoreRow(0, 12L, "Billing enquiry", Map.of(1L, 5, 2L, 0), Set.of(1L, 2L))),
            List.of(new RequirementRow(0, "R-abc-AUTOMATE", "Billing enquiry", "functional", "MUST",
                            "Automate the balance check", "I-sys-CRM", List.of("G-1")),
                    new RequirementRow(0, "R-def-SELF", "Billing enquiry", "business", "COULD",
                            "Offer self-service", "I-cap-SELF_SERVICE", List.of("G-2", "G-3"))),
            List.of(new InitiativeRow(0, "I-sys-CRM", "CRM automation", List.of("R-abc-AUTOMATE"), 5, List.of(),
                            List.of("I-cap-SELF_SERVICE"), "2027-Q1", "#1: value 3.0, risk 1.0, quick win"),
                    new InitiativeRow(0, "I-cap-SELF_SERVICE", "Self-service", List.of("R-def-SELF"), 8, List.of(),
                            List.of(), null, "#2")),
            List.of("2027-Q1", "2027-Q2", "2027-Q3"),
            List.of(new ApplicationRow(0, "erp", "ERP", "SAP", Deployment.ON_PREMISE, 120000.5, "Finance", 4, 3, 2,
                            List.of("ERP system", "Billing, EMEA"), List.of("12:Task_check"), Posture.RETAIN,
                            "contract until 2028", "REPLACE", "FAILING_PLATFORM: ..."),
                    new ApplicationRow(0, "crm", "CRM", "", Deployment.SAAS, 0, "", null, null, null, List.of(),
                            List.of(), null, "", "RETAIN", "NOT_ASSESSED: ...")));

    @Test
    void anUnchangedWorkbookReadsBackToTheSameContentAndPlansNothing() {
        Workbooks.Read read = Workbooks.read(Workbooks.write(WORKSPACE));
        assertThat(read.errors()).isEmpty();
        assertThat(read.content().goals()).extracting(GoalRow::id, GoalRow::name, GoalRow::weight, GoalRow::keywords)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "Lower cost", 3.0, List.of("cost", "automate")),
                        org.assertj.core.groups.Tuple.tuple(2L, "Higher CSAT", 1.5, List.of()));
        assertThat(read.content().processes()).extracting(ProcessRow::row, ProcessRow::parent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, null),
                        org.assertj.core.groups.Tuple.tuple(3, "10"), org.assertj.core.groups.Tuple.tuple(4, "11"));
        assertThat(read.content().scores().get(2).scores()).isEqualTo(Map.of(1L, 5, 2L, 0));
        // applications read back as written, but for the context columns (recommendation, rule: not read)
        // and the lane whose name holds a comma, which the plan counts as unchanged
        ApplicationRow erp = read.content().applications().get(0);
        assertThat(erp).isEqualTo(new ApplicationRow(2, "erp", "ERP", "SAP", Deployment.ON_PREMISE, 120000.5,
                "Finance", 4, 3, 2, List.of("ERP system", "Billing", "EMEA"), List.of("12:Task_check"), Posture.RETAIN,
                "contract until 2028", null, null));
        assertThat(read.content().applications().get(1)).isEqualTo(new ApplicationRow(3, "crm", "CRM", "",
                Deployment.SAAS, 0, "", null, null, null, List.of(), List.of(), null, "", null, null));
        WorkbookPlan.Result plan = WorkbookPlan.between(WORKSPACE, read.content());
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.plan().size()).isZero();
    }

    @Test
    void textWithSurroundingBlanksInTheWorkspaceRoundTripsWithoutAChange() {
        RequirementRow padded = new RequirementRow(0, "R-abc-AUTOMATE", "Billing enquiry", "functional", "MUST",
                "Automate the balance check\n", "I-sys-CRM", List.of("G-1"));
        WorkbookContent workspace = new WorkbookContent(WORKSPACE.goals(), WORKSPACE.processes(), WORKSPACE.scores(),
                List.of(padded, WORKSPACE.requirements().get(1)), WORKSPACE.initiatives(), WORKSPACE.periods(),
                WORKSPACE.applications());
        WorkbookPlan.Result plan = WorkbookPlan.between(workspace, Workbooks.read(Workbooks.write(workspace)).content());
        assertThat(plan.plan().size()).isZero();
    }

    @Test
    void theWorkbookIsStyledForAnalysts() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Workbooks.write(WORKSPACE)))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Read me");
            assertThat(List.of(wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4),
                    wb.getSheetName(5))).containsExactly("Goals", "Processes", "Scores", "Requirements", "Initiatives");
            XSSFSheet req = wb.getSheet("Requirements");
            assertThat(req.getPaneInformation().isFreezePane()).isTrue();
            assertThat(req.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(req.getColumnWidth(4)).isEqualTo(72 * 256); // the text column is wide
            XSSFCellStyle keyStyle = req.getRow(1).getCell(0).getCellStyle();
            XSSFCellStyle textStyle = req.getRow(1).getCell(4).getCellStyle();
            assertThat(keyStyle.getFillForegroundColor()).isNotEqualTo(textStyle.getFillForegroundColor());
            assertThat(req.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            List<? extends DataValidation> validations = req.getDataValidations();
            assertThat(validations).hasSize(1);
            assertThat(validations.get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("MUST", "SHOULD", "COULD", "WONT");
            assertThat(wb.getSheet("Scores").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Lower cost [G1]");
            assertThat(wb.getSheet("Initiatives").getDataValidations()).hasSize(2); // effort range, periods
            XSSFSheet apps = wb.getSheet("Applications");
            assertThat(wb.getSheetIndex(apps)).isEqualTo(6);
            assertThat(apps.getRow(1).getCell(13).getStringCellValue()).isEqualTo("REPLACE"); // context: grey
            assertThat(apps.getRow(1).getCell(13).getCellStyle().getFillForegroundColor())
                    .isNotEqualTo(apps.getRow(1).getCell(1).getCellStyle().getFillForegroundColor());
            // deployment and override lists, the three 1-5 scores
            assertThat(apps.getDataValidations()).extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn())
                    .containsExactlyInAnyOrder(3, 6, 7, 8, 11);
            assertThat(apps.getDataValidations()).filteredOn(v -> v.getValidationConstraint().getExplicitListValues() != null)
                    .extracting(v -> List.of(v.getValidationConstraint().getExplicitListValues()))
                    .containsExactlyInAnyOrder(List.of("SAAS", "ON_PREMISE"), List.of("RETAIN", "ENHANCE", "REPLACE", "RETIRE"));
        }
    }

    @Test
    void editedCellsBecomeExactlyTheirChanges() {
        byte[] edited = Cells.edit(Workbooks.write(WORKSPACE), wb -> {
            Cells.set(wb, "Goals", 2, "C", 4);                        // Lower cost weight 3 -> 4
            Row added = wb.getSheet("Goals").createRow(3);       // a new goal, no id
            added.createCell(1).setCellValue("Fewer complaints");
            added.createCell(2).setCellValue(2);
            Cells.set(wb, "Processes", 4, "B", "Billing enquiry (phone)");
            Row p = wb.getSheet("Processes").createRow(4);
            p.createCell(1).setCellValue("Refunds");
            p.createCell(2).setCellValue(3);
            p.createCell(3).setCellValue("Enquiries");           // parent by name
            Cells.set(wb, "Scores", 4, "C", 3);                       // billing x lower cost 5 -> 3
            Cells.set(wb, "Scores", 2, "D", 4);                       // customer service x CSAT: none -> 4
            wb.getSheet("Scores").getRow(2).getCell(2).setBlank(); // enquiries x lower cost 2 -> cleared
            Cells.set(wb, "Requirements", 2, "D", "should");           // case is forgiven
            Cells.set(wb, "Requirements", 3, "E", "Offer a self-service balance check");
            Cells.set(wb, "Requirements", 3, "F", "I-sys-CRM");
            Cells.set(wb, "Requirements", 2, "C", "ignored: read-only");
            Cells.set(wb, "Initiatives", 2, "B", "CRM balance automation");
            Cells.set(wb, "Initiatives", 2, "D", 13);
            Cells.set(wb, "Initiatives", 3, "E", "I-sys-CRM");
            Cells.set(wb, "Initiatives", 2, "G", "2027-Q2");
            Cells.set(wb, "Initiatives", 3, "H", "ignored too");
        });
        Workbooks.Read read = Workbooks.read(edited);
        assertThat(read.errors()).isEmpty();
        WorkbookPlan.Result result = WorkbookPlan.between(WORKSPACE, read.content());
        assertThat(result.errors()).isEmpty();
        WorkbookPlan plan = result.plan();
        assertThat(plan.changedGoals()).extracting(GoalRow::id, GoalRow::weight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 4.0));
        assertThat(plan.newGoals()).extracting(GoalRow::name).containsExactly("Fewer complaints");
        assertThat(plan.changedProcesses()).extracting(WorkbookPlan.ProcessUpdate::name)
                .containsExactly("Billing enquiry (phone)");
        assertThat(plan.newProcesses()).containsExactly(
                new WorkbookPlan.NewProcess("Refunds", 3, new WorkbookPlan.ParentRef(11L, null)));
        java.util.Map<Long, Integer> cleared = new java.util.HashMap<>();
        cleared.put(1L, null);
        assertThat(plan.scores()).isEqualTo(Map.of(12L, Map.of(1L, 3), 10L, Map.of(2L, 4), 11L, cleared));
        assertThat(plan.requirementPatches()).containsExactly(
                new WorkbookPlan.Patch("R-abc-AUTOMATE", Map.of("priority", "SHOULD")),
                new WorkbookPlan.Patch("R-def-SELF", new java.util.LinkedHashMap<>(Map.of(
                        "text", "Offer a self-service balance check", "initiative", "I-sys-CRM"))));
        assertThat(plan.initiativePatches()).extracting(WorkbookPlan.Patch::key, WorkbookPlan.Patch::fields)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("I-sys-CRM", Map.of("name", "CRM balance automation", "effort", 13)),
                        org.assertj.core.groups.Tuple.tuple("I-cap-SELF_SERVICE", Map.of("dependsOn", List.of("I-sys-CRM"))));
        assertThat(plan.placementPatches()).containsExactly(new WorkbookPlan.Patch("I-sys-CRM", Map.of("period", "2027-Q2")));
    }

    @Test
    void badCellsAreReportedWithSheetRowAndColumnLetter() {
        byte[] bad = Cells.edit(Workbooks.write(WORKSPACE), wb -> {
            Cells.set(wb, "Goals", 2, "C", "heavy");
            Cells.set(wb, "Goals", 3, "B", "");
            Cells.set(wb, "Processes", 3, "C", 7);
            Cells.set(wb, "Scores", 3, "C", 6);
            Cells.set(wb, "Scores", 4, "D", 2.5);
            Cells.set(wb, "Requirements", 2, "D", "MAYBE");
            Cells.set(wb, "Initiatives", 3, "D", 0);
        });
        Workbooks.Read read = Workbooks.read(bad);
        assertThat(read.errors()).extracting(e -> e.sheet() + "!" + e.column() + e.row()).containsExactly(
                "Goals!C2", "Goals!B3", "Processes!C3", "Scores!C3", "Scores!D4", "Requirements!D2", "Initiatives!D3");
        assertThat(read.errors().get(0).message()).contains("'heavy' is not a number");
        assertThat(read.errors().get(3).message()).contains("'6' is out of range: 0 to 5");
        assertThat(read.errors().get(5).message()).contains("'MAYBE' is not one of MUST, SHOULD, COULD, WONT");
    }

    @Test
    void rowsThatBreakTheWorkspaceAreErrorsAndPlanNothing() {
        byte[] bad = Cells.edit(Workbooks.write(WORKSPACE), wb -> {
            Cells.set(wb, "Goals", 3, "A", 99);                        // unknown goal
            Cells.set(wb, "Processes", 3, "A", 12);                    // duplicate id (12 is on row 4)
            Row p = wb.getSheet("Processes").createRow(4);
            p.createCell(1).setCellValue("Orphan");
            p.createCell(2).setCellValue(4);
            p.createCell(3).setCellValue("Nowhere");             // unknown parent
            Cells.set(wb, "Requirements", 3, "A", "R-unknown");
            Cells.set(wb, "Requirements", 2, "F", "I-nope");
            Cells.set(wb, "Initiatives", 2, "G", "2030-Q9");
            Cells.set(wb, "Initiatives", 3, "E", "I-cap-SELF_SERVICE"); // depends on itself
        });
        Workbooks.Read read = Workbooks.read(bad);
        assertThat(read.errors()).isEmpty();
        WorkbookPlan.Result result = WorkbookPlan.between(WORKSPACE, read.content());
        assertThat(result.plan()).isNull();
        assertThat(result.errors()).extracting(e -> e.sheet() + "!" + e.column() + e.row()).containsExactly(
                "Goals!A3", "Processes!A4", "Processes!D5", "Requirements!F2", "Requirements!A3", "Initiatives!G2",
                "Initiatives!E3");
        assertThat(result.errors().get(1).message()).isEqualTo("Process 12 is already on row 3.");
    }

    @Test
    void catalogueLoopsAndLevelBreachesAreErrors() {
        // customer service (L1) under billing enquiry (L3): a loop
        byte[] loop = Cells.edit(Workbooks.write(WORKSPACE), wb -> Cells.set(wb, "Processes", 2, "D", 12));
        List<CellError> errors = WorkbookPlan.between(WORKSPACE, Workbooks.read(loop).content()).errors();
        assertThat(errors).extracting(CellError::row, CellError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "D"));
        assertThat(errors.get(0).message()).isEqualTo(
                "The parents loop: Customer service > Billing enquiry > Enquiries > Customer service.");
        // raising enquiries to level 3 breaks its child billing enquiry (level 3), reported on the changed row
        byte[] level = Cells.edit(Workbooks.write(WORKSPACE), wb -> Cells.set(wb, "Processes", 3, "C", 3));
        errors = WorkbookPlan.between(WORKSPACE, Workbooks.read(level).content()).errors();
        assertThat(errors).extracting(CellError::row, CellError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "C"));
    }

    @Test
    void formulaCellsAreReadByTheirCachedValueNeverEvaluated() {
        byte[] withFormula = Cells.edit(Workbooks.write(WORKSPACE), wb -> {
            Cell c = Cells.cell(wb, "Scores", 4, "C");
            c.setCellFormula("2+2");
            // POI leaves the cached value empty: what Excel would have stored after computing it
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
        });
        Workbooks.Read read = Workbooks.read(withFormula);
        assertThat(read.errors()).isEmpty();
        assertThat(read.content().scores().get(2).scores().get(1L)).isEqualTo(4);
    }

    @Test
    void hostileFilesAreRefusedWithAReason() throws IOException {
        assertThatThrownBy(() -> Workbooks.read(new byte[0])).isInstanceOf(WorkbookUnreadableException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Workbooks.read("id,name\n1,a\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a zip file");
        assertThatThrownBy(() -> Workbooks.read(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0}))
                .hasMessageContaining(".xls");
        assertThatThrownBy(() -> Workbooks.read(Cells.zip("hello.txt", "hi".getBytes())))
                .isInstanceOf(WorkbookUnreadableException.class).hasMessageContaining("not a readable Excel workbook");
        // a sheet that inflates 1000:1 beyond the part limit
        assertThatThrownBy(() -> Workbooks.read(Cells.bomb(Workbooks.write(WORKSPACE)))).isInstanceOf(WorkbookUnreadableException.class)
                .hasMessageContaining("too much data");
        assertThatThrownBy(() -> Workbooks.read(new byte[Workbooks.MAX_BYTES + 1]))
                .hasMessageContaining("at most");
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Budget");
            wb.write(out);
            assertThatThrownBy(() -> Workbooks.read(out.toByteArray())).hasMessageContaining("none of the sheets");
        }
    }

    @Test
    void aWorkbookLinkedToAnotherWorkbookIsRefused() throws IOException {
        try (XSSFWorkbook other = new XSSFWorkbook()) {
            other.createSheet("Prices");
            byte[] linked = Cells.edit(Workbooks.write(WORKSPACE), wb -> {
                wb.linkExternalWorkbook("prices.xlsx", other);
                Cells.cell(wb, "Scores", 2, "C").setCellFormula("[prices.xlsx]Prices!A1");
            });
            assertThatThrownBy(() -> Workbooks.read(linked)).isInstanceOf(WorkbookUnreadableException.class)
                    .hasMessageContaining("links to 1 other workbook");
        }
    }

    @Test
    void tooManyRowsIsAnErrorNotAnEndlessRead() {
        byte[] huge = Cells.edit(Workbooks.write(WORKSPACE), wb -> wb.getSheet("Goals").createRow(Workbooks.MAX_ROWS + 5)
                .createCell(1).setCellValue("far down"));
        Workbooks.Read read = Workbooks.read(huge);
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isEqualTo("Goals");
            assertThat(e.message()).contains("at most " + Workbooks.MAX_ROWS);
        });
    }

    @Test
    void aMissingHeaderColumnIsReportedOnRowOne() {
        byte[] bad = Cells.edit(Workbooks.write(WORKSPACE), wb -> Cells.set(wb, "Requirements", 1, "D", "Prio"));
        assertThat(Workbooks.read(bad).errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(1);
            assertThat(e.message()).contains("Priority");
        });
    }

    @Test
    void editedApplicationsBecomeMergePatchesAndNewRowsAdditions() {
        byte[] edited = Cells.edit(Workbooks.write(WORKSPACE), wb -> {
            Cells.set(wb, "Applications", 2, "I", 3);                  // ERP health 2 -> 3
            Cells.set(wb, "Applications", 2, "L", "");                 // override and its reason cleared
            Cells.set(wb, "Applications", 2, "M", "");
            Cells.set(wb, "Applications", 2, "N", "ignored: read-only");
            Cells.set(wb, "Applications", 3, "D", "on_premise");       // case is forgiven
            Cells.set(wb, "Applications", 3, "K", "12:Task_a, 13:Task_b, 12:Task_a");
            Cells.set(wb, "Applications", 4, "B", "Knowledge base (KB)");  // a new application: no key
            Cells.set(wb, "Applications", 4, "D", "SAAS");
            Cells.set(wb, "Applications", 4, "E", 9000);
            Cells.set(wb, "Applications", 4, "J", "Customer Care Agent");
        });
        Workbooks.Read read = Workbooks.read(edited);
        assertThat(read.errors()).isEmpty();
        WorkbookPlan.Result result = WorkbookPlan.between(WORKSPACE, read.content());
        assertThat(result.errors()).isEmpty();
        WorkbookPlan plan = result.plan();
        assertThat(plan.changesApplications()).isTrue();
        java.util.Map<String, Object> erp = new java.util.LinkedHashMap<>();
        erp.put("technicalHealth", 3);
        erp.put("postureOverride", null);
        erp.put("overrideReason", "");
        assertThat(plan.applicationPatches()).containsExactly(new WorkbookPlan.Patch("erp", erp),
                new WorkbookPlan.Patch("crm", new java.util.LinkedHashMap<>(Map.of("deployment", "ON_PREMISE",
                        "elements", List.of("12:Task_a", "13:Task_b")))));
        assertThat(plan.newApplications()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("knowledge-base-kb");     // made from the name, as the API makes it
            assertThat(p.fields()).containsEntry("key", "knowledge-base-kb").containsEntry("name", "Knowledge base (KB)")
                    .containsEntry("deployment", "SAAS").containsEntry("annualCost", 9000.0)
                    .containsEntry("lanes", List.of("Customer Care Agent")).containsEntry("functionalFit", null);
        });
        assertThat(plan.size()).isEqualTo(3);
    }

    @Test
    void badApplicationCellsAreReportedWithTheirColumn() {
        byte[] bad = Cells.edit(Workbooks.write(WORKSPACE), wb -> {
            Cells.set(wb, "Applications", 2, "D", "CLOUD");
            Cells.set(wb, "Applications", 2, "E", -5);
            Cells.set(wb, "Applications", 2, "G", 7);
            Cells.set(wb, "Applications", 2, "K", "12:Task_check, Task_9");
            Cells.set(wb, "Applications", 3, "L", "retire");          // an override without a reason
            Cells.set(wb, "Applications", 3, "H", 0);
            Cells.set(wb, "Applications", 4, "C", "no name");         // a new row without a name
        });
        Workbooks.Read read = Workbooks.read(bad);
        assertThat(read.errors()).extracting(e -> e.sheet() + "!" + e.column() + e.row()).containsExactly(
                "Applications!D2", "Applications!E2", "Applications!G2", "Applications!K2", "Applications!H3",
                "Applications!M3", "Applications!B4");
        assertThat(read.errors().get(0).message()).contains("'CLOUD' is not one of SAAS, ON_PREMISE");
        assertThat(read.errors().get(1).message()).contains("'-5' is out of range: 0 to");
        assertThat(read.errors().get(2).message()).contains("'7' is out of range: 1 to 5");
        assertThat(read.errors().get(3).message()).contains("'Task_9' is not an element link");
        assertThat(read.errors().get(5).message()).contains("RETIRE needs a reason");
        assertThat(read.errors().get(6).message()).contains("Name is empty");
        assertThat(read.content().applications()).isEmpty(); // bad rows are not read
    }

    @Test
    void applicationRowsThatBreakTheInventoryAreErrorsAndPlanNothing() {
        byte[] bad = Cells.edit(Workbooks.write(WORKSPACE), wb -> {
            Cells.set(wb, "Applications", 2, "A", "sap");              // no such key
            Cells.set(wb, "Applications", 3, "B", "ERP");              // renamed to another application's name
            Cells.set(wb, "Applications", 4, "A", "crm");              // the crm row again
            Cells.set(wb, "Applications", 4, "B", "CRM");
            Cells.set(wb, "Applications", 5, "B", "Erp!");             // new, but its key would be "erp"
            Cells.set(wb, "Applications", 6, "B", "Ticketing");        // a good new row does not help
        });
        Workbooks.Read read = Workbooks.read(bad);
        assertThat(read.errors()).isEmpty();
        WorkbookPlan.Result result = WorkbookPlan.between(WORKSPACE, read.content());
        assertThat(result.plan()).isNull();
        assertThat(result.errors()).extracting(e -> e.sheet() + "!" + e.column() + e.row()).containsExactly(
                "Applications!A2", "Applications!B3", "Applications!A4", "Applications!B5");
        assertThat(result.errors().get(0).message()).contains("There is no application 'sap'")
                .contains("leave the key blank");
        assertThat(result.errors().get(1).message()).contains("already the name of application 'erp'");
        assertThat(result.errors().get(2).message()).isEqualTo("Application 'crm' is already on row 3.");
        assertThat(result.errors().get(3).message()).contains("makes the key 'erp'");
    }

    @Test
    void aNameDuplicatedBeforeTheWorkbookIsNoErrorWhileUnchanged() {
        ApplicationRow twin = new ApplicationRow(0, "crm-2", "crm", "", Deployment.SAAS, 0, "", null, null, null,
                List.of(), List.of(), null, "", null, null);
        List<ApplicationRow> apps = new java.util.ArrayList<>(WORKSPACE.applications());
        apps.add(twin);
        WorkbookContent workspace = new WorkbookContent(WORKSPACE.goals(), WORKSPACE.processes(), WORKSPACE.scores(),
                WORKSPACE.requirements(), WORKSPACE.initiatives(), WORKSPACE.periods(), apps);
        WorkbookPlan.Result plan = WorkbookPlan.between(workspace, Workbooks.read(Workbooks.write(workspace)).content());
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.plan().size()).isZero();
    }
}
