package com.gapwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.diff.Match;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.matching.ProcessMatcher;
import com.gapwise.model.FlowNode;
import com.gapwise.model.ProcessModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Public process-matching data sets (the Process Model Matching Contest's) come as a folder of models and a gold
 * file per pair in the Alignment API's RDF format: {@code eval-matching --alignments --models} must score such a data
 * set exactly as the same pairs written as Gapwise's own gold, and {@code diff --format alignment} must write the
 * matcher's activity pairs so that such tools, and {@code eval-matching} itself, read them back.
 */
class AlignmentGoldTest {

    private static final Path EVAL = Path.of(System.getProperty("gapwise.repo.root", ".")).resolve("eval/matching");

    @TempDir
    Path dataSet;

    /** What a command printed, its exit status and its standard error. */
    private record Run(int status, String out, String err) {
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A cell as a contest's gold writes it, the measure left out where null. */
    private static String cell(String entity1, String entity2, String measure, String relation) {
        return "<map><Cell>\n  <entity1 rdf:resource=\"" + entity1 + "\"/>\n  <entity2 rdf:resource=\"" + entity2 + "\"/>\n"
                + (measure == null ? "" : "  <measure rdf:datatype=\"http://www.w3.org/2001/XMLSchema#float\">" + measure
                        + "</measure>\n")
                + "  <relation>" + relation + "</relation>\n</Cell></map>\n";
    }

    private static String alignment(String cells) {
        return "<?xml version='1.0' encoding='utf-8'?>\n<rdf:RDF xmlns='http://knowledgeweb.semanticweb.org/heterogeneity/alignment'"
                + " xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n<Alignment>\n<xml>yes</xml><level>0</level>"
                + "<type>**</type>\n" + cells + "</Alignment>\n</rdf:RDF>\n";
    }

    /**
     * Writes an eval pair as a contest data set: both models under the given names in {@code models/}, its gold pairs
     * as {@code gold/FIRST-SECOND.rdf} with entity1 naming the second model's elements (as a contest's file may).
     */
    private void asDataSet(String pair, String extension, String first, String second) throws Exception {
        Path dir = EVAL.resolve(pair);
        Files.createDirectories(dataSet.resolve("models"));
        Files.createDirectories(dataSet.resolve("gold"));
        Files.copy(dir.resolve("current." + extension), dataSet.resolve("models/" + first + "." + extension));
        Files.copy(dir.resolve("future." + extension), dataSet.resolve("models/" + second + "." + extension));
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("gold.json").toFile());
        StringBuilder cells = new StringBuilder();
        for (String key : List.of("pairs", "otherPairs")) {
            for (JsonNode p : gold.get(key)) {
                cells.append(cell("http://" + second.toLowerCase() + "#" + p.get(1).asText(),
                        "http://" + first.toLowerCase() + "#" + p.get(0).asText(), "1.0", "="));
            }
        }
        // as some Windows tools save it, with a byte-order mark
        Files.writeString(dataSet.resolve("gold/" + first + "-" + second + ".rdf"), "\uFEFF" + alignment(cells.toString()));
    }

    /** The figures of each row (pair names left out: the data set names its pairs after its files). */
    private static List<String> figures(String table) {
        // the contest's alignments list no lanes: Gapwise's own gold may (lanePairs), a figure with no counterpart
        return table.lines().skip(1).filter(line -> !line.startsWith("lanes and outside parties")).map(line -> {
            if (line.startsWith("events and gateways")) {
                return line;
            }
            String[] words = line.strip().split("\\s+");
            return String.join(" ", Arrays.copyOfRange(words, words.length - 6, words.length));
        }).toList();
    }

    @Test
    void aContestDataSetScoresAsTheSamePairsWrittenAsGapwiseGold() throws Exception {
        asDataSet("interchange/residence-pnml", "pnml", "Residence_Town", "Residence_City");
        asDataSet("fold-h/admission-visa", "bpmn", "Uni-Koeln", "TU-Muenchen");
        Run contest = cli("eval-matching", "--alignments", dataSet.resolve("gold").toString(), "--models",
                dataSet.resolve("models").toString());
        assertThat(contest.status()).as(contest.err()).isZero();
        Run own = cli("eval-matching", EVAL.resolve("interchange/residence-pnml").toString(),
                EVAL.resolve("fold-h/admission-visa").toString());
        assertThat(own.status()).isZero();
        assertThat(figures(contest.out())).isEqualTo(figures(own.out()));
        assertThat(contest.out()).contains("Residence_Town-Residence_City").contains("Uni-Koeln-TU-Muenchen");
        // events and gateways of the gold are kept apart, as in Gapwise's own gold
        assertThat(contest.out().lines().filter(l -> l.startsWith("events and gateways")).findFirst().orElseThrow())
                .doesNotContain(": 0 in the gold");
        // the file lists the second model's elements first: said, and read the other way round
        assertThat(contest.err()).contains("Residence_Town-Residence_City: entity1 names elements of Residence_City.pnml");
    }

    @Test
    void theMatchersAlignmentReadsBackAsExactlyItsActivityPairs() throws Exception {
        Path dir = EVAL.resolve("fold-h/admission-visa");
        Files.createDirectories(dataSet.resolve("models"));
        Files.createDirectories(dataSet.resolve("gold"));
        Path first = Files.copy(dir.resolve("current.bpmn"), dataSet.resolve("models/first model.bpmn"));
        Path second = Files.copy(dir.resolve("future.bpmn"), dataSet.resolve("models/second.bpmn"));
        Run diff = cli("diff", first.toString(), second.toString(), "--format", "alignment");
        assertThat(diff.status()).as(diff.err()).isZero();
        Path rdf = Files.writeString(dataSet.resolve("gold/answer.rdf"), diff.out());

        AlignmentGold.Alignment read = AlignmentGold.read(rdf);
        assertThat(read.onto1()).startsWith("file:").endsWith("first%20model.bpmn");
        BpmnImporter importer = BpmnImporter.withDefaults();
        ProcessModel current = importer.read(first);
        ProcessModel future = importer.read(second);
        Set<String> activities = current.nodes().stream().filter(n -> n.kind().isActivity()).map(FlowNode::id)
                .collect(Collectors.toSet());
        future.nodes().stream().filter(n -> n.kind().isActivity()).map(FlowNode::id).forEach(activities::add);
        List<Match> matches = ProcessMatcher.withDefaults().match(current, future);
        Set<String> expected = matches.stream().filter(m -> activities.contains(m.current()) && activities.contains(m.future()))
                .map(m -> m.current() + " " + m.future()).collect(Collectors.toSet());
        Set<String> written = read.cells().stream()
                .map(c -> AlignmentGold.elementId(c.entity1()) + " " + AlignmentGold.elementId(c.entity2()))
                .collect(Collectors.toSet());
        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(written).isEqualTo(expected);
        assertThat(read.cells()).allSatisfy(c -> {
            assertThat(c.relation()).isEqualTo("=");
            assertThat(c.measure()).isBetween(0.0, 1.0);
        });

        // named by its models' URIs, the answer is found in the models folder and scores itself perfectly
        Run self = cli("eval-matching", "--alignments", rdf.toString(), "--models", dataSet.resolve("models").toString());
        assertThat(self.status()).as(self.err()).isZero();
        assertThat(self.out()).containsPattern("answer\\s+" + expected.size() + "\\s+" + expected.size() + "\\s+"
                + expected.size() + "\\s+1\\.000\\s+1\\.000\\s+1\\.000");
    }

    @Test
    void aProbabilisticGoldCountsFromTheMeasureItIsToldAndEveryCellOtherwise() throws Exception {
        asDataSet("interchange/residence-pnml", "pnml", "A", "B");
        Path gold = dataSet.resolve("gold/A-B.rdf");
        List<String> lines = new ArrayList<>(Arrays.asList(Files.readString(gold).split("\n", -1)));
        // three cells lose most of their annotators, one more becomes a subsumption
        int changed = 0;
        for (int i = 0; i < lines.size() && changed < 4; i++) {
            if (lines.get(i).contains(">1.0</measure>")) {
                lines.set(i, lines.get(i).replace(">1.0<", changed < 3 ? ">0.25<" : ">1.0<"));
                if (changed == 3) {
                    lines.set(i + 1, lines.get(i + 1).replace(">=<", ">&lt;<"));
                }
                changed++;
            }
        }
        Files.writeString(gold, String.join("\n", lines));
        Path models = dataSet.resolve("models");
        Run strict = cli("eval-matching", "--alignments", gold.toString(), "--models", models.toString(), "--min-measure", "0.5");
        assertThat(strict.status()).as(strict.err()).isZero();
        assertThat(strict.err()).contains("3 cell(s) with a measure under 0.5 left out")
                .contains("1 cell(s) with a relation other than '=' left out");
        // unless told otherwise, every cell counts, as a binary gold means them; the partial ones are pointed out
        Run all = cli("eval-matching", "--alignments", gold.toString(), "--models", models.toString());
        assertThat(all.err()).doesNotContain("with a measure under 0").contains("3 cell(s) counted with a measure under 1");
        int strictGold = goldOf(strict.out(), "A-B");
        assertThat(goldOf(all.out(), "A-B")).isEqualTo(strictGold + 3);
    }

    private static int goldOf(String table, String pair) {
        String[] row = table.lines().filter(l -> l.startsWith(pair + " ")).findFirst().orElseThrow().strip().split("\\s+");
        return Integer.parseInt(row[row.length - 6]);
    }

    @Test
    void goldNamingElementsByTheirLabelsScoresAsGoldNamingTheirIds() throws Exception {
        asDataSet("fold-h/admission-visa", "bpmn", "A", "B");
        Path gold = dataSet.resolve("gold/A-B.rdf");
        BpmnImporter importer = BpmnImporter.withDefaults();
        Map<String, String> labels = new HashMap<>();
        for (String side : List.of("A", "B")) {
            for (FlowNode node : importer.read(dataSet.resolve("models/" + side + ".bpmn")).nodes()) {
                if (node.name() != null && !node.name().isBlank()) {
                    labels.put("http://" + side.toLowerCase() + "#" + node.id(), "http://" + side.toLowerCase() + "#"
                            + URLEncoder.encode(node.name().replace(' ', '_'), StandardCharsets.UTF_8));
                }
            }
        }
        String text = Files.readString(gold);
        for (Map.Entry<String, String> label : labels.entrySet()) {
            text = text.replace("\"" + label.getKey() + "\"", "\"" + label.getValue() + "\"");
        }
        Files.writeString(gold, text);
        Run byLabel = cli("eval-matching", "--alignments", gold.toString(), "--models", dataSet.resolve("models").toString());
        assertThat(byLabel.status()).as(byLabel.err()).isZero();
        assertThat(byLabel.err()).contains("cell(s) name an element by its label, not its id").doesNotContain("does not have");
        Run own = cli("eval-matching", EVAL.resolve("fold-h/admission-visa").toString());
        assertThat(figures(byLabel.out())).isEqualTo(figures(own.out()));
    }

    @Test
    void goldNamingElementsTheModelsLackIsScoredAsMissedAndSaid() throws Exception {
        asDataSet("interchange/residence-pnml", "pnml", "A", "B");
        Path gold = dataSet.resolve("gold/A-B.rdf");
        String text = Files.readString(gold);
        Files.writeString(gold, text.replace("</Alignment>", cell("http://b#no_such_step", "http://a#neither", "1.0", "=")
                + "</Alignment>"));
        Run run = cli("eval-matching", "--alignments", gold.toString(), "--models", dataSet.resolve("models").toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("1 cell(s) name an element its model does not have (scored as missed)")
                .contains("'neither' is no flow node of A.pnml");
        Run own = cli("eval-matching", EVAL.resolve("interchange/residence-pnml").toString());
        assertThat(goldOf(run.out(), "A-B")).isEqualTo(goldOf(own.out(), "residence-pnml") + 1);
    }

    @Test
    void badAlignmentsAndMissingModelsGetSpecificErrors() throws Exception {
        asDataSet("interchange/residence-pnml", "pnml", "A", "B");
        String models = dataSet.resolve("models").toString();

        Path doctype = Files.writeString(dataSet.resolve("doctype.rdf"), "<?xml version='1.0'?>\n<!DOCTYPE rdf [<!ENTITY x"
                + " SYSTEM 'file:///etc/passwd'>]>\n<rdf>&x;</rdf>\n");
        Run refused = cli("eval-matching", "--alignments", doctype.toString(), "--models", models);
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("doctype.rdf:2:").contains("DOCTYPE declaration refused").doesNotContain("root:");

        Path broken = Files.writeString(dataSet.resolve("A-B.rdf"), alignment(cell("http://a#x", "http://b#y", "1.0", "=")
                .replace("</relation>", "</relatio>")));
        Run malformed = cli("eval-matching", "--alignments", broken.toString(), "--models", models);
        assertThat(malformed.status()).isEqualTo(1);
        assertThat(malformed.err()).containsPattern("A-B\\.rdf:\\d+:\\d+: not well-formed XML");

        Path badMeasure = Files.writeString(dataSet.resolve("A-B.rdf"), alignment(cell("http://a#x", "http://b#y", "high", "=")));
        assertThat(cli("eval-matching", "--alignments", badMeasure.toString(), "--models", models).err())
                .containsPattern("A-B\\.rdf:\\d+: measure 'high' is not a number from 0 to 1");

        Path latin1 = Files.write(dataSet.resolve("A-B.rdf"), alignment(cell("http://a#\u00e9", "http://b#y", "1.0", "="))
                .getBytes(StandardCharsets.ISO_8859_1));
        Run notUtf8 = cli("eval-matching", "--alignments", latin1.toString(), "--models", models);
        assertThat(notUtf8.status()).isEqualTo(1);
        assertThat(notUtf8.err()).isEqualTo("gapwise eval-matching: " + latin1 + ": not UTF-8 text, as alignments are written"
                + System.lineSeparator());

        // odd but well-formed: read, not a crash
        Path nested = Files.writeString(dataSet.resolve("A-B.rdf"), alignment("<onto1><onto2>x</onto2></onto1>"
                + cell("http://a#x", "http://b#y", null, "=")));
        Run odd = cli("eval-matching", "--alignments", nested.toString(), "--models", models);
        assertThat(odd.status()).as(odd.err()).isZero();
        assertThat(odd.err()).contains("no flow node of");

        Path unknownPair = Files.writeString(dataSet.resolve("Cologne-Frankfurt.rdf"), alignment(""));
        Run noModels = cli("eval-matching", "--alignments", unknownPair.toString(), "--models", models);
        assertThat(noModels.status()).isEqualTo(1);
        assertThat(noModels.err()).contains("Cologne-Frankfurt.rdf: found no two models in").contains("Cologne-Frankfurt split at a '-'");

        assertThat(cli("eval-matching", "--alignments", unknownPair.toString()).err()).contains("--alignments needs --models");
        assertThat(cli("eval-matching", "--alignments", unknownPair.toString(), "--models", models, "--min-measure", "2")
                .status()).isEqualTo(2);
        assertThat(cli("eval-matching", "--models", models).err()).contains("--models goes with --alignments");
        assertThat(cli("eval-matching", "--bogus").err()).contains("unknown option --bogus");
    }
}
