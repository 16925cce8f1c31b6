package com.gapwise.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimerDurationsTest {

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
        assertThat(TimerDurations.ofExpression(expression)).contains(Duration.ofSeconds(seconds));
    }

    @Test
    void datesAndExpressionsAreNoDuration() {
        assertThat(TimerDurations.ofExpression("2026-11-22T17:20:00Z")).isEmpty();
        assertThat(TimerDurations.ofExpression("${slaDuration}")).isEmpty();
        assertThat(TimerDurations.ofExpression("P")).isEmpty();
        assertThat(TimerDurations.ofExpression("PT")).isEmpty();
        assertThat(TimerDurations.ofExpression(null)).isEmpty();
    }

    @Test
    void readsDurationsWrittenInLabels() {
        assertThat(TimerDurations.ofLabel("Wait 48 hours")).contains(Duration.ofHours(48));
        assertThat(TimerDurations.ofLabel("SLA 24h breached")).contains(Duration.ofHours(24));
        assertThat(TimerDurations.ofLabel("No reply within 5 business days")).contains(Duration.ofDays(5));
        assertThat(TimerDurations.ofLabel("Check 2 documents")).isEmpty();
        assertThat(TimerDurations.ofLabel("Tier 2 support")).isEmpty();
    }

    @Test
    void showsDurationsShortly() {
        assertThat(TimerDurations.human(14_400)).isEqualTo("4 h");
        assertThat(TimerDurations.human(129_600)).isEqualTo("1 d 12 h");
        assertThat(TimerDurations.human(1_800)).isEqualTo("30 min");
    }
}
