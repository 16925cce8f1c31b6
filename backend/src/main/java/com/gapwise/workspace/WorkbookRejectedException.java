package com.gapwise.workspace;

import com.gapwise.spreadsheet.CellError;
import java.util.List;

/** An imported workbook with row errors: nothing was changed. */
public class WorkbookRejectedException extends RuntimeException {

    private final transient List<CellError> errors;

    public WorkbookRejectedException(List<CellError> errors) {
        super(errors.size() == 1 ? "1 cell of the workbook needs fixing; nothing was imported."
                : errors.size() + " cells of the workbook need fixing; nothing was imported.");
        this.errors = List.copyOf(errors);
    }

    public List<CellError> errors() {
        return errors;
    }
}
