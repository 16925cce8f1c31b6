package com.gapwise.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The stop list is Snowball's (read from Lucene's jar), not only Lucene's short built-in English list. */
class LabelAnalyzerStopWordsTest {

    private final LabelAnalyzer analyzer = new LabelAnalyzer();

    @Test
    void snowballStopWordsAreDropped() {
        // "whom", "ourselves", "having" and "were" are on Snowball's list, not on Lucene's built-in one
        assertThat(analyzer.analyze("Notify whom we ourselves were having").tokens())
                .extracting(Label.Token::word).containsExactly("notify");
    }

    @Test
    void theBuiltInListCountsToo() {
        assertThat(analyzer.analyze("Check the status of an order").tokens())
                .extracting(Label.Token::word).containsExactly("check", "status", "order");
    }

    @Test
    void aNameMadeOfStopWordsAloneKeepsThem() {
        // a pool or lane called "IT" is the IT department, not a pronoun
        assertThat(analyzer.analyze("IT").tokens()).extracting(Label.Token::word).containsExactly("it");
        assertThat(analyzer.analyze("IT").key()).isEqualTo(analyzer.analyze("it").key()).isNotEmpty();
        // elsewhere the stop word goes, written in capitals or not
        assertThat(analyzer.analyze("Service call handling AS-IS").tokens()).extracting(Label.Token::word)
                .containsExactly("service", "call", "handling");
    }
}
