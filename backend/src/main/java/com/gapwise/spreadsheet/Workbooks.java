package com.gapwise.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the workspace as one XLSX workbook (a "Read me" sheet, then a sheet per codec) and reads an analyst's
 * edited copy back. Reading is bounded: the upload size, each unpacked part, the inflate ratio (zip bombs) and the
 * rows per sheet are capped, external links are refused, and formulas are never evaluated (their cached values
 * are read).
 */
public final class Workbooks {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The largest upload read. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most data rows read per sheet. */
    public static final int MAX_ROWS = 10_000;
    /** The largest part (e.g. one sheet's XML) unpacked: bounds the memory one upload can take. */
    static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
    static final String README = "Read me";

    /** The sheets, in workbook order. */
    static final List<SheetCodec<?>> CODECS = List.of(new GoalsSheet(), new ProcessesSheet(), new ScoresSheet(),
            new RequirementsSheet(), new InitiativesSheet(), new ApplicationsSheet());

    static {
        // POI's zip limits are process-wide; these are at least as strict as its defaults.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(10L * 1024 * 1024); // POI's default; more text than a sheet needs
        ZipSecureFile.setMaxFileCount(1000);
    }

    private Workbooks() {
    }

    /** What a file held: the rows that read cleanly, and every problem found. */
    public record Read(WorkbookContent content, List<CellError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    // ---- writing

    public static byte[] write(WorkbookContent content) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            writeReadMe(wb, styles);
            for (SheetCodec<?> codec : CODECS) {
                writeSheet(wb, codec, content, styles);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a workbook in memory failed", e);
        }
    }

