package com.gapwise.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
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
    /** Upper-case initialisms of two to five letters, as written ("CRM", "PO", "CMDB"). */
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,5}\\b");
    /**
     * The adverbial particles of English phrasal verbs (a closed word class, so a fixed list): they are stop
     * words on their own, but "look up", "work out" or "hand over" mean something else than the bare verb.
     */
    private static final Set<String> PARTICLES = Set.of("up", "out", "over", "down", "off", "back", "in", "on", "away", "through");

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
        Set<String> acronyms = acronyms(decomposed);
        List<Label.Token> tokens = new ArrayList<>();
        String[] words = NON_WORD.split(folded);
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty() || STOP_WORDS.contains(word)) {
                continue;
            }
            // the act a label leads with may be a phrasal verb; particles after things are prepositions
            String phrase = tokens.isEmpty() && i + 1 < words.length && PARTICLES.contains(words[i + 1]) && !Character.isDigit(word.charAt(0))
                    ? word + " " + words[i + 1] : null;
            String identity = phrase == null ? word : phrase;
            tokens.add(new Label.Token(word, stem(word), numbers.computeIfAbsent(identity, w -> numbers.size()), tokens.isEmpty(),
                    phrase, acronyms.contains(word)));
        }
        String key = tokens.stream().map(Label.Token::stem).sorted().reduce((a, b) -> a + " " + b).orElse("");
        return new Label(collapsed, List.copyOf(tokens), key);
    }

    /**
     * The initialisms of a label, lower-cased; none when the label has no lower-case letter at all (a label
     * written in capitals is shouting, not abbreviating).
     */
    private static Set<String> acronyms(String text) {
        if (text.chars().noneMatch(Character::isLowerCase)) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        Matcher m = ACRONYM.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
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
