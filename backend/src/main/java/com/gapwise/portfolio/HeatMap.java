package com.gapwise.portfolio;

import java.util.List;

/**
 * Processes (rows) against applications (columns). A cell counts the tasks the application supports in the
 * process's current and future models; the column carries what colours it (posture, technical health).
 */
public record HeatMap(List<Column> applications, List<Row> processes) {

    public record Column(String key, String name, Posture posture, Integer technicalHealth) {
    }

    /** One process; {@code cells} follow the columns' order. */
    public record Row(String processKey, String processName, List<Cell> cells) {
    }

    public record Cell(String applicationKey, int currentTasks, int futureTasks) {
    }

    /** The cell of a process and an application, or null. */
    public Cell cell(String processKey, String applicationKey) {
        return processes.stream().filter(r -> r.processKey().equals(processKey)).flatMap(r -> r.cells().stream())
                .filter(c -> c.applicationKey().equals(applicationKey)).findFirst().orElse(null);
    }
}