    private static <R> void writeSheet(Workbook wb, SheetCodec<R> codec, WorkbookContent content, Styles styles) {
        Sheet sheet = wb.createSheet(codec.sheetName());
        List<Column> columns = codec.columns(content);
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            Cell cell = head.createCell(c);
            cell.setCellValue(col.header());
            cell.setCellStyle(col.editable() ? styles.header : styles.readOnlyHeader);
            sheet.setColumnWidth(c, Math.min(255, col.width() + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        List<R> rows = codec.rows(content);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = codec.cells(rows.get(r), content);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.createCell(c);
                Object v = values.get(c);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v != null) {
                    cell.setCellValue(v.toString());
                }
                cell.setCellStyle(columns.get(c).editable() ? styles.editable : styles.readOnly);
            }
        }
        addValidations(sheet, columns);
    }

    /** In-cell drop-downs for enumerations and whole-number ranges, over every row an import reads. */
    private static void addValidations(Sheet sheet, List<Column> columns) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            DataValidationConstraint constraint = null;
            String rule = null;
            if (!col.choices().isEmpty()) {
                constraint = helper.createExplicitListConstraint(col.choices().toArray(String[]::new));
                rule = "Choose one of: " + String.join(", ", col.choices());
            } else if (col.min() != null) {
                constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        col.min().toString(), col.max().toString());
                rule = "A whole number from " + col.min() + " to " + col.max();
            }
            if (constraint != null) {
                DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(1, MAX_ROWS, c, c));
                v.setShowErrorBox(true);
                v.createErrorBox(col.header(), rule);
                sheet.addValidationData(v);
            }
        }
    }

    private static void writeReadMe(Workbook wb, Styles styles) {
        Sheet sheet = wb.createSheet(README);
        sheet.setColumnWidth(0, 110 * 256);
        String[] lines = {
            "Gapwise workbook",
            "Edit the white columns; grey columns are shown for context and ignored on import.",
            "Goals: leave 'Goal id' blank to add a goal. Goals missing from the sheet are kept (delete them in the app).",
            "Processes: leave 'Process id' blank to add a process; 'Parent' takes the parent's id or its name.",
            "Scores: 0 (does not serve the goal) to 5 (serves it decisively); blank clears a score. "
                    + "Goals and processes added here can be scored after the next download.",
            "Requirements and initiatives are derived from the models: change priority, text, initiative, name, "
                    + "effort, dependencies and pinned period; rows cannot be added or removed.",
            "Applications: leave 'Key' blank to add an application (its key is made from its name); scores 1-5 or "
                    + "blank; lanes and elements (processKey:elementId) separated by commas; a posture override "
                    + "needs a reason. Applications missing from the sheet are kept. Changing them needs the "
                    + "architect role.",
            "Upload the file on the Goals & shortlist screen. Every row is checked first: if any row is wrong, "
                    + "nothing is imported and each error is listed with its sheet, row and column.",
        };
        for (int i = 0; i < lines.length; i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines[i]);
            if (i == 0) {
                cell.setCellStyle(styles.header);
            }
        }
    }

    /** The cell styles of a workbook (a workbook holds at most 64 000 styles: create each once). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle readOnlyHeader;
        final CellStyle editable;
        final CellStyle readOnly;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setColor(IndexedColors.WHITE.getIndex());
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            Font boldDark = wb.createFont();
            boldDark.setBold(true);
            boldDark.setItalic(true);
            readOnlyHeader = wb.createCellStyle();
            readOnlyHeader.setFont(boldDark);
            readOnlyHeader.setFillForegroundColor(IndexedColors.GREY_40_PERCENT.getIndex());
            readOnlyHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            readOnlyHeader.setBorderBottom(BorderStyle.THIN);
            editable = wb.createCellStyle();
            editable.setWrapText(false);
            readOnly = wb.createCellStyle();
            readOnly.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            readOnly.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }

    // ---- reading

    /**
     * Reads a workbook. Sheets missing from it are read as "no rows" (nothing of that kind changes); a workbook
     * with none of the sheets is refused.
     *
     * @throws WorkbookUnreadableException when the bytes are not an XLSX workbook that may safely be read
     */
    public static Read read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new WorkbookUnreadableException("The upload is empty; choose the .xlsx file.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new WorkbookUnreadableException("The workbook has " + bytes.length + " bytes; at most " + MAX_BYTES
                    + " are read.");
        }
        if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf) {
            throw new WorkbookUnreadableException("This is an old-format (.xls) or password-protected workbook; "
                    + "save it as an unprotected Excel Workbook (.xlsx).");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new WorkbookUnreadableException("This is not an Excel workbook (.xlsx): it is not a zip file.");
        }
        try (XSSFWorkbook wb = open(bytes)) {
            if (!wb.getExternalLinksTable().isEmpty()) {
                throw new WorkbookUnreadableException("The workbook links to " + wb.getExternalLinksTable().size()
                        + " other workbook(s); break the links (Data > Edit Links) and upload again.");
            }
            List<CellError> errors = new ArrayList<>();
            Map<SheetCodec<?>, List<?>> rows = new HashMap<>();
            int found = 0;
            for (SheetCodec<?> codec : CODECS) {
                Sheet sheet = wb.getSheet(codec.sheetName());
                if (sheet != null) {
                    found++;
                    rows.put(codec, SheetReader.read(sheet, codec, MAX_ROWS, errors));
                }
            }
            if (found == 0) {
                throw new WorkbookUnreadableException("The workbook has none of the sheets "
                        + String.join(", ", CODECS.stream().map(SheetCodec::sheetName).toList())
                        + "; start from a downloaded workbook.");
            }
            return new Read(new WorkbookContent(list(rows, CODECS.get(0)), list(rows, CODECS.get(1)),
                    list(rows, CODECS.get(2)), list(rows, CODECS.get(3)), list(rows, CODECS.get(4)), List.of(),
                    list(rows, CODECS.get(5))),
                    List.copyOf(errors));
        } catch (IOException e) {
            throw new WorkbookUnreadableException("The workbook cannot be read: " + e.getMessage());
        }
    }

    private static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // POI reports zip bombs, oversized parts, broken zips and non-spreadsheet OOXML this way
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (why.contains("Zip bomb") || why.contains("exceed") || why.contains("max")) {
                throw new WorkbookUnreadableException("The workbook unpacks to too much data (a part over "
                        + MAX_ENTRY_BYTES / (1024 * 1024) + " MB or compressed over 100:1); it is refused. "
                        + firstLine(why));
            }
            throw new WorkbookUnreadableException("This is not a readable Excel workbook (.xlsx): " + firstLine(why));
        }
    }

    /** The first line of POI's message, without the exception class names it wraps in. */
    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = (nl < 0 ? s : s.substring(0, nl)).replaceAll("(?:[\\w$]+\\.)*[\\w$]*Exception: ?", "");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    @SuppressWarnings("unchecked")
    private static <R> List<R> list(Map<SheetCodec<?>, List<?>> rows, SheetCodec<?> codec) {
        return (List<R>) rows.getOrDefault(codec, List.of());
    }
}
