package com.gapwise.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How much two labels say the same thing: an IDF-weighted soft overlap of their words, where two
 * words agree fully when they share a stem and partly when WordNet relates them or one is a typo of
 * the other. Symmetric, word-order free, in [0, 1].
 */
final class LabelSimilarity {

    static final double TYPO = 0.85;
    /**
     * What is taken off two labels' sentence likeness before it counts as their similarity: MiniLM puts related
     * but different acts at 0.6-0.8, and labels of one process share their vocabulary (dev folds: 0.1 to 0.3
     * off, and scaled by 0.6 to 1.2, all raised the folds written apart; this one raised every dev fold's
     * total most).
     */
    static final double SENTENCE_OFFSET = 0.2;
    /**
     * The least similarity of two steps that both refuse ("Send rejection" ~ "Inform the applicant that the entry
     * requirements are not met"), between models drawn apart: the middle of a plateau on the dev folds (0.35 to
     * 0.45; eval/matching/README.md, round 21).
     */
    static final double REFUSALS = 0.4;
    static final double ABBREVIATION = 0.8;
    /**
     * What a shared word is worth when two labels use it in swapped roles: "Request disposal approval" and
     * "Approve disposal request" name the same things but opposite acts (one asks, the other decides).
     */
    static final double SWAPPED_ROLE = 0.4;
    /**
     * What is left of a label similarity when a word of one label is the opposite of a word of the other
     * (WordNet antonyms: acceptance ~ rejection, open ~ close, admitted ~ rejected): the other words agreeing
     * make the two acts look alike, but they lead to opposite outcomes.
     */
    static final double OPPOSITES = 0.5;
    /**
     * What is left of a label similarity when the two labels do unrelated acts on the same things ("Send
     * invoice" ~ "Check invoice"): the shared things make them look alike, the acts say they are other steps.
     */
    static final double UNRELATED_ACTS = 0.85;

    /**
     * A similarity and the word relations that produced it, in words.
     *
     * @param unpenalised the similarity before the unrelated-act weight ({@link #UNRELATED_ACTS}), which the
     *                    matcher lifts where the flow places the two steps alike
     * @param opposed     the labels name opposite outcomes or acts ({@link #OPPOSITES})
     */
    record Result(double score, List<String> reasons, double unpenalised, boolean opposed) {
        Result {
            // results are kept and handed out again (see compare): nobody may change their reasons
            reasons = List.copyOf(reasons);
        }

        Result(double score, List<String> reasons) {
            this(score, reasons, score, false);
        }
    }

    private final Lexicon lexicon;
    private final Map<String, Double> idf;
    private final double unseenIdf;
    /** Word-pair results by the pair of word numbers: labels repeat the same few hundred words. */
    private final Map<Long, WordMatch> wordPairs = new HashMap<>();
    private final Map<Long, WordMatch> cheapWordPairs = new HashMap<>();
    /**
     * Label-pair results by the two labels (with and without WordNet): the label passes run again after the
     * structure passes, over mostly the same pairs, and a comparison depends on nothing but the two labels.
     */
    private final Map<Label, Map<Label, Result>> compared = new IdentityHashMap<>();
    private final Map<Label, Map<Label, Result>> comparedCheaply = new IdentityHashMap<>();
    /** Every label of both models: the words they spell out are what their short forms stand for. */
    private final List<Label> labels;
    /**
     * The distinct tokens of {@link #labels}, in order of first use, made on the first short form: a short form is
     * looked up among them, not among every token of a model of thousands of steps in a small vocabulary.
     */
    private List<Label.Token> spelledTokens;
    /** The spelled-out words of both models that a short form stands for, by the short form. */
    private final Map<String, String> spelledOut = new HashMap<>();

    /** Sentence embeddings of the labels in {@link #sentences}, by text. */
    private final Paraphrases paraphrases;
    /** The label texts compared as sentences too: the steps' labels, between small models drawn apart. */
    private final Set<String> sentences;
    private final Map<String, float[]> embedded = new HashMap<>();

