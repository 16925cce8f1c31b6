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
}
