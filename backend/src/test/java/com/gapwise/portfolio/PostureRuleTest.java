package com.gapwise.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostureRuleTest {

    static Application scored(Integer fit, Integer integration, Integer health) {
        return new Application("app", "App", "Acme", Deployment.SAAS, 0.0, "", fit, integration, health, List.of(),
                List.of(), List.of(), null, null);
    }

    @ParameterizedTest(name = "fit {0}, integration {1}, health {2}, {3} future tasks -> {4}")
    @CsvSource(nullValues = "-", value = {
        // no future task: retire, whatever the scores
        "5, 5, 5, 0, NOT_NEEDED",
        "-, -, -, 0, NOT_NEEDED",
        // any score missing
        "-, 4, 4, 1, NOT_ASSESSED",
        "4, -, 4, 1, NOT_ASSESSED",
        "4, 4, -, 1, NOT_ASSESSED",
        // health <= 2 wins over everything else (boundaries 2 and 3)
        "5, 5, 2, 3, FAILING_PLATFORM",
        "1, 1, 1, 3, FAILING_PLATFORM",
        "5, 5, 3, 3, ADEQUATE",
        // poor fit: health 3 -> replace, health >= 4 -> enhance
        "2, 5, 3, 1, POOR_FIT",
        "1, 1, 3, 1, POOR_FIT",
        "2, 5, 4, 1, SOUND_BUT_POOR_FIT",
        "2, 1, 5, 1, SOUND_BUT_POOR_FIT",
        // fits, sound enough, but isolated (boundary 2/3)
        "3, 2, 3, 1, ISOLATED",
        "5, 1, 5, 1, ISOLATED",
        // sound: fit and health >= 4 (boundaries)
        "4, 3, 4, 1, SOUND",
        "5, 5, 5, 9, SOUND",
        "3, 3, 4, 1, ADEQUATE",
        "4, 3, 3, 1, ADEQUATE",
        "3, 3, 3, 1, ADEQUATE"
    })
    void firstApplyingRule(Integer fit, Integer integration, Integer health, int futureTasks, String expected) {
        PostureRule rule = PostureRule.firstApplying(scored(fit, integration, health), futureTasks);
        assertThat(rule).isEqualTo(PostureRule.valueOf(expected));
    }

    @Test
    void eachRuleGivesItsPostureTimeStyle() {
        assertThat(PostureRule.NOT_NEEDED.posture()).isEqualTo(Posture.RETIRE);
        assertThat(PostureRule.FAILING_PLATFORM.posture()).isEqualTo(Posture.REPLACE);
        assertThat(PostureRule.POOR_FIT.posture()).isEqualTo(Posture.REPLACE);
        assertThat(PostureRule.SOUND_BUT_POOR_FIT.posture()).isEqualTo(Posture.ENHANCE);
        assertThat(PostureRule.ISOLATED.posture()).isEqualTo(Posture.ENHANCE);
        assertThat(PostureRule.SOUND.posture()).isEqualTo(Posture.RETAIN);
        assertThat(PostureRule.ADEQUATE.posture()).isEqualTo(Posture.RETAIN);
        assertThat(PostureRule.NOT_ASSESSED.posture()).isEqualTo(Posture.RETAIN);
        assertThat(Posture.REPLACE.time()).isEqualTo("migrate");
        for (PostureRule rule : PostureRule.values()) {
            assertThat(rule.rationale()).isNotBlank().endsWith(".");
            assertThat(rule.condition()).isNotBlank();
        }
    }

    @Test
    void theRecommendationCarriesTheRuleAndTheFiguresItRead() {
        PostureRecommendation p = PostureRecommendation.of(scored(4, 3, 2), 2, 5);
        assertThat(p.recommended()).isEqualTo(Posture.REPLACE);
        assertThat(p.rule()).isEqualTo(PostureRule.FAILING_PLATFORM);
        assertThat(p.condition()).isEqualTo("technical health <= 2");
        assertThat(p.rationale()).contains("platform is failing")
                .contains("supports 2 current-state and 5 future-state tasks; fit 4, integration 3, health 2");
        assertThat(p.posture()).isEqualTo(Posture.REPLACE);
        assertThat(p.overridden()).isFalse();
    }

    @Test
    void anAnalystOverrideWinsAndIsShownNextToTheRecommendation() {
        Application a = new Application("app", "App", "Acme", Deployment.SAAS, 0.0, "", 4, 3, 2, List.of(), List.of(),
                List.of(), Posture.RETAIN, "contract runs until 2028");
        PostureRecommendation p = PostureRecommendation.of(a, 0, 5);
        assertThat(p.recommended()).isEqualTo(Posture.REPLACE);
        assertThat(p.rule()).isEqualTo(PostureRule.FAILING_PLATFORM);
        assertThat(p.posture()).isEqualTo(Posture.RETAIN);
        assertThat(p.postureOverride()).isEqualTo(Posture.RETAIN);
        assertThat(p.overrideReason()).isEqualTo("contract runs until 2028");
        assertThat(p.overridden()).isTrue();
    }
}
