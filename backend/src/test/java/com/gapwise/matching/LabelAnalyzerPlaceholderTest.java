package com.gapwise.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Labels that only stand where a name would be (silent transitions, ids written as names) read as unnamed. */
class LabelAnalyzerPlaceholderTest {

    private final LabelAnalyzer analyzer = new LabelAnalyzer();

    @Test
    void silentTransitionsAndTechnicalIdsAreUnnamed() {
        for (String label : new String[] {"tau", "Tau", "τ", "t", "silent", "t12", "T 3", "tau_2", "Task_3", "task3", "Tr 4", "n7",
                "Activity_0x1y2z3", "skip"}) {
            assertThat(analyzer.analyze(label).isEmpty()).as("'%s' is unnamed", label).isTrue();
        }
    }

    @Test
    void namedWorkIsNot() {
        for (String label : new String[] {"Tax return", "task list", "Check task 3 results", "Step", "Skip payment",
                "ISO 9001 audit", "Form T2", "Activity report", "Task 1", "Activity 12"}) {
            assertThat(analyzer.analyze(label).isEmpty()).as("'%s' is named", label).isFalse();
        }
    }
}
