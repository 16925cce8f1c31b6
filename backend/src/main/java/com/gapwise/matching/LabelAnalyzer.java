package com.gapwise.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.CodeSource;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.nio.charset.StandardCharsets;
import com.gapwise.model.Labels;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.EnglishStemmer;

/** Turns labels into tokens: accents and case folded, split on punctuation, stop words dropped, Snowball-stemmed. */
final class LabelAnalyzer {

    /** Snowball's English stop list (auxiliaries, pronouns, determiners), shipped with Lucene. */
    private static final CharArraySet STOP_WORDS = loadStopWords();

    private static CharArraySet loadStopWords() {
        try (InputStream in = stopList()) {
            CharArraySet words = new CharArraySet(256, false);
            addSnowballWords(new String(in.readAllBytes(), StandardCharsets.UTF_8), words);
            words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return CharArraySet.unmodifiableSet(words);
        } catch (IOException e) {
            return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        }
    }

    /**
     * The words of a list in Snowball's format (words between white space, "|" starts a comment), as Lucene's
     * {@code WordlistLoader.getSnowballWordSet} reads them. Read with a loop: Lucene splits every line with a
     * regular expression compiled anew, some 5 ms of a one-shot diff's main thread for the 300-line list.
     */
    static void addSnowballWords(String list, CharArraySet words) {
        for (String line : list.split("\n")) {
            int comment = line.indexOf('|');
            int end = comment >= 0 ? comment : line.length();
            int start = -1;
            for (int i = 0; i <= end; i++) {
                boolean space = i == end || Character.isWhitespace(line.charAt(i));
                if (!space && start < 0) {
                    start = i;
                } else if (space && start >= 0) {
                    words.add(line.substring(start, i));
                    start = -1;
                }
            }
        }
    }

