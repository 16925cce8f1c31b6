package com.gapwise.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Diagram coordinates read as {@link Double#parseDouble} reads them, bit for bit. */
class DiagramNumbersTest {

    @Test
    void everyNumberReadsAsParseDoubleReadsIt() {
        List<String> texts = new ArrayList<>(List.of("0", "-0", "0.0", "-0.0", "152", "-7.5", "1160.25", "0.1", "0.3",
                "2.675", "100.000", "007", "123456789012345", "1234567890123456", "99999999999999.9", "0.000000000000001",
                "9007199254740993", "1e3", "1.5E2", "+5", "Infinity", "NaN", "0x1p4", "12d", "3f"));
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            texts.add(Double.toString(random.nextDouble() * 2000 - 500));
            texts.add(String.format(Locale.ROOT, "%.2f", random.nextDouble() * 100_000));
            texts.add(Long.toString(random.nextLong() % 1_000_000_000_000_000L));
            texts.add(String.format(Locale.ROOT, "%." + random.nextInt(12) + "f", random.nextDouble() * 1000));
        }
        for (String text : texts) {
            assertThat(Double.doubleToRawLongBits(ModelAssembler.decimal(text))).as(text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
    }

    @Test
    void whatParseDoubleRefusesIsRefused() {
        for (String text : List.of("", "-", ".", "1.", ".5x", "1.2.3", "--1", "1-", "abc", "1 2", "0x10")) {
            boolean refused;
            try {
                Double.parseDouble(text);
                refused = false;
            } catch (NumberFormatException e) {
                refused = true;
            }
            if (refused) {
                assertThatThrownBy(() -> ModelAssembler.decimal(text)).as(text).isInstanceOf(NumberFormatException.class);
            } else {
                assertThat(ModelAssembler.decimal(text)).as(text).isEqualTo(Double.parseDouble(text));
            }
        }
    }
}
