package com.gapwise.workspace;

import com.gapwise.method.CatalogueCsv;
import java.util.List;

/** A catalogue CSV with bad rows; nothing of it was imported. */
public class CatalogueImportException extends RuntimeException {
    private final List<CatalogueCsv.RowError> errors;

    public CatalogueImportException(List<CatalogueCsv.RowError> errors) {
        super(errors.size() + (errors.size() == 1 ? " row error" : " row errors") + "; nothing was imported");
        this.errors = List.copyOf(errors);
    }

    public List<CatalogueCsv.RowError> errors() {
        return errors;
    }
}
