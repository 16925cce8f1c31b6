package com.gapwise.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.EnglishStemmer;

/** Turns labels into tokens: accents and case folded, split on punctuation, stop words dropped, Snowball-stemmed. */
final class LabelAnalyzer {

    /** Snowball's English stop list (auxiliaries, pronouns, determiners), shipped with Lucene. */
    private static final CharArraySet STOP_WORDS = loadStopWords();

    private static CharArraySet loadStopWords() {
        try (Reader reader = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
            CharArraySet words = new CharArraySet(256, false);
            words.addAll(WordlistLoader.getSnowballWordSet(reader));
            words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return CharArraySet.unmodifiableSet(words);
        } catch (IOException e) {
            return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        }
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, String> stems = new ConcurrentHashMap<>();
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();

    /** Labels already analysed: a revision repeats most labels of the other model, and models repeat labels. */
    private final Map<String, Label> analysed = new ConcurrentHashMap<>();

    Label analyze(String text) {
        String known = text == null ? "" : text;
        Label label = analysed.get(known);
        if (label == null) {
            label = analysed.computeIfAbsent(known, t -> analyzeText(text));
        }
        return label;
    }

    private Label analyzeText(String text) {
        String collapsed = collapse(text);
        String decomposed = Normalizer.isNormalized(collapsed, Normalizer.Form.NFKD)
                ? collapsed : MARKS.matcher(Normalizer.normalize(collapsed, Normalizer.Form.NFKD)).replaceAll("");
        // possessives: "customer's" is about the customer
        String folded = POSSESSIVE.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll("");
        List<Label.Token> tokens = new ArrayList<>();
        for (String word : NON_WORD.split(folded)) {
            if (word.isEmpty() || STOP_WORDS.contains(word)) {
                continue;
            }
            tokens.add(new Label.Token(word, stem(word), numbers.computeIfAbsent(word, w -> numbers.size()), tokens.isEmpty()));
        }
        String key = tokens.stream().map(Label.Token::stem).sorted().reduce((a, b) -> a + " " + b).orElse("");
        return new Label(collapsed, List.copyOf(tokens), key);
    }

    /** Whitespace-collapsed and trimmed; what counts as "the same label" for renames. */
    static String collapse(String text) {
        return text == null ? "" : WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }

    private String stem(String word) {
        if (Character.isDigit(word.charAt(0))) {
            return word;
        }
        return stems.computeIfAbsent(word, w -> {
            // the Snowball stemmer is stateful and cheap to create
            EnglishStemmer stemmer = new EnglishStemmer();
            stemmer.setCurrent(w);
            stemmer.stem();
            return stemmer.getCurrent();
        });
    }
}
