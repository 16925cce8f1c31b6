package com.gapwise.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits workbooks as an analyst would in Excel, cell by cell with POI, for the tests. */
public final class Cells {

    private Cells() {
    }


    public static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Cell cell(XSSFWorkbook wb, String sheet, int row, String column) {
        Sheet s = wb.getSheet(sheet);
        Row r = s.getRow(row - 1) == null ? s.createRow(row - 1) : s.getRow(row - 1);
        int col = org.apache.poi.ss.util.CellReference.convertColStringToIndex(column);
        return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
    }

    public static void set(XSSFWorkbook wb, String sheet, int row, String column, Object value) {
        Cell c = cell(wb, sheet, row, column);
        if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (value.toString().isEmpty()) {
            c.setBlank();
        } else {
            c.setCellValue(value.toString());
        }
        assertThat(c.getCellType()).isIn(CellType.NUMERIC, CellType.STRING, CellType.BLANK);
    }

    public static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return out.toByteArray();
    }

    /** A real workbook whose Goals sheet XML is padded with 100 MB of spaces (compresses about 1000:1). */
    public static byte[] bomb(byte[] good) {
        return WorkbookBenchmark.bomb(good);
    }
}
