package com.gapwise.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the data rows of one sheet through its codec, collecting every problem with its sheet, row and column
 * letter. Formula cells are read by their cached value (what Excel last showed); nothing is evaluated.
 */
public final class SheetReader {

    /** The longest text a cell may hold (Excel's own limit is 32 767). */
    public static final int MAX_TEXT = 10_000;

    private final String sheet;
    private final Map<String, Integer> headers;
    private final List<CellError> errors;

    private SheetReader(String sheet, Map<String, Integer> headers, List<CellError> errors) {
        this.sheet = sheet;
        this.headers = headers;
        this.errors = errors;
    }

    /** Reads every non-blank data row; answers the rows that read cleanly (errors go to {@code errors}). */
    static <R> List<R> read(Sheet sheet, SheetCodec<R> codec, int maxRows, List<CellError> errors) {
        String name = codec.sheetName();
        Row head = sheet.getRow(0);
        Map<String, Integer> headers = new LinkedHashMap<>();
        if (head != null) {
            for (Cell c : head) {
                String text = c.getCellType() == CellType.STRING ? c.getStringCellValue().strip() : "";
                if (!text.isEmpty() && headers.putIfAbsent(text, c.getColumnIndex()) != null) {
                    errors.add(new CellError(name, 1, letter(c.getColumnIndex()),
                            "The header '" + text + "' appears twice."));
                }
            }
        }
        List<String> missing = codec.requiredHeaders().stream().filter(h -> !headers.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            errors.add(new CellError(name, 1, null, "The header row lacks the column(s) " + String.join(", ", missing)
                    + "; the first row must hold the column names of a downloaded workbook."));
            return List.of();
        }
        if (sheet.getLastRowNum() > maxRows) {
            errors.add(new CellError(name, 0, null, "The sheet has " + sheet.getLastRowNum() + " rows; at most "
                    + maxRows + " are read. Remove empty formatted rows or split the work."));
            return List.of();
        }
        SheetReader reader = new SheetReader(name, Collections.unmodifiableMap(headers), errors);
        List<R> rows = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            RowCells cells = reader.new RowCells(row, i + 1);
            if (row == null || cells.blank()) {
                continue;
            }
            int before = errors.size();
            R value = codec.read(cells);
            if (value != null && errors.size() == before) {
                rows.add(value);
            }
        }
        return rows;
    }

    static String letter(int columnIndex) {
        return CellReference.convertNumToColString(columnIndex);
    }

    /** The cells of one data row, read by header. */
    public final class RowCells {
        private final Row row;
        private final int number;

        RowCells(Row row, int number) {
            this.row = row;
            this.number = number;
        }

        /** The row number as Excel shows it. */
        public int number() {
            return number;
        }

        /** The sheet's headers, text to column index. */
        public Map<String, Integer> headers() {
            return headers;
        }

        boolean blank() {
            for (int col : headers.values()) {
                Cell c = row.getCell(col);
                if (c != null && c.getCellType() != CellType.BLANK
                        && !(c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank())) {
                    return false;
                }
            }
            return true;
        }

        /** Reports a problem with the cell under {@code header} (null: the whole row). */
        public void error(String header, String message) {
            Integer col = header == null ? null : headers.get(header);
            errors.add(new CellError(sheet, number, col == null ? null : letter(col), message));
        }

        /** The cell's text, stripped; null when blank or unreadable (then reported). */
        public String text(String header) {
            Integer col = headers.get(header);
            return col == null ? null : textAt(header, col);
        }

        /** The text of the cell at a column index (for sheets with columns per goal). */
        public String textAt(String header, int col) {
            Cell c = row.getCell(col);
            if (c == null) {
                return null;
            }
            CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            String text = switch (type) {
                case STRING -> c.getStringCellValue();
                case NUMERIC -> display(c.getNumericCellValue());
                case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
                case ERROR -> {
                    error(header, "The cell shows the error " + FormulaError.forInt(c.getErrorCellValue()).getString()
                            + "; type a value.");
                    yield null;
                }
                default -> null;
            };
            if (text == null || text.isBlank()) {
                return null;
            }
            if (text.length() > MAX_TEXT) {
                error(header, "The text has " + text.length() + " characters; at most " + MAX_TEXT + ".");
                return null;
            }
            return text.strip();
        }

        /** A required text of at most {@code max} characters; null (reported) otherwise. */
        public String requiredText(String header, int max) {
            String t = text(header);
            if (t == null) {
                error(header, "The " + header + " is empty.");
                return null;
            }
            if (t.length() > max) {
                error(header, "The " + header + " has " + t.length() + " characters; at most " + max + ".");
                return null;
            }
            return t;
        }

        /** A whole number in min..max, null when blank; {@code bad[0]} is set when it was not one (reported). */
        public Integer whole(String header, int min, int max, boolean[] bad) {
            Integer col = headers.get(header);
            return col == null ? null : wholeAt(header, col, min, max, bad);
        }

        public Integer wholeAt(String header, int col, int min, int max, boolean[] bad) {
            String t = textAt(header, col);
            if (t == null) {
                return null;
            }
            try {
                long v = Long.parseLong(t);
                if (v >= min && v <= max) {
                    return (int) v;
                }
                error(header, "'" + t + "' is out of range: " + min + " to " + max + ".");
            } catch (NumberFormatException e) {
                error(header, "'" + t + "' is not a whole number (" + min + " to " + max + ").");
            }
            bad[0] = true;
            return null;
        }

        /** A number in min..max, null when blank; {@code bad[0]} is set when it was not one (reported). */
        public Double decimal(String header, double min, double max, boolean[] bad) {
            String t = text(header);
            if (t == null) {
                return null;
            }
            try {
                double v = Double.parseDouble(t);
                if (v >= min && v <= max) {
                    return v;
                }
                error(header, "'" + t + "' is out of range: " + display(min) + " to " + display(max) + ".");
            } catch (NumberFormatException e) {
                error(header, "'" + t + "' is not a number.");
            }
            bad[0] = true;
            return null;
        }

        /** One of the choices, matched ignoring case and answered as written in the choices; null when blank. */
        public String choice(String header, List<String> choices, boolean[] bad) {
            String t = text(header);
            if (t == null) {
                return null;
            }
            for (String c : choices) {
                if (c.equalsIgnoreCase(t)) {
                    return c;
                }
            }
            error(header, "'" + t + "' is not one of " + String.join(", ", choices) + ".");
            bad[0] = true;
            return null;
        }

        /** A comma-separated list (empty when blank). */
        public List<String> list(String header) {
            String t = text(header);
            return t == null ? List.of() : split(t);
        }
    }

    /** The items of a comma-separated list cell, stripped, blanks left out. */
    static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A number as Excel shows it: whole numbers without ".0". */
    static String display(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.valueOf(v).toLowerCase(Locale.ROOT);
    }
}
