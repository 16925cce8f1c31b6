package com.gapwise.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "PT4H, 14400",
        "P2D, 172800",
        "P1DT12H, 129600",
        "pt30m, 1800",
        "P1W, 604800",
        "P1M, 2592000",
        "R3/PT10M, 600",
        "R/2026-01-01T08:00:00Z/P1D, 86400",
    })
    void readsIsoDurationsAndCycles(String expression, long seconds) {
        assertThat(Durations.ofExpression(expression)).contains(Duration.ofSeconds(seconds));
    }

    @Test
    void datesAndExpressionsAreNoDuration() {
        assertThat(Durations.ofExpression("2026-11-22T17:20:00Z")).isEmpty();
        assertThat(Durations.ofExpression("${slaDuration}")).isEmpty();
        assertThat(Durations.ofExpression("P")).isEmpty();
        assertThat(Durations.ofExpression("PT")).isEmpty();
        assertThat(Durations.ofExpression(null)).isEmpty();
    }

    @Test
    void readsDurationsWrittenInLabels() {
        assertThat(Durations.ofLabel("Wait 48 hours")).contains(Duration.ofHours(48));
        assertThat(Durations.ofLabel("SLA 24h breached")).contains(Duration.ofHours(24));
        assertThat(Durations.ofLabel("No reply within 5 business days")).contains(Duration.ofDays(5));
        assertThat(Durations.ofLabel("Check 2 documents")).isEmpty();
        assertThat(Durations.ofLabel("Tier 2 support")).isEmpty();
    }

    @Test
    void showsDurationsShortly() {
        assertThat(Durations.human(14_400)).isEqualTo("4 h");
        assertThat(Durations.human(129_600)).isEqualTo("1 d 12 h");
        assertThat(Durations.human(1_800)).isEqualTo("30 min");
    }
}
