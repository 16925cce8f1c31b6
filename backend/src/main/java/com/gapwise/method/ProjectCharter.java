package com.gapwise.method;

import java.time.LocalDate;
import java.util.List;

/**
 * The project charter: why the engagement runs, what it covers, who sponsors it, who has a stake, when it runs and
 * what it delivers. The success metrics are kept as their own items (they link to initiatives).
 */
public record ProjectCharter(String purpose, String scope, String sponsor, List<String> stakeholders,
                             LocalDate startDate, LocalDate endDate, List<String> deliverables) {

    public static final ProjectCharter EMPTY = new ProjectCharter("", "", "", List.of(), null, null, List.of());

    public ProjectCharter {
        purpose = purpose == null ? "" : purpose.strip();
        scope = scope == null ? "" : scope.strip();
        sponsor = sponsor == null ? "" : sponsor.strip();
        stakeholders = clean(stakeholders);
        deliverables = clean(deliverables);
    }

    /** What is wrong with the charter as a whole; empty when it can be stored. */
    public List<String> problems() {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            return List.of("The end date " + endDate + " is before the start date " + startDate + ".");
        }
        return List.of();
    }

    private static List<String> clean(List<String> items) {
        return items == null ? List.of()
                : items.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }
}
