package com.gapwise.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
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

    @Test
    void theSnowballListIsReadAsLuceneReadsIt() throws IOException {
        String list;
        try (InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the shipped list, and one with Windows line ends, tabs, trailing comments and a last line without an end
        for (String text : new String[] {list, " a\tb  | c d\r\n|e\r\n\r\n f|\ng h"}) {
            CharArraySet ours = new CharArraySet(16, false);
            LabelAnalyzer.addSnowballWords(text, ours);
            CharArraySet lucenes = WordlistLoader.getSnowballWordSet(new StringReader(text));
            assertThat(ours).hasSameSizeAs(lucenes).hasSizeGreaterThan(4);
            assertThat(lucenes).allMatch(ours::contains);
        }
    }
}
