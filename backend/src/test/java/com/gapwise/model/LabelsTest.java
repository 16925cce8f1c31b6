package com.gapwise.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void collapsesEveryKindOfWhitespaceToSingleSpaces() {
        assertThat(Labels.collapse("  Check\n\tclaim\u00a0 form ")).isEqualTo("Check claim form");
        assertThat(Labels.collapse(null)).isEmpty();
    }

    @Test
    void elementNamesReadAsWordsAsTheRegularExpressionSpelledThem() {
        for (ElementKind kind : ElementKind.values()) {
            // the rule it replaces, kept here as the specification
            String spelled = kind.xmlName().replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
            assertThat(kind.label()).as(kind.name()).isEqualTo(spelled);
        }
        assertThat(ElementKind.BUSINESS_RULE_TASK.label()).isEqualTo("business rule task");
        assertThat(Labels.camelCaseWords("dataStoreReference")).isEqualTo("data store reference");
    }
}
