package com.gapwise.spreadsheet;

/**
 * One problem of an imported workbook, where Excel shows it.
 *
 * @param row    the row number as Excel shows it (1 is the header); 0 for the workbook as a whole
 * @param column the column letter ("C"), or null for the whole row or sheet
 */
public record CellError(String sheet, int row, String column, String message) {
}
