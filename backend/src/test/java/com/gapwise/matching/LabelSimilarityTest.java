package com.gapwise.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The word-level signals of label similarity, with WordNet as the lexicon. */
class LabelSimilarityTest {

    private final LabelAnalyzer analyzer = new LabelAnalyzer();

    private LabelSimilarity.Result compare(String x, String y) {
        Label a = analyzer.analyze(x);
        Label b = analyzer.analyze(y);
        return new LabelSimilarity(WordNetLexicon.shared(), List.of(a, b)).compare(a, b);
    }

    @Test
    void scoresPrintAsPercentTwoFPrintsThem() {
        java.util.Random random = new java.util.Random(42);
        java.util.List<Double> values = new java.util.ArrayList<>(java.util.List.of(0.0, 1.0, 0.95, 0.005, 0.015, 0.125,
                0.285, 0.345, 0.675, 0.995, 0.9949999999999999, 1e-9, 0.1 + 0.2, 1.005, 2.675, 12.345, 0.07,
                999_999.995, 1e6, 3e7, 0.30000000000000004, 0.49999999999999994));
        for (int i = 0; i < 20_000; i++) {
            values.add(random.nextDouble());
            values.add(Math.round(random.nextDouble() * 1000) / 1000.0);
            values.add(random.nextDouble() * 100);
            values.add(Math.round(random.nextDouble() * 1_000_000) / 1000.0);
        }
        for (double value : values) {
            assertThat(LabelSimilarity.twoDecimals(value)).as("%s", value)
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", value));
        }
    }

    @Test
    void labelsOfEqualWeightScoreTheSameWhicheverComesFirst() {
        // found by swapping current and future on the eval pairs: where neither label is the shorter, the coverage
        // of the first one counted, so "Decline nomination" ~ "Nomination received" read 0.59 one way, 0.45 the other
        for (List<String> pair : List.of(List.of("Decline nomination", "Nomination received"),
                List.of("Score interview", "All documents present?"),
                List.of("retrieve register entry", "annotation of the record"),
                List.of("Check identity document", "drawing up of the registration record"))) {
            Label a = analyzer.analyze(pair.get(0));
            Label b = analyzer.analyze(pair.get(1));
            LabelSimilarity similarity = new LabelSimilarity(WordNetLexicon.shared(), List.of(a, b));
            assertThat(similarity.compare(a, b).score()).as("%s", pair).isEqualTo(similarity.compare(b, a).score());
        }
    }

    @Test
    void aLeadingPhrasalVerbIsLookedUpAsAWhole() {
        Label label = analyzer.analyze("Hand over the parcel");
        assertThat(label.tokens().get(0).phrase()).isEqualTo("hand over");
        // particles after a thing are prepositions: no phrase
        assertThat(analyzer.analyze("Enter employee in payroll").tokens()).extracting(Label.Token::phrase)
                .containsOnlyNulls();

        // WordNet lists "look up" with "search", and "hand over" with "deliver"; the bare verbs are unrelated
        assertThat(compare("Look up customer", "Search customer").reasons()).contains("synonyms: look up~search");
        assertThat(compare("Hand over parcel", "Deliver parcel").reasons()).contains("synonyms: deliver~hand over");
        assertThat(compare("Hand over parcel", "Deliver parcel").score())
                .isGreaterThan(compare("Hand parcel", "Deliver parcel").score());
    }

    private LabelSimilarity.Result compareAmong(String x, String y, String... otherLabels) {
        Label a = analyzer.analyze(x);
        Label b = analyzer.analyze(y);
        List<Label> labels = new java.util.ArrayList<>(List.of(a, b));
        for (String other : otherLabels) {
            labels.add(analyzer.analyze(other));
        }
        return new LabelSimilarity(WordNetLexicon.shared(), labels).compare(a, b);
    }

    private LabelSimilarity.Result compareAsSentences(String x, String y) {
        Label a = analyzer.analyze(x);
        Label b = analyzer.analyze(y);
        return new LabelSimilarity(WordNetLexicon.shared(), List.of(a, b), MiniLmParaphrases.shared(), java.util.Set.of(x, y))
                .compare(a, b);
    }