    /** @param labels every label of both models, to weigh rare words above common ones */
    LabelSimilarity(Lexicon lexicon, List<Label> labels) {
        this(lexicon, labels, Paraphrases.NONE, Set.of());
    }

    /**
     * @param paraphrases sentence embeddings
     * @param sentences   the label texts whose pairs are compared as sentences too (the steps' labels)
     */
    LabelSimilarity(Lexicon lexicon, List<Label> labels, Paraphrases paraphrases, Set<String> sentences) {
        this.lexicon = lexicon;
        this.labels = labels;
        this.paraphrases = paraphrases;
        this.sentences = sentences;
        Map<String, Integer> df = new HashMap<>();
        for (Label label : labels) {
            // each stem once per label, as Label.stems() has them, without a set for each of thousands of labels
            for (int i = 0; i < label.tokens().size(); i++) {
                if (!label.stemBefore(i)) {
                    df.merge(label.tokens().get(i).stem(), 1, Integer::sum);
                }
            }
        }
        int n = Math.max(1, labels.size());
        this.idf = new HashMap<>(df.size() * 2);
        for (Map.Entry<String, Integer> entry : df.entrySet()) {
            idf.put(entry.getKey(), Math.log(1.0 + (double) n / entry.getValue()));
        }
        this.unseenIdf = Math.log(1.0 + n);
    }

    double idf(String stem) {
        return idf.getOrDefault(stem, unseenIdf);
    }

    private double[] idfByNumber = new double[256];

    private double idf(Label.Token token) {
        int n = token.number();
        if (n >= idfByNumber.length) {
            idfByNumber = Arrays.copyOf(idfByNumber, Math.max(n + 1, idfByNumber.length * 2));
        }
        double known = idfByNumber[n];
        if (known == 0) {
            known = idf(token.stem());
            idfByNumber[n] = known;
        }
        return known;
    }

    /** The full comparison, WordNet included. */
    Result compare(Label a, Label b) {
        return compare(a, b, true);
    }

    /** @param useLexicon false for a quick check that never opens WordNet (stems and typos only) */
    Result compare(Label a, Label b, boolean useLexicon) {
        Map<Label, Map<Label, Result>> byLabel = useLexicon ? compared : comparedCheaply;
        Map<Label, Result> row = byLabel.get(a);
        if (row == null) {
            row = new IdentityHashMap<>();
            byLabel.put(a, row);
        }
        Result known = row.get(b);
        if (known == null) {
            known = comparison(a, b, useLexicon);
            row.put(b, known);
        }
        return known;
    }

