package com.gapwise.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The loops that split plain ASCII labels give exactly what the general patterns give. */
class LabelAnalyzerAsciiTest {

    private static final String ALPHABET = "abcxyzABCXYZ019_ '’.-/&()\t\n\r\u000B\f";

    @Test
    void asciiLoopsAgreeWithThePatternsOnRandomText() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                if (c != '’') {
                    text.append(c);
                }
            }
            check(text.toString());
        }
    }

    @Test
    void asciiLoopsAgreeWithThePatternsOnTypicalLabels() {
        for (String label : new String[] {"Check CRM record", "Kill SIM", "Work out ETF", "Update the CMDB and PO_2",
                "customer's  address", "  Send\tletter  ", "ABCDEF code", "ID", "A", "X1 XY XY9 _XY XY_", "RMA form (paper)"}) {
            check(label);
        }
    }

    private static void check(String text) {
        String[] byPattern = Arrays.stream(LabelAnalyzer.NON_WORD.split(text)).filter(w -> !w.isEmpty()).toArray(String[]::new);
        assertThat(LabelAnalyzer.asciiWords(text)).as("words of '%s'", text).containsExactly(byPattern);
        assertThat(LabelAnalyzer.asciiAcronyms(text)).as("acronyms of '%s'", text).isEqualTo(LabelAnalyzer.acronyms(text));
    }
}
