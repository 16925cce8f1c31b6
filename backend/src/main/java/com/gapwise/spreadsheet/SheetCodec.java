package com.gapwise.spreadsheet;

import java.util.List;

/**
 * Writes and reads one sheet of the workbook. Adding a kind of data to the workbook (e.g. applications) is one
 * more codec: its columns, its rows, how a row becomes cells and how cells become a row again.
 *
 * @param <R> the row value
 */
public interface SheetCodec<R> {

    String sheetName();

    /** The columns for this content (the scores sheet has one per goal). */
    List<Column> columns(WorkbookContent content);

    /** Headers a file must have for its rows to be readable (the key and the editable columns). */
    List<String> requiredHeaders();

    List<R> rows(WorkbookContent content);

    /** The cell values of one row, one per column: String, Number or null. */
    List<Object> cells(R row, WorkbookContent content);

    /**
     * Reads one data row. Problems are reported to {@code cells} (with their cell) and the answer is then null.
     * Read-only columns are not read.
     */
    R read(SheetReader.RowCells cells);
}
