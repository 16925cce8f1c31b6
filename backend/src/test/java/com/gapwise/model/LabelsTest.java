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
    void invisibleFormatCharactersAreLeftOut() {
        // a soft hyphen pasted from a word processor, a zero-width space, a direction mark, a byte-order mark
        assertThat(Labels.collapse("Check regis\u00ADtration")).isEqualTo("Check registration");
        assertThat(Labels.collapse("\uFEFFSend\u200B offer\u200E")).isEqualTo("Send offer");
        assertThat(Labels.collapse("\u00AD \u200D")).isEmpty();
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
