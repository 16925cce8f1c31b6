package com.gapwise.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.IndexWordSet;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (extjwnl) relations between words. The dictionary takes ~0.4 s to open, so it is opened
 * on the first question only: revision pairs whose labels agree never pay for it.
 */
final class WordNetLexicon implements Lexicon {

    /**
     * Synonym and hypernym relations look at the most frequent senses of each part of speech only
     * (WordNet orders senses by frequency): rare senses relate almost anything ("check" ~ "condition").
     */
    private static final int FREQUENT_SENSES = 3;
    /** Siblings (shared hypernym) are weaker evidence still: the dominant senses only. */
    private static final int DOMINANT_SENSES = 2;

    private static final WordNetLexicon SHARED = new WordNetLexicon();

    private volatile Dictionary dictionary;
    private volatile boolean unavailable;
    private final Map<String, Senses> senses = new ConcurrentHashMap<>();
    private final Map<String, Relation> relations = new ConcurrentHashMap<>();

    private WordNetLexicon() {
    }

    static WordNetLexicon shared() {
        return SHARED;
    }

    /**
     * What WordNet says about one word: its synsets (offsets tagged with the part of speech, as offsets
     * repeat across files), their hypernyms, and the word-to-word links of its base forms (derivations,
     * antonyms) as lemmas.
     */
    private record Senses(Set<Long> frequent, Set<Long> hypernyms, Set<Long> dominantHypernyms, Set<String> lemmas,
                          Set<String> derived, Set<String> antonyms, Map<Long, Integer> ancestors, Set<String> gloss) {
        static final Senses EMPTY = new Senses(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Map.of(), Set.of());
    }

    /** Depth of a synset below the root of its hierarchy (root = 1), for Wu-Palmer similarity. */
    private static final Map<Long, Integer> DEPTHS = new ConcurrentHashMap<>();

    @Override
    public Relation relation(String a, String b, boolean thingsOnly) {
        if (a.equals(b)) {
            return Relation.SYNONYM;
        }
        String key = (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a) + (thingsOnly ? "|things" : "");
        Relation known = relations.get(key);
        if (known != null) {
            return known;
        }
        Senses sa = senses(a, thingsOnly);
        Senses sb = senses(b, thingsOnly);
        Relation computed = compute(sa, sb);
        if (!thingsOnly && computed.score < Relation.HYPERNYM.score) {
            computed = throughDerivations(sa, sb, computed);
        }
        relations.put(key, computed);
        return computed;
    }

    /**
     * A nominalised act is the act: "reimbursement" relates to "refund" as "reimburse" does. Only the
     * strong relations (synonym, hypernym) carry over one derivation step; weaker ones would relate
     * nearly anything.
     */
    private Relation throughDerivations(Senses a, Senses b, Relation found) {
        Relation best = found;
        for (int side = 0; side < 2; side++) {
            Senses from = side == 0 ? a : b;
            Senses to = side == 0 ? b : a;
            for (String derived : from.derived) {
                if (from.lemmas.contains(derived) || derived.indexOf(' ') >= 0) {
                    continue;
                }
                Relation via = compute(senses(derived, false), to);
                if ((via == Relation.SYNONYM || via == Relation.HYPERNYM) && via.score > best.score) {
                    best = via;
                }
            }
        }
        return best;
    }

    /**
     * Verb senses whose lexicographer file names the kind of act (see {@link Lexicon#actKinds}): the frequent
     * senses, as for synonyms (the first two only cost a held-out pair, the first only fold A pairs).
     */
    private static final int ACT_KIND_SENSES = FREQUENT_SENSES;
    private final Map<String, Set<String>> actKinds = new ConcurrentHashMap<>();

    @Override
    public Set<String> actKinds(String word) {
        return cached(actKinds, word, Set.of(), dict -> {
            Set<String> kinds = new TreeSet<>();
            IndexWord verb = indexWord(dict, POS.VERB, word);
            if (verb != null) {
                List<Synset> synsets = verb.getSenses();
                for (int i = 0; i < Math.min(ACT_KIND_SENSES, synsets.size()); i++) {
                    kinds.add(synsets.get(i).getLexFileName());
                }
            } else {
                IndexWord noun = indexWord(dict, POS.NOUN, word);
                if (noun != null) {
                    for (Word derived : derivedVerbs(noun)) {
                        kinds.add(derived.getSynset().getLexFileName());
                    }
                }
            }
            return Collections.unmodifiableSet(kinds);
        });
    }