    private Result comparison(Label a, Label b, boolean useLexicon) {
        if (a.isEmpty() || b.isEmpty()) {
            return new Result(0, List.of());
        }
        boolean swapped = swappedRoles(a, b, useLexicon);
        if (a.key().equals(b.key()) && !swapped) {
            boolean same = a.text().equals(b.text()) || a.text().toLowerCase(Locale.ROOT).equals(b.text().toLowerCase(Locale.ROOT));
            return new Result(1.0, List.of(same ? "labels equal" : "labels equal after normalisation"));
        }
        TreeSet<String> reasons = new TreeSet<>();
        if (swapped) {
            reasons.add("acts swapped: '" + a.tokens().get(0).word() + "' and '" + b.tokens().get(0).word() + "' in other roles");
        }
        // each word pair looked up once (words() is symmetric): both directions below read the same table
        List<Label.Token> ta = a.tokens();
        List<Label.Token> tb = b.tokens();
        WordMatch[] pairs = new WordMatch[ta.size() * tb.size()];
        for (int i = 0; i < ta.size(); i++) {
            for (int j = 0; j < tb.size(); j++) {
                pairs[i * tb.size() + j] = words(ta.get(i), tb.get(j), useLexicon, swapped);
            }
        }
        double weighted = 0;
        double total = 0;
        // each side's own sums: how well it is covered by the other, and its weight
        double[] sideWeighted = new double[2];
        double[] sideTotal = new double[2];
        boolean opposite = false;
        for (int side = 0; side < 2; side++) {
            Label from = side == 0 ? a : b;
            Label to = side == 0 ? b : a;
            List<Label.Token> fromTokens = from.tokens();
            List<Label.Token> toTokens = to.tokens();
            for (int i = 0; i < fromTokens.size(); i++) {
                Label.Token t = fromTokens.get(i);
                double best = 0;
                String bestReason = null;
                for (int j = 0; j < toTokens.size(); j++) {
                    WordMatch m = side == 0 ? pairs[i * tb.size() + j] : pairs[j * tb.size() + i];
                    if (m == WordMatch.OPPOSITE && from.negated().contains(t.stem()) != to.negated().contains(toTokens.get(j).stem())) {
                        // opposites, one of them turned round by a negation, say the same: "Not admitted" ~ "Rejected",
                        // "Not eligible" ~ "Ineligible"
                        Label.Token u = toTokens.get(j);
                        String said = from.negated().contains(t.stem()) ? "not " + t.word() + "~" + u.word() : "not " + u.word() + "~" + t.word();
                        m = new WordMatch(Lexicon.Relation.SYNONYM.score, "opposites, one negated: " + said);
                    }
                    // a word of one label the opposite of a word of the other, neither of them on both sides
                    if (m == WordMatch.OPPOSITE && !opposite) {
                        opposite = !to.hasStem(t.stem()) && !from.hasStem(toTokens.get(j).stem());
                    }
                    if (m.score > best) {
                        best = m.score;
                        bestReason = m.reason;
                    }
                }
                double w = idf(t);
                weighted += w * best;
                total += w;
                sideWeighted[side] += w * best;
                sideTotal[side] += w;
                if (bestReason != null) {
                    reasons.add(bestReason);
                }
            }
        }
        // a terse label and a long sentence can say the same: how well the shorter is covered counts most
        double symmetric = total == 0 ? 0 : weighted / total;
        double[] coverage = new double[2];
        for (int side = 0; side < 2; side++) {
            coverage[side] = sideTotal[side] == 0 ? 0 : sideWeighted[side] / sideTotal[side];
        }
        // labels of equal weight: neither is the shorter, and the comparison must not depend on which comes first
        double covered = Math.abs(sideTotal[0] - sideTotal[1]) < 1e-9 ? (coverage[0] + coverage[1]) / 2
                : coverage[sideTotal[0] < sideTotal[1] ? 0 : 1];
        // different keys never score as high as equal labels
        double score = Math.min(0.95, 0.4 * symmetric + 0.6 * covered);
        // "Send letter of acceptance" and "Send rejection letter" share most words but are opposite outcomes
        boolean opposed = opposite || a.outcome().oppositeTo(b.outcome());
        if (opposite) {
            score *= OPPOSITES;
            reasons.add("opposite words");
        } else if (opposed) {
            // "Send offer letter" ~ "Send the notice that the examination was not passed": a negation WordNet cannot see
            score *= OPPOSITES;
            reasons.add("opposite outcomes");
        }
        // "Send invoice" ~ "Check invoice": the same things, other work (between models drawn apart only: a
        // revision's labels are compared without WordNet)
        double unpenalised = score;
        if (useLexicon && !swapped && unrelatedActs(a, b)) {
            score *= UNRELATED_ACTS;
            reasons.add("unrelated acts: '" + a.tokens().get(0).word() + "' and '" + b.tokens().get(0).word() + "'");
        }
        // two steps' labels that read alike as sentences are at least that alike, less the part of a sentence
        // likeness that related but different work has too; never opposite outcomes, which read alike as
        // sentences ("Accept offer" ~ "Reject offer" 0.76)
        double cosine = useLexicon && !opposed ? sentenceCosine(a, b) : Double.NaN;
        if (cosine - SENTENCE_OFFSET > score) {
            double lifted = Math.min(0.95, cosine - SENTENCE_OFFSET);
            unpenalised += lifted - score;
            score = lifted;
            reasons.add("read alike as sentences: " + twoDecimals(cosine));
        }
        // two refusals are the same outcome, however differently worded; whether they are the same refusal (early
        // or late) the flow decides
        if (useLexicon && a.outcome().sign() < 0 && b.outcome().sign() < 0 && score < REFUSALS && asSentences(a, b)) {
            unpenalised += REFUSALS - score;
            score = REFUSALS;
            reasons.add("both refuse");
        }
        List<String> out = new ArrayList<>(reasons);
        out.add("label similarity " + twoDecimals(score));
        return new Result(score, out, unpenalised, opposed);
    }

