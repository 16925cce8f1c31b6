package com.gapwise.spreadsheet;

import java.util.List;

/**
 * One column of a sheet.
 *
 * @param width    in characters
 * @param editable false for columns shown for context only: greyed out and ignored on import
 * @param choices  the allowed values, offered as an in-cell drop-down list (empty: free input)
 * @param min      with {@code max}: whole numbers in this range, checked by Excel as they are typed (else null)
 */
public record Column(String header, int width, boolean editable, List<String> choices, Integer min, Integer max) {

    public Column {
        choices = List.copyOf(choices);
    }

    static Column edit(String header, int width) {
        return new Column(header, width, true, List.of(), null, null);
    }

    static Column choice(String header, int width, List<String> choices) {
        return new Column(header, width, true, choices, null, null);
    }

    static Column whole(String header, int width, int min, int max) {
        return new Column(header, width, true, List.of(), min, max);
    }

    static Column readOnly(String header, int width) {
        return new Column(header, width, false, List.of(), null, null);
    }
}