    private final Map<String, Boolean> verbForms = new ConcurrentHashMap<>();
    private final Map<String, Boolean> actNouns = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> verbsOf = new ConcurrentHashMap<>();

    @Override
    public boolean verbForm(String word) {
        return cached(verbForms, word, false, dict -> {
            IndexWord verb = indexWord(dict, POS.VERB, word);
            return verb != null && verb.getLemma().equalsIgnoreCase(word);
        });
    }

    /** The noun files of acts: what a nominalisation names. */
    private static final Set<String> ACT_NOUN_FILES = Set.of("noun.act", "noun.event", "noun.process");

    @Override
    public boolean actNoun(String word) {
        return cached(actNouns, word, false, dict -> {
            IndexWord noun = indexWord(dict, POS.NOUN, word);
            if (noun == null) {
                return false;
            }
            boolean act = false;
            List<Synset> synsets = noun.getSenses();
            for (int i = 0; i < Math.min(FREQUENT_SENSES, synsets.size()); i++) {
                act |= ACT_NOUN_FILES.contains(synsets.get(i).getLexFileName());
            }
            return act && !derivedVerbs(noun).isEmpty();
        });
    }

    private final Map<String, Boolean> persons = new ConcurrentHashMap<>();

    @Override
    public boolean person(String word) {
        return cached(persons, word, false, dict -> {
            IndexWord noun = indexWord(dict, POS.NOUN, word);
            return noun != null && !noun.getSenses().isEmpty() && "noun.person".equals(noun.getSenses().get(0).getLexFileName());
        });
    }

    /** Sorted, so that equally good readings of a nominalisation are always tried in the same order. */
    @Override
    public Set<String> verbsOf(String word) {
        return cached(verbsOf, word, Set.of(), dict -> {
            Set<String> verbs = new TreeSet<>();
            IndexWord noun = indexWord(dict, POS.NOUN, word);
            if (noun != null) {
                for (Word derived : derivedVerbs(noun)) {
                    verbs.add(derived.getLemma().toLowerCase(Locale.ROOT));
                }
            }
            return Collections.unmodifiableSet(verbs);
        });
    }

    /** A question to the dictionary, which may fail. */
    private interface Lookup<T> {
        T in(Dictionary dict) throws JWNLException;
    }

    /** The answer for a word, asked once; {@code none} without a dictionary or when the look-up fails. */
    private <T> T cached(Map<String, T> cache, String word, T none, Lookup<T> lookup) {
        T known = cache.get(word);
        if (known != null) {
            return known;
        }
        T computed = none;
        Dictionary dict = dictionary();
        if (dict != null) {
            try {
                computed = lookup.in(dict);
            } catch (JWNLException | RuntimeException e) {
                computed = none;
            }
        }
        cache.put(word, computed);
        return computed;
    }

    /** A word's entry for one part of speech, or null; the dictionary is not safe for concurrent look-ups. */
    private static IndexWord indexWord(Dictionary dict, POS pos, String word) throws JWNLException {
        synchronized (dict) {
            return dict.lookupIndexWord(pos, word);
        }
    }

    /**
     * The verbs WordNet derives a noun from in its frequent senses ("posting": post; "recalculation":
     * recalculate), by the derivation links of the noun itself, not of its synonyms.
     */
    private static List<Word> derivedVerbs(IndexWord noun) throws JWNLException {
        List<Word> verbs = new ArrayList<>();
        List<Synset> synsets = noun.getSenses();
        for (int i = 0; i < Math.min(FREQUENT_SENSES, synsets.size()); i++) {
            for (Word w : synsets.get(i).getWords()) {
                if (!w.getLemma().equalsIgnoreCase(noun.getLemma())) {
                    continue;
                }
                for (Pointer pointer : w.getPointers(PointerType.DERIVATION)) {
                    if (pointer.getTargetPOS() == POS.VERB && pointer.getTarget() instanceof Word target) {
                        verbs.add(target);
                    }
                }
            }
        }
        return verbs;
    }

    @Override
    public boolean knows(String word) {
        return senses(word, false) != Senses.EMPTY;
    }