    /** The cosine of two labels' sentence embeddings, or NaN where they are not compared as sentences. */
    private double sentenceCosine(Label a, Label b) {
        return asSentences(a, b) ? cosine(a.text(), b.text()) : Double.NaN;
    }

    /** Whether two labels are compared as sentences too (the steps' labels, between small models drawn apart). */
    private boolean asSentences(Label a, Label b) {
        return sentences.contains(a.text()) && sentences.contains(b.text());
    }

    /** The cosine of two texts' embeddings, or NaN where no model could be loaded. */
    private double cosine(String x, String y) {
        float[] u = embedding(x);
        float[] v = u == null ? null : embedding(y);
        return v == null ? Double.NaN : Paraphrases.cosine(u, v);
    }

    private float[] embedding(String text) {
        if (!embedded.containsKey(text)) {
            // the model reads words, not a drawing's line breaks: "regis- tration" is "registration" to it
            embedded.put(text, paraphrases.embed(LabelAnalyzer.brokenWordsJoined(text, lexicon)));
        }
        return embedded.get(text);
    }

    /**
     * A score in reasons, as {@code %.2f} prints it (half up on the shortest decimal form), without
     * java.util.Formatter, whose first use in a fresh JVM costs about 10 ms of parsing set-up. Every match
     * of a one-shot diff carries one, so the usual case is counted in hundredths without BigDecimal (whose
     * conversions a fresh JVM runs interpreted and then compiles): away from a half hundredth, the double
     * and its decimal form round alike. Near one, or out of range, BigDecimal decides.
     */
    static String twoDecimals(double value) {
        if (value >= 0 && value < 1e6) {
            double hundredths = value * 100;
            double whole = Math.floor(hundredths);
            double fraction = hundredths - whole;
            if (Math.abs(fraction - 0.5) > 1e-6) {
                long rounded = (long) whole + (fraction > 0.5 ? 1 : 0);
                long cents = rounded % 100;
                return (rounded / 100) + (cents < 10 ? ".0" : ".") + cents;
            }
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * How much of {@code part}'s meaning {@code whole} covers (one direction only): for splits and merges,
     * where the narrower label's words all reappear in the broader one.
     */
    double coverage(Label part, Label whole) {
        return coverage(part, whole, true, swappedRoles(part, whole, true));
    }

    /**
     * How much of {@code whole}'s meaning {@code part} covers beyond what {@code partner} already covers:
     * a real part of a split adds something; a neighbour that repeats the partner's words does not.
     */
    double gain(Label whole, Label partner, Label part) {
        double gained = 0;
        double total = 0;
        for (Label.Token t : whole.tokens()) {
            double byPart = 0;
            double byPartner = 0;
            for (Label.Token u : part.tokens()) {
                byPart = Math.max(byPart, words(t, u, true).score);
            }
            for (Label.Token u : partner.tokens()) {
                byPartner = Math.max(byPartner, words(t, u, true).score);
            }
            gained += idf(t) * Math.max(0, byPart - byPartner);
            total += idf(t);
        }
        return total == 0 ? 0 : gained / total;
    }

    /**
     * How much closer, as sentences, {@code whole} reads to {@code partner} and {@code part} together than to
     * {@code partner} alone: the gain of a part whose words are not the whole's ("Pay compensation to the
     * customer" beside "Calculate compensation" against "Raise compensation cheque"). NaN where the three are
     * not compared as sentences.
     */
    double sentenceGain(Label whole, Label partner, Label part) {
        if (!asSentences(whole, partner) || !sentences.contains(part.text())) {
            return Double.NaN;
        }
        return cosine(whole.text(), partner.text() + " and " + part.text()) - cosine(whole.text(), partner.text());
    }

    private double coverage(Label part, Label whole, boolean useLexicon, boolean swapped) {
        double weighted = 0;
        double total = 0;
        for (Label.Token t : part.tokens()) {
            double best = 0;
            for (Label.Token u : whole.tokens()) {
                best = Math.max(best, words(t, u, useLexicon, swapped).score);
            }
            weighted += idf(t) * best;
            total += idf(t);
        }
        return total == 0 ? 0 : weighted / total;
    }

    private record WordMatch(double score, String reason) {
        static final WordMatch NONE = new WordMatch(0, null);
        static final WordMatch SAME = new WordMatch(1, null);
        /** Opposites ("acceptance" ~ "rejection"): no agreement, and evidence that the labels name other acts. */
        static final WordMatch OPPOSITE = new WordMatch(0, null);
    }

    /**
     * Whether two labels name different acts on the same things: each label's act (its leading word)
     * reappears among the other's things, at least once as a derived form, and the two acts are unrelated:
     * "Request disposal approval" ~ "Approve disposal request" (one asks, the other decides), though both
     * hold the same words. Verb-object role awareness, as label parsing does for process model matching. A
     * noun compound read the other way round ("Order check" ~ "Check order") repeats the very words and is
     * the same act.
     */
    boolean swappedRoles(Label a, Label b) {
        return swappedRoles(a, b, true);
    }

    private boolean swappedRoles(Label a, Label b, boolean useLexicon) {
        if (a.tokens().size() < 2 || b.tokens().size() < 2) {
            return false;
        }
        Label.Token ha = a.tokens().get(0);
        Label.Token hb = b.tokens().get(0);
        if (ha.stem().equals(hb.stem())) {
            return false;
        }
        Label.Token inA = thing(a, hb.stem());
        Label.Token inB = inA == null ? null : thing(b, ha.stem());
        return inA != null && inB != null && (!inA.word().equals(hb.word()) || !inB.word().equals(ha.word()))
                && words(ha, hb, useLexicon).score < Lexicon.Relation.HYPERNYM.score;
    }

    /**
     * Whether two labels do unrelated acts on the same things: each leads with a dictionary word (of three
     * letters or more, as WordNet is asked about words elsewhere: the "e" of "E-mail" is no act), they share a
     * thing (a word after the act, the same or a synonym), neither act relates in WordNet (any relation, any
     * role, phrasal verbs whole) to any word of the other label, and the acts are not of one broad kind
     * ({@link Lexicon#actKinds}: "approve" and "check" are both judgements).
     */
    private boolean unrelatedActs(Label a, Label b) {
        if (a.tokens().size() < 2 || b.tokens().size() < 2) {
            return false;
        }
        Label.Token ha = a.tokens().get(0);
        Label.Token hb = b.tokens().get(0);
        if (!ha.head() || !hb.head() || ha.stem().equals(hb.stem()) || ha.acronym() || hb.acronym()
                || ha.isNumber() || hb.isNumber() || ha.word().length() <= 2 || hb.word().length() <= 2
                || !lexicon.knows(ha.word()) || !lexicon.knows(hb.word())) {
            return false;
        }
        boolean sharedThing = false;
        for (int i = 1; i < a.tokens().size() && !sharedThing; i++) {
            for (int j = 1; j < b.tokens().size(); j++) {
                if (words(a.tokens().get(i), b.tokens().get(j), true).score >= Lexicon.Relation.SYNONYM.score) {
                    sharedThing = true;
                    break;
                }
            }
        }
        if (!sharedThing || relatesToAny(ha, b) || relatesToAny(hb, a)) {
            return false;
        }
        // "Approve goodwill credit" ~ "Check goodwill credit against policy": two judgements, one step
        Set<String> ka = kinds(ha);
        for (String kind : kinds(hb)) {
            if (ka.contains(kind)) {
                return false;
            }
        }
        return true;
    }

    private Set<String> kinds(Label.Token t) {
        Set<String> kinds = new HashSet<>(lexicon.actKinds(t.word()));
        if (t.phrase() != null) {
            kinds.addAll(lexicon.actKinds(t.phrase()));
        }
        return kinds;
    }

    private boolean relatesToAny(Label.Token act, Label other) {
        for (Label.Token u : other.tokens()) {
            if (act.stem().equals(u.stem()) || words(act, u, true).score > 0) {
                return true;
            }
            for (String x : new String[] {act.word(), act.phrase()}) {
                for (String y : new String[] {u.word(), u.phrase()}) {
                    if (x != null && y != null && !u.isNumber() && y.length() > 2 && x.length() > 2
                            && lexicon.relation(x, y, false) != Lexicon.Relation.NONE) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The first word after the label's act with this stem, or null (a plain loop: this runs on every comparison). */
    private static Label.Token thing(Label label, String stem) {
        List<Label.Token> tokens = label.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).stem().equals(stem)) {
                return tokens.get(i);
            }
        }
        return null;
    }

    private WordMatch words(Label.Token t, Label.Token u, boolean useLexicon, boolean swapped) {
        if (swapped && t.head() != u.head() && t.stem().equals(u.stem())) {
            return new WordMatch(SWAPPED_ROLE, null);
        }
        return words(t, u, useLexicon);
    }

    private WordMatch words(Label.Token t, Label.Token u, boolean useLexicon) {
        if (t.stem().equals(u.stem())) {
            return WordMatch.SAME;
        }
        if (t.isNumber() || u.isNumber()) {
            return WordMatch.NONE;
        }
        long x = t.number();
        long y = u.number();
        // the roles of the two words are part of the question: "file" as a thing is no synonym of "register" as an act
        long key = ((x < y ? x << 32 | y : y << 32 | x) * 3 + roles(t, u)) * 4 + (x < y ? nominal(t, u) : nominal(u, t));
        Map<Long, WordMatch> cache = useLexicon ? wordPairs : cheapWordPairs;
        WordMatch known = cache.get(key);
        if (known == null) {
            known = x < y ? relate(t, u, useLexicon) : relate(u, t, useLexicon);
            cache.put(key, known);
        }
        return known;
    }

    private WordMatch relate(Label.Token t, Label.Token u, boolean useLexicon) {
        if (t.acronym() || u.acronym()) {
            // an initialism stands for several words: no typo, abbreviation or dictionary sense of its letters
            return WordMatch.NONE;
        }
        double typo = typo(t.word(), u.word());
        String pair = t.word().compareTo(u.word()) < 0 ? t.word() + "~" + u.word() : u.word() + "~" + t.word();
        WordMatch best = typo > 0 ? new WordMatch(typo, "typo: " + pair) : WordMatch.NONE;
        if (useLexicon && best.score < ABBREVIATION && abbreviates(t, u)) {
            best = new WordMatch(ABBREVIATION, "abbreviation: " + shorter(t, u).word() + "~" + longer(t, u).word());
        }
        if (useLexicon && roles(t, u) == 0 && (t.nominal() || u.nominal())) {
            // an act read from a noun means what its verb means: "posting" as an act is posting an entry,
            // not the notice its noun senses also name
            WordMatch meaning = WordMatch.NONE;
            for (String x : actForms(t)) {
                for (String y : actForms(u)) {
                    if (x.length() > 2 && y.length() > 2) {
                        WordMatch m = meaning(x, y, t, u);
                        if (m == null) {
                            return WordMatch.OPPOSITE;
                        }
                        if (m.score > meaning.score) {
                            meaning = m;
                        }
                    }
                }
            }
            return meaning.score > best.score ? meaning : best;
        }
        if (useLexicon && t.word().length() > 2 && u.word().length() > 2) {
            WordMatch meaning = meaning(t.word(), u.word(), t, u);
            if (meaning == null) {
                return WordMatch.OPPOSITE;
            }
            // a phrasal verb is looked up as a whole too: "look up" ~ "search", "hand over" ~ "deliver"
            for (String x : new String[] {t.phrase(), t.word()}) {
                for (String y : new String[] {u.phrase(), u.word()}) {
                    if (x != null && y != null && (x != t.word() || y != u.word())) {
                        WordMatch viaPhrase = meaning(x, y, t, u);
                        if (viaPhrase != null && viaPhrase.score > meaning.score) {
                            meaning = viaPhrase;
                        }
                    }
                }
            }
            if (meaning.score > best.score) {
                best = meaning;
            }
        }
        if (useLexicon) {
            WordMatch viaShortForm = spelledOutMeaning(t, u);
            if (viaShortForm.score <= best.score) {
                viaShortForm = spelledOutMeaning(u, t);
            }
            if (viaShortForm.score > best.score) {
                best = viaShortForm;
            }
        }
        return best;
    }

    /**
     * A short form read as the word the models spell out elsewhere, and that word related to the other
     * label's word: "Chk. training contract" ~ "Verify that a training contract ... has been submitted" when
     * "check" is spelled out in some label of either model (check ~ verify). Only for a short form that is no
     * dictionary word, and only when it stands for words of one stem: a short form the models could spell out
     * as several words is ambiguous.
     */
    private WordMatch spelledOutMeaning(Label.Token shortForm, Label.Token u) {
        if (u.isNumber() || u.word().length() <= 2) {
            return WordMatch.NONE;
        }
        String word = spelledOut(shortForm);
        if (word == null || !lexicon.knows(u.word())) {
            return WordMatch.NONE;
        }
        WordMatch m = meaning(word, u.word(), shortForm, u);
        return m == null || m.score == 0 ? WordMatch.NONE
                : new WordMatch(m.score * ABBREVIATION, shortForm.word() + " read as " + word + ", " + m.reason);
    }

    /**
     * The word the models spell out that a short form stands for ("chk" -> "check"), or null: for a short form
     * that is no dictionary word and stands for words of one stem only. Forms of one family with other stems
     * ("regis" -> "register", "registration") are ambiguous here: tried, a fragment of a word broken over lines
     * then takes a neighbour's words (eval README, round 17).
     */
    String spelledOut(Label.Token shortForm) {
        // without a dictionary (a revision) no word is known, so none is spelled out: the search, a pass over
        // every word of both models per short form, is not needed
        if (shortForm.acronym() || shortForm.isNumber() || lexicon == Lexicon.NONE) {
            return null;
        }
        String word = spelledOut.get(shortForm.word());
        if (word == null) {
            word = "";
            if (shortForm.word().length() >= 3 && !lexicon.knows(shortForm.word())) {
                if (spelledTokens == null) {
                    spelledTokens = distinctWords(labels);
                }
                Map<String, String> byStem = new HashMap<>();
                for (Label.Token w : spelledTokens) {
                    if (!w.acronym() && !byStem.containsKey(w.stem()) && abbreviates(shortForm, w)
                            && w.word().length() > shortForm.word().length() && lexicon.knows(w.word())) {
                        byStem.put(w.stem(), w.word());
                    }
                }
                if (byStem.size() == 1) {
                    word = byStem.values().iterator().next();
                }
            }
            // "" remembers that there is none
            spelledOut.put(shortForm.word(), word);
        }
        return word.isEmpty() ? null : word;
    }

    /** The words an act is looked up as: a nominal act as its verbs (itself when WordNet names none). */
    private List<String> actForms(Label.Token t) {
        List<String> forms = new ArrayList<>();
        if (t.nominal()) {
            forms.addAll(lexicon.verbsOf(t.word()));
        } else if (t.phrase() != null) {
            forms.add(t.phrase());
        }
        if (forms.isEmpty() || !t.nominal()) {
            forms.add(t.word());
        }
        return forms;
    }

    private static int nominal(Label.Token t, Label.Token u) {
        return (t.nominal() ? 2 : 0) + (u.nominal() ? 1 : 0);
    }

    /** What WordNet says about two words (or phrasal verbs) in their roles; null for opposites. */
    private WordMatch meaning(String x, String y, Label.Token t, Label.Token u) {
        int roles = roles(t, u);
        Lexicon.Relation relation = lexicon.relation(x, y, roles == 2);
        if (relation == Lexicon.Relation.ANTONYM) {
            return null;
        }
        // an act and a thing relate only as forms of one word ("register" ~ "registration")
        if (roles == 1 && relation != Lexicon.Relation.DERIVED) {
            relation = Lexicon.Relation.NONE;
        }
        if (relation == Lexicon.Relation.NONE) {
            return WordMatch.NONE;
        }
        String pair = x.compareTo(y) < 0 ? x + "~" + y : y + "~" + x;
        return new WordMatch(relation.score, relation.reason + ": " + pair);
    }

    /** 0: both lead their labels, 1: one does, 2: neither (both name things). */
    private static int roles(Label.Token t, Label.Token u) {
        return t.head() && u.head() ? 0 : t.head() || u.head() ? 1 : 2;
    }

    private static Label.Token shorter(Label.Token t, Label.Token u) {
        return t.word().length() <= u.word().length() ? t : u;
    }

    private static Label.Token longer(Label.Token t, Label.Token u) {
        return t.word().length() <= u.word().length() ? u : t;
    }

    /**
     * The first token of each word, stem and initialism flag among the labels' tokens, in order: all a short form's
     * look-up reads of a token (keyed by text, since a record's own hash is linked at run time, which a one-shot
     * diff pays for).
     */
    private static List<Label.Token> distinctWords(List<Label> labels) {
        Set<String> seen = new HashSet<>();
        List<Label.Token> distinct = new ArrayList<>();
        for (Label label : labels) {
            for (Label.Token t : label.tokens()) {
                if (seen.add(t.word() + '\u0000' + t.stem() + '\u0000' + t.acronym())) {
                    distinct.add(t);
                }
            }
        }
        return distinct;
    }

    /**
     * "appl" ~ "application", "docs" ~ "documents", "recvd" ~ "received", "fwd" ~ "forward": the short word
     * starts the long one, or is its first letter followed by a selection of its letters in order. Only
     * for short or unknown words: "send" is no abbreviation of "suspend".
     */
    private boolean abbreviates(Label.Token t, Label.Token u) {
        Label.Token s = shorter(t, u);
        Label.Token l = longer(t, u);
        String shortForm = s.word();
        String longForm = l.word();
        if (shortForm.length() < 3 || longForm.length() < shortForm.length() + 2 || s.isNumber() || l.isNumber()) {
            return false;
        }
        if (shortForm.length() > 4 && lexicon.knows(shortForm)) {
            return false;
        }
        // a dictionary word in another role is that word, not a short form: "term" (a thing) ~ "terminate" (an act)
        if (roles(t, u) == 1 && lexicon.knows(shortForm)) {
            return false;
        }
        if (longForm.startsWith(shortForm) || longForm.startsWith(s.stem()) && s.stem().length() >= 3) {
            return true;
        }
        if (shortForm.charAt(0) != longForm.charAt(0) || lexicon.knows(shortForm)) {
            return false;
        }
        int i = 0;
        for (int j = 0; j < longForm.length() && i < shortForm.length(); j++) {
            if (longForm.charAt(j) == shortForm.charAt(i)) {
                i++;
            }
        }
        return i == shortForm.length();
    }

    private double typo(String x, String y) {
        int shorter = Math.min(x.length(), y.length());
        if (shorter < 5) {
            return 0;
        }
        int allowed = shorter >= 8 ? 2 : 1;
        if (Math.abs(x.length() - y.length()) > allowed) {
            return 0;
        }
        int distance = new LevenshteinDistance(allowed).apply(x, y);
        return distance >= 0 && distance <= allowed || swapped(x, y) ? TYPO : 0.0;
    }

    /** Two neighbouring letters swapped ("recieve"): one slip of the fingers, though Levenshtein counts two. */
    private static boolean swapped(String x, String y) {
        if (x.length() != y.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                if (first >= 0) {
                    return i == first + 1 && x.charAt(first) == y.charAt(i) && x.charAt(i) == y.charAt(first)
                            && x.substring(i + 1).equals(y.substring(i + 1));
                }
                first = i;
            }
        }
        return false;
    }
}