    /**
     * Snowball's stop list, read from the jar Lucene's class came from when it came from one. A class-path
     * lookup would start at the first jar and open the jar whose manifest lists some 140 library jars on the
     * way: about 10 ms of a one-shot diff, whose class-data archive spares it every other jar.
     */
    private static InputStream stopList() throws IOException {
        String name = "english_stop.txt";
        CodeSource source = SnowballFilter.class.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location != null && "file".equals(location.getProtocol()) && location.getPath().endsWith(".jar")) {
            try (JarFile jar = new JarFile(new File(location.toURI()))) {
                JarEntry entry = jar.getJarEntry(SnowballFilter.class.getPackageName().replace('.', '/') + "/" + name);
                if (entry != null) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        return new ByteArrayInputStream(in.readAllBytes());
                    }
                }
            } catch (URISyntaxException | IOException | RuntimeException e) {
                // read it as any resource below
            }
        }
        InputStream resource = SnowballFilter.class.getResourceAsStream(name);
        if (resource == null) {
            throw new IOException("Lucene's " + name + " is missing");
        }
        return resource;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
    static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
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
        String collapsed = Labels.collapse(text);
        if (Labels.isPlaceholder(collapsed)) {
            return new Label(collapsed, List.of(), "");
        }
        // Plain ASCII labels (nearly all) are split with loops that give exactly what the patterns below
        // give; in a one-shot CLI run the patterns, interpreted, cost more than the rest of the analysis.
        boolean ascii = isAscii(collapsed);
        String decomposed = ascii || Normalizer.isNormalized(collapsed, Normalizer.Form.NFKD)
                ? collapsed : MARKS.matcher(Normalizer.normalize(collapsed, Normalizer.Form.NFKD)).replaceAll("");
        // possessives: "customer's" is about the customer
        String lower = contractionsSpelledOut(decomposed.toLowerCase(Locale.ROOT));
        String folded = ascii && lower.indexOf('\'') < 0 ? lower : POSSESSIVE.matcher(lower).replaceAll("");
        Set<String> acronyms = ascii ? asciiAcronyms(decomposed) : acronyms(decomposed);
        String[] words = ascii ? asciiWords(folded) : NON_WORD.split(folded);
        // a name made of stop words alone (a pool or lane called "IT") is named by them; elsewhere an
        // initialism that is a stop word stays one ("AS-IS", "TO-BE" name states, not things)
        boolean onlyStopWords = true;
        for (String word : words) {
            onlyStopWords &= word.isEmpty() || STOP_WORDS.contains(word);
        }
        List<Label.Token> tokens = new ArrayList<>();
        int leading = -1;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty() || STOP_WORDS.contains(word) && !onlyStopWords) {
                // the particle of a phrasal verb belongs to the verb ("drawing up of the record")
                boolean particle = !tokens.isEmpty() && tokens.get(tokens.size() - 1).phrase() != null && PARTICLES.contains(word)
                        && i > 0 && tokens.get(tokens.size() - 1).word().equals(words[i - 1]);
                if (leading < 0 && !word.isEmpty() && !particle) {
                    leading = tokens.size();
                }
                continue;
            }
            // the act a label leads with may be a phrasal verb; particles after things are prepositions
            String phrase = tokens.isEmpty() && i + 1 < words.length && PARTICLES.contains(words[i + 1]) && !Character.isDigit(word.charAt(0))
                    ? word + " " + words[i + 1] : null;
            String identity = phrase == null ? word : phrase;
            tokens.add(new Label.Token(word, stem(word), numbers.computeIfAbsent(identity, w -> numbers.size()), tokens.isEmpty(),
                    phrase, acronyms.contains(word)));
        }
        String[] stems = new String[tokens.size()];
        for (int i = 0; i < stems.length; i++) {
            stems[i] = tokens.get(i).stem();
        }
        Arrays.sort(stems);
        // "Examination passed" and "Examination not passed" have the same words once "not" is dropped as a stop
        // word, but are no equal labels
        String key = String.join(" ", stems);
        if (!tokens.isEmpty() && OutcomePolarity.negates(words)) {
            key = key + " (not)";
        }
        Set<String> negated = new HashSet<>();
        for (String word : OutcomePolarity.turnedRound(words)) {
            if (!STOP_WORDS.contains(word)) {
                negated.add(stem(word));
            }
        }
        return new Label(collapsed, List.copyOf(tokens), key, leading < 0 ? tokens.size() : leading, OutcomePolarity.of(words),
                negated);
    }

    /** A letter, a hyphen, a space and a lower-case letter: a word broken over lines ("regis-↵tration", collapsed). */
    private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L}+)- (\\p{Ll}+)");
    /** The words after a hanging hyphen ("pre- and post-processing"), which breaks no word. */
    private static final Set<String> AFTER_HANGING_HYPHEN = Set.of("and", "or", "to", "nor");

    /**
     * A label with the words its drawing broke over lines joined again ("regis- tration" -> "registration"), as
     * tools break the long labels of models converted from Petri nets and EPCs; a compound broken at its own
     * hyphen ("self- service") keeps it, where the dictionary knows its parts but not the two as one word.
     * For the sentence model only: the word similarity reads the fragments as short forms, which its weights were
     * set with (joined there too, the dev folds lost pairs to WordNet's weak relations; eval README, round 16).
     */
    static String brokenWordsJoined(String label, Lexicon lexicon) {
        if (label.indexOf("- ") < 0) {
            return label;
        }
        Matcher m = BROKEN_WORD.matcher(label);
        StringBuilder out = new StringBuilder(label.length());
        int last = 0;
        while (m.find()) {
            String head = m.group(1);
            String tail = m.group(2);
            if (AFTER_HANGING_HYPHEN.contains(tail)) {
                continue;
            }
            String h = head.toLowerCase(Locale.ROOT);
            boolean compound = !lexicon.knows(h + tail) && lexicon.knows(h) && lexicon.knows(tail);
            out.append(label, last, m.start()).append(head).append(compound ? "-" : "").append(tail);
            last = m.end();
        }
        String joined = out.append(label, last, label.length()).toString();
        // a word broken twice ("acknow- ledge- ment") has its second break after the first is joined; each pass that
        // changes the label joins at least one break, so this ends
        return joined.equals(label) ? joined : brokenWordsJoined(joined, lexicon);
    }

    /** "isn't" is "is not" (not the words "isn" and "t"); "can't" and "won't" are "cannot" and "will not". */
    private static String contractionsSpelledOut(String lower) {
        if (!lower.contains("n't") && !lower.contains("n\u2019t")) {
            return lower;
        }
        return lower.replace('\u2019', '\'').replace("can't", "cannot").replace("won't", "will not").replace("n't", " not");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@link #NON_WORD}'s split of an ASCII text: runs of letters and digits (no empty words). */
    static String[] asciiWords(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && isAsciiLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words.toArray(new String[0]);
    }

    /**
     * {@link #acronyms(String)} for an ASCII text: {@link #ACRONYM} matches exactly the maximal runs of
     * word characters ({@code \b} counts letters, digits and '_') that are two to five capitals.
     */
    static Set<String> asciiAcronyms(String text) {
        boolean lowerCase = false;
        for (int i = 0; i < text.length() && !lowerCase; i++) {
            char c = text.charAt(i);
            lowerCase = c >= 'a' && c <= 'z';
        }
        if (!lowerCase) {
            return lone(text);
        }
        Set<String> out = new HashSet<>();
        int start = -1;
        boolean capitals = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean word = isAsciiLetterOrDigit(c) || c == '_';
            if (word) {
                if (start < 0) {
                    start = i;
                    capitals = true;
                }
                capitals &= c >= 'A' && c <= 'Z';
            } else if (start >= 0) {
                if (capitals && i - start >= 2 && i - start <= 5) {
                    out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = -1;
            }
        }
        return out;
    }

    /** A label that is nothing but two to five capitals ("CRM", "ERP"): an initialism, not a shouted word. */
    private static Set<String> lone(String text) {
        String word = text.strip();
        if (word.length() < 2 || word.length() > 5) {
            return Set.of();
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'A' || c > 'Z') {
                return Set.of();
            }
        }
        return Set.of(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * The initialisms of a label, lower-cased; none when the label has no lower-case letter at all (a label
     * written in capitals is shouting, not abbreviating), unless it is one initialism alone (a lane "CRM").
     */
    static Set<String> acronyms(String text) {
        if (text.chars().noneMatch(Character::isLowerCase)) {
            return lone(text);
        }
        Set<String> out = new HashSet<>();
        Matcher m = ACRONYM.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
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