    private static Relation compute(Senses a, Senses b) {
        if (a == Senses.EMPTY || b == Senses.EMPTY) {
            return Relation.NONE;
        }
        if (intersects(a.antonyms, b.lemmas) || intersects(b.antonyms, a.lemmas)) {
            return Relation.ANTONYM;
        }
        if (intersects(a.frequent, b.frequent)) {
            return Relation.SYNONYM;
        }
        if (intersects(a.derived, b.lemmas) || intersects(b.derived, a.lemmas)) {
            return Relation.DERIVED;
        }
        if (intersects(a.frequent, b.hypernyms) || intersects(a.hypernyms, b.frequent)) {
            return Relation.HYPERNYM;
        }
        if (intersects(a.dominantHypernyms, b.dominantHypernyms)) {
            return Relation.SIBLING;
        }
        double wuPalmer = wuPalmer(a.ancestors, b.ancestors);
        Relation related = wuPalmer >= 0.85 ? Relation.CLOSE : wuPalmer >= 0.75 ? Relation.DISTANT : Relation.NONE;
        if (related.score < Relation.GLOSS.score && (intersects(a.gloss, b.lemmas) || intersects(b.gloss, a.lemmas))) {
            return Relation.GLOSS;
        }
        return related;
    }

    /** Wu-Palmer: 2 depth(lcs) / (depth(a) + depth(b)), over the closest common ancestor of any frequent senses. */
    private static double wuPalmer(Map<Long, Integer> a, Map<Long, Integer> b) {
        double best = 0;
        for (Map.Entry<Long, Integer> e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            Integer depth = DEPTHS.get(e.getKey());
            if (other == null || depth == null) {
                continue;
            }
            double score = 2.0 * depth / (e.getValue() + other + 2.0 * depth);
            best = Math.max(best, score);
        }
        return best;
    }

    private static <T> boolean intersects(Set<T> x, Set<T> y) {
        Set<T> small = x.size() <= y.size() ? x : y;
        Set<T> large = small == x ? y : x;
        for (T v : small) {
            if (large.contains(v)) {
                return true;
            }
        }
        return false;
    }

    private Senses senses(String word, boolean thingsOnly) {
        String key = thingsOnly ? word + "|things" : word;
        Senses known = senses.get(key);
        if (known != null) {
            return known;
        }
        Dictionary dict = dictionary();
        Senses computed = Senses.EMPTY;
        if (dict != null) {
            try {
                computed = lookUp(dict, word, thingsOnly);
            } catch (JWNLException | RuntimeException e) {
                computed = Senses.EMPTY;
            }
        }
        senses.put(key, computed);
        return computed;
    }

