package com.gapwise.gaps;

import com.gapwise.model.TimerDurations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordsAndDurationsTest {

    @Test
    void keywordsMatchWholeWordsAndPhrases() {
        KeywordSet set = KeywordSet.of("app", "front office", "automat*");
        assertThat(set.hits("Mobile App")).containsExactly("app");
        assertThat(set.hits("Approve application")).isEmpty();
        assertThat(set.hits("Front-office team")).containsExactly("front office");
        assertThat(set.hits("Automated check")).containsExactly("automat*");
        assertThat(set.matches(null)).isFalse();
    }

    @Test
    void laneRolesClassifyCustomerFacingAndSystemLanes() {
        assertThat(LaneRoles.DEFAULT.facesCustomer("Customer")).isTrue();
        assertThat(LaneRoles.DEFAULT.facesCustomer("Contact centre agents")).isTrue();
        assertThat(LaneRoles.DEFAULT.facesCustomer("Finance")).isFalse();
        assertThat(LaneRoles.DEFAULT.software("CRM")).isTrue();
        assertThat(LaneRoles.DEFAULT.software("Billing system")).isTrue();
        assertThat(LaneRoles.DEFAULT.software("Back office")).isFalse();
    }

    @Test
    void timerExpressionsInWords() {
        assertThat(TimerDurations.inWords("PT4H")).isEqualTo("4 hours");
        assertThat(TimerDurations.inWords("P1DT12H")).isEqualTo("1 day 12 hours");
        assertThat(TimerDurations.inWords("PT30M")).isEqualTo("30 minutes");
        assertThat(TimerDurations.inWords("P2W")).isEqualTo("2 weeks");
        assertThat(TimerDurations.inWords("P1M")).isEqualTo("1 month");
        assertThat(TimerDurations.inWords("R3/PT10M")).isEqualTo("every 10 minutes (3 times)");
        assertThat(TimerDurations.inWords("${slaDuration}")).isEqualTo("${slaDuration}");
        assertThat(TimerDurations.inWords(null)).isEmpty();
    }
}
