/**
 * The analysts' Excel round trip: one workbook with a sheet per kind (goals, processes, scores, requirements,
 * initiatives, applications), written and read with Apache POI, and the plan of what an edited workbook
 * changes. Plain Java: the workspace shell supplies the current content and applies the plan through its
 * services.
 */
package com.gapwise.spreadsheet;