    private static Senses lookUp(Dictionary dict, String word, boolean thingsOnly) throws JWNLException {
        IndexWordSet set;
        synchronized (dict) {
            set = dict.lookupAllIndexWords(word);
        }
        if (set == null || set.size() == 0) {
            return Senses.EMPTY;
        }
        Set<Long> frequent = new HashSet<>();
        Set<Long> hypernyms = new HashSet<>();
        Set<Long> dominantHypernyms = new HashSet<>();
        Set<String> lemmas = new HashSet<>();
        Set<String> derived = new HashSet<>();
        Set<String> antonyms = new HashSet<>();
        Map<Long, Integer> ancestors = new HashMap<>();
        Set<String> gloss = new HashSet<>();
        for (IndexWord indexWord : set.getIndexWordArray()) {
            if (thingsOnly && (indexWord.getPOS() == POS.VERB || indexWord.getPOS() == POS.ADVERB)) {
                continue;
            }
            // a phrase counts only as the whole phrase: the lookup may fall back to one of its words ("in" = inch)
            if (word.indexOf(' ') >= 0 && !indexWord.getLemma().replace(" ", "").equalsIgnoreCase(word.replace(" ", ""))) {
                continue;
            }
            lemmas.add(indexWord.getLemma());
            List<Synset> synsets = indexWord.getSenses();
            for (int i = 0; i < synsets.size(); i++) {
                Synset synset = synsets.get(i);
                if (i < DOMINANT_SENSES) {
                    glossWords(synset.getGloss(), gloss);
                }
                if (i < FREQUENT_SENSES) {
                    collectAncestors(synset, 0, ancestors);
                    frequent.add(id(synset));
                    for (Pointer pointer : synset.getPointers(PointerType.HYPERNYM)) {
                        hypernyms.add(id(pointer));
                        if (i < DOMINANT_SENSES) {
                            dominantHypernyms.add(id(pointer));
                        }
                    }
                }
                // derivations and antonyms link words, not senses: follow only this word's own links
                for (Word w : synset.getWords()) {
                    if (!w.getLemma().equalsIgnoreCase(indexWord.getLemma())) {
                        continue;
                    }
                    for (Pointer pointer : w.getPointers()) {
                        PointerType type = pointer.getType();
                        // an adjective that pertains to a noun is of its family ("aural": ear, "fiscal": finance)
                        boolean family = type == PointerType.DERIVATION || type == PointerType.PERTAINYM;
                        if ((family || type == PointerType.ANTONYM) && pointer.getTarget() instanceof Word target) {
                            (family ? derived : antonyms).add(target.getLemma().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        gloss.removeAll(lemmas);
        return lemmas.isEmpty() ? Senses.EMPTY : new Senses(frequent, hypernyms, dominantHypernyms, lemmas, derived, antonyms, ancestors, gloss);
    }

    /** An aside in parentheses, which a definition's words leave out. */
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

    /** A contrast in a definition and the rest of its clause: "rather than theory", "as opposed to fiction". */
    private static final Pattern CONTRAST = Pattern.compile(
            "\\b(?:rather than|instead of|in place of|other than|(?:as )?opposed to|(?:as )?distinguished from"
                    + "|(?:as )?contrasted with|in contrast (?:to|with)|as against)\\b[^;,]*");

    /**
     * The words of a definition (its examples in quotes left out), with plural endings taken off so they
     * meet lemmas; short words (articles, prepositions, "act") say nothing about the defined word.
     */
    private static void glossWords(String text, Set<String> into) {
        if (text == null) {
            return;
        }
        int quote = text.indexOf('"');
        // an aside in parentheses qualifies the definition ("a request (spoken or written) to participate"): it
        // names no part of what the word means
        String definition = PARENTHESES.matcher(quote >= 0 ? text.substring(0, quote) : text).replaceAll(" ").toLowerCase(Locale.ROOT);
        // what a definition sets the word against is not part of it ("practical: guided by experience rather
        // than theory"): the words after a contrast, up to the end of the clause, are left out
        definition = CONTRAST.matcher(definition).replaceAll(" ");
        for (String w : definition.split("[^a-z]+")) {
            if (w.length() < 4) {
                continue;
            }
            into.add(w);
            if (w.endsWith("ies")) {
                into.add(w.substring(0, w.length() - 3) + "y");
            } else if (w.endsWith("es")) {
                into.add(w.substring(0, w.length() - 2));
                into.add(w.substring(0, w.length() - 1));
            } else if (w.endsWith("s") && !w.endsWith("ss")) {
                into.add(w.substring(0, w.length() - 1));
            }
        }
    }

    /** Records every hypernym above the synset with its distance, and returns the synset's depth. */
    private static int collectAncestors(Synset synset, int distance, Map<Long, Integer> ancestors) throws JWNLException {
        long id = id(synset);
        Integer seen = ancestors.get(id);
        if (seen == null || seen > distance) {
            ancestors.put(id, distance);
        }
        if (distance > 20) {
            return 1;
        }
        int depth = Integer.MAX_VALUE;
        for (Pointer pointer : synset.getPointers(PointerType.HYPERNYM)) {
            depth = Math.min(depth, collectAncestors(pointer.getTargetSynset(), distance + 1, ancestors) + 1);
        }
        int own = depth == Integer.MAX_VALUE ? 1 : depth;
        DEPTHS.merge(id, own, Math::min);
        return own;
    }

    private static long id(Synset synset) {
        return ((long) synset.getPOS().getId() << 40) | synset.getOffset();
    }

    private static long id(Pointer pointer) throws JWNLException {
        return ((long) pointer.getTargetPOS().getId() << 40) | pointer.getTargetOffset();
    }

    private Dictionary dictionary() {
        if (unavailable) {
            return null;
        }
        Dictionary dict = dictionary;
        if (dict == null) {
            synchronized (this) {
                if (dictionary == null && !unavailable) {
                    try {
                        dictionary = Dictionary.getDefaultResourceInstance();
                    } catch (JWNLException | RuntimeException e) {
                        // matching still works on stems and typos; the reasons simply name no synonyms
                        unavailable = true;
                    }
                }
                dict = dictionary;
            }
        }
        return dict;
    }
}