    @Test
    void labelsThatReadAlikeAsSentencesAreAtLeastThatAlikeLessTheOffset() {
        // no word of the one is a word of the other or in a dictionary relation with one (cosine 0.48)
        String x = "Send audition date";
        String y = "Schedule the entrance examination and invite the applicant";
        LabelSimilarity.Result words = compare(x, y);
        LabelSimilarity.Result sentences = compareAsSentences(x, y);
        assertThat(words.score()).isZero();
        assertThat(sentences.reasons()).contains("read alike as sentences: 0.48");
        assertThat(sentences.score()).isCloseTo(0.48 - LabelSimilarity.SENTENCE_OFFSET, org.assertj.core.data.Offset.offset(0.01));
        // opposite outcomes read alike as sentences too ("Accept offer" ~ "Reject offer" 0.76): never lifted
        assertThat(compareAsSentences("Accept offer", "Reject offer").score()).isEqualTo(compare("Accept offer", "Reject offer").score());
        assertThat(compareAsSentences("Send offer letter", "Send the notice that the examination was not passed").reasons())
                .noneMatch(r -> r.startsWith("read alike as sentences"));
        // the same, the embeddings' vectors are unit length and the same for the same text
        float[] v = MiniLmParaphrases.shared().embed(x);
        assertThat(Paraphrases.cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(MiniLmParaphrases.shared().embed(x)).containsExactly(v);
    }

    @Test
    void aWordWithASoftHyphenIsTheWord() {
        // a word processor's hyphenation hint, invisible where the word is not broken
        Label soft = analyzer.analyze("Check regis\u00ADtration");
        Label plain = analyzer.analyze("Check registration");
        assertThat(soft.key()).isEqualTo(plain.key());
        assertThat(compare("Check regis\u00ADtration", "Check registration").score()).isEqualTo(1.0);
    }

    @Test
    void theSentenceModelReadsWordsBrokenOverLinesAsWholeWords() {
        // a Petri-net drawing breaks "registration" over two lines; the label, collapsed, says "regis- tration"
        java.util.List<String> read = new java.util.ArrayList<>();
        Paraphrases recording = text -> {
            read.add(text);
            return new float[] {1, 0};
        };
        Label broken = analyzer.analyze("print regis-\ntration certi-\nficate with acknow-\nledge-\nment");
        Label other = analyzer.analyze("issuance of the self-\nservice pre- and post-\npayment receipt");
        new LabelSimilarity(WordNetLexicon.shared(), List.of(broken, other), recording, java.util.Set.of(broken.text(), other.text()))
                .compare(broken, other);
        // a compound broken at its own hyphen keeps it; a hanging hyphen ("pre- and") breaks no word
        assertThat(read).containsExactlyInAnyOrder("print registration certificate with acknowledgement",
                "issuance of the self-service pre- and post-payment receipt");
        // the word similarity still reads the label as drawn
        assertThat(broken.text()).isEqualTo("print regis- tration certi- ficate with acknow- ledge- ment");
    }

    @Test
    void aPartGainsWhatTheWholeReadsCloserToAsASentenceWithItsPartner() {
        // made-up unit vectors: the whole is (1, 0); the partner alone (0.6, 0.8); partner and part together (0.8, 0.6)
        Map<String, float[]> vectors = Map.of("Administer and grade the examination", new float[] {1, 0},
                "Mark test", new float[] {0.6f, 0.8f}, "Mark test and Run entrance test", new float[] {0.8f, 0.6f},
                "Run entrance test", new float[] {0, 1});
        Paraphrases fixed = text -> vectors.get(text);
        Label whole = analyzer.analyze("Administer and grade the examination");
        Label partner = analyzer.analyze("Mark test");
        Label part = analyzer.analyze("Run entrance test");
        LabelSimilarity similarity = new LabelSimilarity(Lexicon.NONE, List.of(whole, partner, part), fixed,
                java.util.Set.of(whole.text(), partner.text(), part.text()));
        assertThat(similarity.sentenceGain(whole, partner, part)).isCloseTo(0.8 - 0.6, org.assertj.core.data.Offset.offset(1e-6));
        // labels not read as sentences (a revision, a large model) have no sentence gain
        LabelSimilarity wordsOnly = new LabelSimilarity(Lexicon.NONE, List.of(whole, partner, part), fixed,
                java.util.Set.of(whole.text(), partner.text()));
        assertThat(wordsOnly.sentenceGain(whole, partner, part)).isNaN();
    }

    @Test
    void aShortFormMeansTheWordTheModelsSpellOut() {
        String shortForm = "Chk. trng. contract";
        String synonym = "Verify that a training contract has been submitted";
        // where some label spells "check" out, "chk" is read as it, and check ~ verify counts
        LabelSimilarity.Result spelledOut = compareAmong(shortForm, synonym, "Check the entrance qualification");
        assertThat(spelledOut.reasons()).contains("chk read as check, related words: check~verify");
        // nowhere spelled out, "chk" stays unread
        LabelSimilarity.Result unread = compareAmong(shortForm, synonym, "Rank the applicants");
        assertThat(unread.reasons()).noneMatch(r -> r.startsWith("chk read as"));
        assertThat(spelledOut.score()).isGreaterThan(unread.score());
        // spelled out as two word families ("check", "chalk"), it is ambiguous: unread
        assertThat(compareAmong(shortForm, synonym, "Check the entrance qualification", "Chalk the line").reasons())
                .noneMatch(r -> r.startsWith("chk read as"));
        // an initialism is no short form of a spelled-out word, written alone in capitals too (a lane "CRM")
        assertThat(compareAmong("CRM", "Billing", "Send the confirmation").reasons()).noneMatch(r -> r.contains("read as"));
        assertThat(analyzer.analyze("CRM").tokens()).extracting(Label.Token::acronym).containsExactly(true);
        // a label of several words in capitals is shouting, not initialisms
        assertThat(analyzer.analyze("SEND INVOICE").tokens()).extracting(Label.Token::acronym).containsOnly(false);
    }

    @Test
    void anInitialismIsNeitherATypoNorAnAbbreviationNorADictionaryWord() {
        assertThat(analyzer.analyze("Look up complainant in CRM").tokens()).filteredOn(Label.Token::acronym)
                .extracting(Label.Token::word).containsExactly("crm");
        // written in lower case, "crm" reads as a contraction of "confirmation"; in capitals it is an initialism
        assertThat(compare("Record crm", "Record confirmation").reasons()).anyMatch(r -> r.startsWith("abbreviation"));
        assertThat(compare("Record CRM", "Record confirmation").reasons()).noneMatch(r -> r.startsWith("abbreviation"));
        // "PO" is the Po river and a chamber pot in WordNet: never looked up
        assertThat(compare("Send PO", "Send river").reasons()).noneMatch(r -> r.contains("po~"));
        // a label in capitals throughout is shouting, not abbreviating
        assertThat(analyzer.analyze("CHECK DOCS").tokens()).noneMatch(Label.Token::acronym);
    }

    @Test
    void aDictionaryWordInAnotherRoleIsNoAbbreviation() {
        // "term" (a thing) starts "terminate" (an act) but is a word of its own
        assertThat(compare("Terminate employment", "Mid-term check-in").reasons()).noneMatch(r -> r.startsWith("abbreviation"));
        // short forms of things still count
        assertThat(compare("Check docs", "Check documents").reasons()).contains("abbreviation: docs~documents");
        assertThat(Stream.of("Fwd to faculty").map(x -> compare(x, "Forward to faculty").reasons()).findFirst().orElseThrow())
                .contains("abbreviation: fwd~forward");
    }

    @Test
    void oppositeOutcomesAreNotTheSameWork() {
        // the same act on letters, but one admits and the other refuses: most words agree, the outcome does not
        LabelSimilarity.Result opposite = compare("Send letter of acceptance", "Send rejection letter");
        assertThat(opposite.reasons()).contains("opposite words");
        assertThat(opposite.score()).isLessThan(LabelSimilarity.OPPOSITES * compare("Send letter of acceptance", "Send letter").score() + 1e-9);
        // a word that also appears on the other side is no opposite there
        assertThat(compare("Open or close case", "Close case").reasons()).doesNotContain("opposite words");
    }

    @Test
    void aNegatedOutcomeIsOppositeToAGrantedOne() {
        // "not passed" refuses what "admission" grants; stop words drop the "not", WordNet knows no antonym for it
        LabelSimilarity.Result refusedAgainstGranted = compare("Send the notice that the examination was not passed",
                "Send the notice of the examination passed");
        assertThat(refusedAgainstGranted.reasons()).contains("opposite outcomes");
        LabelSimilarity.Result sameOutcome = compare("Send the notice that the examination was not passed",
                "Send the notice that the examination was failed");
        assertThat(sameOutcome.reasons()).doesNotContain("opposite outcomes");
        assertThat(refusedAgainstGranted.score()).isLessThan(sameOutcome.score());
        assertThat(compare("Notify: not invited", "Send the invitation").reasons()).contains("opposite outcomes");
        // a negation on both sides: the same refusal
        assertThat(compare("Application cannot be accepted", "Notify: not accepted").reasons()).doesNotContain("opposite outcomes");
        // two plain words of opposite kinds are WordNet's business, not this rule's
        assertThat(compare("Send offer letter", "Send rejection letter").reasons()).doesNotContain("opposite outcomes");
    }

    @Test
    void oppositesOneOfThemNegatedSayTheSame() {
        // "not admitted" is what "rejected" says: WordNet's antonyms, turned round by the negation the stop list drops
        LabelSimilarity.Result notAdmitted = compare("Not admitted", "Applicant rejected");
        assertThat(notAdmitted.reasons()).contains("opposites, one negated: not admitted~rejected").doesNotContain("opposite words");
        assertThat(notAdmitted.opposed()).isFalse();
        assertThat(notAdmitted.score()).isGreaterThan(0.7);
        LabelSimilarity.Result notEligible = compare("Not eligible", "Application ineligible");
        assertThat(notEligible.reasons()).contains("opposites, one negated: not eligible~ineligible");
        assertThat(notEligible.score()).isGreaterThan(0.7);
        // the negation reaches over auxiliaries only, as the outcome's does
        assertThat(compare("Has not been admitted", "Rejected").reasons()).contains("opposites, one negated: not admitted~rejected");
        assertThat(compare("Documents not complete: rejected", "Admitted").opposed()).isTrue();
        // negated on both sides, or on neither, opposites stay opposites
        assertThat(compare("Not admitted", "Not rejected").opposed()).isTrue();
        LabelSimilarity.Result plain = compare("Admitted", "Rejected");
        assertThat(plain.reasons()).contains("opposite words");
        assertThat(plain.opposed()).isTrue();
        assertThat(analyzer.analyze("Application has not been approved").negated()).containsExactly(analyzer.analyze("approved").tokens().get(0).stem());
        assertThat(analyzer.analyze("Documents not complete: reject application").negated())
                .containsExactly(analyzer.analyze("complete").tokens().get(0).stem());
    }

    @Test
    void anOutcomeIsReadFromTheRawLabel() {
        assertThat(analyzer.analyze("Send offer letter").outcome()).isEqualTo(new OutcomePolarity(1, false));
        assertThat(analyzer.analyze("Entrance examination not passed").outcome()).isEqualTo(new OutcomePolarity(-1, true));
        assertThat(analyzer.analyze("Application can't be approved").outcome()).isEqualTo(new OutcomePolarity(-1, true));
        assertThat(analyzer.analyze("Claim was not rejected").outcome()).isEqualTo(new OutcomePolarity(1, true));
        assertThat(analyzer.analyze("Send rejection").outcome()).isEqualTo(new OutcomePolarity(-1, false));
        assertThat(analyzer.analyze("Application has not been approved").outcome()).isEqualTo(new OutcomePolarity(-1, true));
        // a negation of something else, earlier in the label, does not turn the outcome round
        assertThat(analyzer.analyze("Documents not complete: reject application").outcome())
                .isEqualTo(new OutcomePolarity(-1, false));
        // a decision names both outcomes, not one
        assertThat(analyzer.analyze("Accept or reject application").outcome()).isEqualTo(OutcomePolarity.NONE);
        assertThat(analyzer.analyze("Check application").outcome()).isEqualTo(OutcomePolarity.NONE);
        assertThat(analyzer.analyze("Documents not complete").outcome()).isEqualTo(OutcomePolarity.NONE);
        // the stop list drops "not" from the words, but the key keeps that it was said: no equal labels
        assertThat(analyzer.analyze("Examination not passed").stems()).isEqualTo(analyzer.analyze("Examination passed").stems());
        assertThat(analyzer.analyze("Examination not passed").key()).isNotEqualTo(analyzer.analyze("Examination passed").key());
        assertThat(analyzer.analyze("Examination isn\u2019t passed").key()).isEqualTo(analyzer.analyze("Examination not passed").key());
    }

    @Test
    void aConditionOfAGrantNegatedRefuses() {
        // "admission" names the subject here; what the label says is that the requirements are not fulfilled
        assertThat(analyzer.analyze("Send the notice that the admission requirements are not fulfilled").outcome())
                .isEqualTo(new OutcomePolarity(-1, true));
        assertThat(analyzer.analyze("Inform the applicant that the entry requirements are not met").outcome())
                .isEqualTo(new OutcomePolarity(-1, true));
        assertThat(analyzer.analyze("Send the notice of non-admission stating the rank achieved").outcome())
                .isEqualTo(new OutcomePolarity(-1, true));
        assertThat(analyzer.analyze("Send rej. letter").outcome()).isEqualTo(new OutcomePolarity(-1, false));
        // a condition named without a negation is no outcome: a decision asks it
        assertThat(analyzer.analyze("Requirements met?").outcome()).isEqualTo(OutcomePolarity.NONE);
        // two plain outcomes of opposite kinds still name a decision
        assertThat(analyzer.analyze("Accept or reject application").outcome()).isEqualTo(OutcomePolarity.NONE);
        // and a granting step is opposite to a negated condition, however many words they share
        assertThat(compare("Send the notice of admission", "Send the notice that the admission requirements are not fulfilled")
                .reasons()).contains("opposite outcomes");
    }

    @Test
    void twoRefusalsReadAsSentencesAreAtLeastAlikeAsTheSameOutcome() {
        String early = "Send rejection";
        String worded = "Inform the applicant that the entry requirements are not met";
        LabelSimilarity.Result sentences = compareAsSentences(early, worded);
        assertThat(sentences.reasons()).contains("both refuse");
        assertThat(sentences.score()).isGreaterThanOrEqualTo(LabelSimilarity.REFUSALS);
        // words alone (a revision, or labels not compared as sentences) know no such floor
        assertThat(compare(early, worded).score()).isLessThan(LabelSimilarity.REFUSALS);
        assertThat(compare(early, worded).reasons()).doesNotContain("both refuse");
        // a refusal and a grant never
        assertThat(compareAsSentences(early, "Send the notice of admission").reasons()).doesNotContain("both refuse");
    }

    @Test
    void whatADefinitionSetsAWordAgainstIsNotItsMeaning() {
        // WordNet: practical "guided by practical experience and observation rather than theory"
        assertThat(compare("Hold theory test", "Hold practical test").reasons())
                .noneMatch(r -> r.startsWith("defined in terms of each other"));
        // a definition's own words still relate: a test of the suitability of a performer
        assertThat(compare("Schedule audition", "Schedule performer").reasons())
                .contains("defined in terms of each other: audition~performer");
    }

    @Test
    void anAdjectiveIsOfTheFamilyOfTheNounItPertainsTo() {
        // WordNet's pertainyms: aural pertains to the ear, fiscal to finance
        assertThat(compare("Hold ear training test", "Assess aural skills").reasons()).contains("same word family: aural~ear");
        assertThat(compare("Close the fiscal year", "Close the finance year").reasons()).contains("same word family: finance~fiscal");
    }

    @Test
    void unrelatedActsOnTheSameThingsWeighLess() {
        // one sends the letter, the other receives it: the same things, other work
        assertThat(compare("Send letter of acceptance", "Receive letter of acceptance").reasons())
                .anyMatch(r -> r.startsWith("unrelated acts"));
        LabelSimilarity.Result sendReceive = compare("Send letter of acceptance", "Receive letter of acceptance");
        assertThat(sendReceive.score()).isCloseTo(LabelSimilarity.UNRELATED_ACTS * sendReceive.unpenalised(), org.assertj.core.api.Assertions.within(1e-9));
        // the "e" of "E-mail" is no act
        assertThat(compare("E-mail return address", "Create return address label").reasons()).noneMatch(r -> r.startsWith("unrelated acts"));
        // two judgements of one kind (WordNet's verb.cognition) name one step in other words
        assertThat(compare("Approve goodwill credit", "Check goodwill credit against policy").reasons())
                .noneMatch(r -> r.startsWith("unrelated acts"));
        // related acts ("verify" ~ "check") and a label without things are left alone
        assertThat(compare("Verify application documents", "Check application documents").reasons())
                .noneMatch(r -> r.startsWith("unrelated acts"));
        assertThat(compare("Evaluate", "Send evaluation results").reasons()).noneMatch(r -> r.startsWith("unrelated acts"));
    }
}
