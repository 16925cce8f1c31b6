package com.gapwise.cli;

import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.importer.HardenedXml;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Labels;
import com.gapwise.model.ProcessModel;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Gold standards in the Alignment API's RDF format, the form in which the Process Model Matching Contest (and
 * ontology matching before it) publishes them: one file per pair of models, named after the two
 * ({@code Cologne-Frankfurt.rdf}), each correspondence a {@code <Cell>} with {@code entity1} and {@code entity2}
 * (URIs whose fragment is an element's id in its model, {@code http://cologne#sid-12}), a {@code relation}
 * ({@code =}) and a {@code measure} (1.0 in a binary gold; the share of annotators who agreed in a probabilistic
 * one). Read so that {@code eval-matching --alignments} scores the matcher on such a data set as on Gapwise's own gold.
 */
final class AlignmentGold {

    /** The endings a data set's model files may have: BPMN, Petri nets, EPCs. */
    private static final List<String> MODEL_ENDINGS = List.of(".bpmn", ".bpmn2", ".pnml", ".epml", ".xml");

    /** Far more than any alignment of two process models needs; a larger file is not one. */
    private static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final int MAX_DEPTH = 32;

    /** One correspondence as the file states it. */
    record Cell(String entity1, String entity2, String relation, double measure, int line) {
    }

    /** What an alignment file says: the two models' URIs as it names them (empty where it does not), and its cells. */
    record Alignment(String onto1, String onto2, List<Cell> cells) {
    }

    /** An alignment file that cannot be read, with where. */
    static final class GoldException extends Exception {
        GoldException(String message) {
            super(message);
        }
    }

    private AlignmentGold() {
    }

    /** The alignment files among the given files and folders (a folder's {@code *.rdf}), sorted by name. */
    static List<Path> files(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".rdf"))
                            .filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            } else {
                out.add(path);
            }
        }
        return out;
    }

    static Alignment read(Path file) throws IOException, GoldException {
        if (Files.size(file) > MAX_BYTES) {
            throw new GoldException(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB, not an alignment of two models");
        }
        String text;
        try {
            // decoded here, strictly: the JDK parser prints its own line for a byte that is no UTF-8
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new GoldException(file + ": not UTF-8 text, as alignments are written");
        }
        // a byte-order mark is no content
        try (StringReader in = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            XMLStreamReader reader = HardenedXml.inputFactory().createXMLStreamReader(in);
            try {
                return read(reader, file);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int marker = message.indexOf("Message: ");
            message = marker >= 0 ? message.substring(marker + "Message: ".length()) : message;
            throw new GoldException(file + (at == null ? "" : ":" + at.getLineNumber() + ":" + at.getColumnNumber())
                    + ": not well-formed XML: " + message.strip());
        }
    }

    private static Alignment read(XMLStreamReader reader, Path file) throws XMLStreamException, GoldException {
        List<Cell> cells = new ArrayList<>();
        String[] ontos = {"", ""};
        int depth = 0;
        int onto = -1;
        int cellLine = -1;
        String[] entities = new String[2];
        String relation = "";
        String measure = "";
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new GoldException(file + ":" + reader.getLocation().getLineNumber() + ":"
                        + reader.getLocation().getColumnNumber() + ": DOCTYPE declaration refused (never expanded)");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++depth > MAX_DEPTH) {
                        throw new GoldException(file + ":" + reader.getLocation().getLineNumber() + ": elements nested deeper than "
                                + MAX_DEPTH);
                    }
                    text.setLength(0);
                    String name = reader.getLocalName();
                    String uri = uriAttribute(reader);
                    switch (name) {
                        case "onto1", "onto2" -> {
                            onto = name.equals("onto1") ? 0 : 1;
                            if (!uri.isEmpty()) {
                                ontos[onto] = uri;
                            }
                        }
                        case "Ontology" -> {
                            if (onto >= 0 && !uri.isEmpty()) {
                                ontos[onto] = uri;
                            }
                        }
                        case "Cell" -> {
                            cellLine = reader.getLocation().getLineNumber();
                            entities[0] = null;
                            entities[1] = null;
                            relation = "";
                            measure = "";
                        }
                        case "entity1", "entity2" -> entities[name.equals("entity1") ? 0 : 1] = uri.isEmpty() ? null : uri;
                        default -> {
                            // an entity written as a child element (<entity1><Entity rdf:about="..."/></entity1>)
                            if (cellLine >= 0 && !uri.isEmpty() && entities[0] == null) {
                                entities[0] = uri;
                            } else if (cellLine >= 0 && !uri.isEmpty() && entities[1] == null) {
                                entities[1] = uri;
                            }
                        }
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    String name = reader.getLocalName();
                    String value = text.toString().strip();
                    text.setLength(0);
                    switch (name) {
                        case "onto1", "onto2" -> {
                            // (an onto element inside another one has already ended the outer one's reading)
                            if (onto >= 0 && ontos[onto].isEmpty()) {
                                ontos[onto] = value;
                            }
                            onto = -1;
                        }
                        case "location" -> {
                            if (onto >= 0 && !value.isEmpty()) {
                                ontos[onto] = value;
                            }
                        }
                        case "entity1", "entity2" -> {
                            int i = name.equals("entity1") ? 0 : 1;
                            if (entities[i] == null && !value.isEmpty()) {
                                entities[i] = value;
                            }
                        }
                        case "relation" -> relation = value;
                        case "measure" -> measure = value;
                        case "Cell" -> {
                            if (entities[0] == null || entities[1] == null) {
                                throw new GoldException(file + ":" + cellLine + ": a <Cell> without entity1 and entity2");
                            }
                            cells.add(new Cell(entities[0], entities[1], relation, measure(measure, file, cellLine), cellLine));
                            cellLine = -1;
                        }
                        default -> {
                            // <map>, <Alignment>, <xml>, <level>, <type> and the like: nothing a pair's gold needs
                        }
                    }
                }
                default -> {
                    // comments, processing instructions, whitespace
                }
            }
        }
        return new Alignment(ontos[0], ontos[1], List.copyOf(cells));
    }

    /** The rdf:resource or rdf:about of the element being started, or empty. */
    private static String uriAttribute(XMLStreamReader reader) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String local = reader.getAttributeLocalName(i);
            if (local.equals("resource") || local.equals("about")) {
                return reader.getAttributeValue(i).strip();
            }
        }
        return "";
    }

    private static double measure(String text, Path file, int line) throws GoldException {
        if (text.isEmpty()) {
            return 1.0;
        }
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new GoldException(file + ":" + line + ": measure '" + text + "' is not a number from 0 to 1");
    }

    /** The element id an entity URI names: its fragment (after the last '#'), else its last path segment. */
    static String elementId(String uri) {
        int hash = uri.lastIndexOf('#');
        return hash >= 0 ? uri.substring(hash + 1) : uri.substring(uri.lastIndexOf('/') + 1);
    }

    /**
     * The pair of models an alignment file aligns, found in the models folder, oriented as its cells are, with the
     * cells that count as gold: relation '=' (or none) and a measure of at least {@code minMeasure}. Activities
     * paired with activities are the pairs scored; events and gateways paired with their like are kept apart, as in
     * Gapwise's own gold. What is left out or does not fit the models is said on {@code warnings}.
     */
    static EvalMatchingCommand.GoldPair pair(Path file, Path models, double minMeasure, BpmnImporter importer,
            List<String> warnings) throws IOException, GoldException, BpmnImportException {
        Alignment alignment = read(file);
        String name = file.getFileName().toString().replaceFirst("(?i)\\.rdf$", "");
        Map<String, List<Path>> byName = modelsByName(models);
        List<List<Path>> sides = sides(alignment, name, byName);
        if (sides == null) {
            throw new GoldException(file + ": found no two models in " + models + " for it: tried the names of <onto1> and"
                    + " <onto2> ('" + alignment.onto1() + "', '" + alignment.onto2() + "') and of the file (" + name
                    + " split at a '-'), with the endings " + MODEL_ENDINGS);
        }
        Set<String> ids1 = new LinkedHashSet<>();
        Set<String> ids2 = new LinkedHashSet<>();
        for (Cell cell : alignment.cells()) {
            ids1.add(decoded(elementId(cell.entity1())));
            ids2.add(decoded(elementId(cell.entity2())));
        }
        Loaded current = bestFit(sides.get(0), ids1, ids2, importer);
        Loaded future = bestFit(sides.get(1), ids1, ids2, importer);
        // the file names its models in one order and may list the cells the other way round
        boolean swapped = current.hits2 + future.hits1 > current.hits1 + future.hits2;
        Set<String> pairs = new LinkedHashSet<>();
        Set<String> otherPairs = new LinkedHashSet<>();
        int weak = 0;
        int partial = 0;
        int otherRelation = 0;
        int mixed = 0;
        int byLabel = 0;
        List<String> unknown = new ArrayList<>();
        for (Cell cell : alignment.cells()) {
            if (!cell.relation().isEmpty() && !cell.relation().equals("=")) {
                otherRelation++;
                continue;
            }
            if (cell.measure() < minMeasure) {
                weak++;
                continue;
            }
            if (cell.measure() < 1) {
                partial++;
            }
            String ref1 = decoded(elementId(cell.entity1()));
            String ref2 = decoded(elementId(cell.entity2()));
            String currentRef = swapped ? ref2 : ref1;
            String futureRef = swapped ? ref1 : ref2;
            FlowNode c = current.find(currentRef);
            FlowNode f = future.find(futureRef);
            if (c != null && !c.id().equals(currentRef) || f != null && !f.id().equals(futureRef)) {
                byLabel++;
            }
            String key = (c == null ? currentRef : c.id()) + " " + (f == null ? futureRef : f.id());
            if (c == null || f == null) {
                // kept as gold: the matcher cannot find it, and the figures must say so
                pairs.add(key);
                unknown.add("line " + cell.line() + ": '" + (c == null ? currentRef : futureRef)
                        + "' is no flow node of " + (c == null ? current.file : future.file).getFileName());
            } else if (c.kind().isActivity() && f.kind().isActivity()) {
                pairs.add(key);
            } else if (!c.kind().isActivity() && !f.kind().isActivity()) {
                otherPairs.add(key);
            } else {
                mixed++;
                pairs.add(key);
            }
        }
        if (swapped) {
            warnings.add(name + ": entity1 names elements of " + future.file.getFileName() + ", the second model the file is"
                    + " named after: read the other way round");
        }
        if (weak > 0) {
            warnings.add(name + ": " + weak + " cell(s) with a measure under " + minMeasure + " left out");
        }
        if (partial > 0) {
            warnings.add(name + ": " + partial + " cell(s) counted with a measure under 1 (a probabilistic gold? --min-measure X"
                    + " counts only those of X and more)");
        }
        if (otherRelation > 0) {
            warnings.add(name + ": " + otherRelation + " cell(s) with a relation other than '=' left out");
        }
        if (byLabel > 0) {
            warnings.add(name + ": " + byLabel + " cell(s) name an element by its label, not its id: read as the one element"
                    + " of that label");
        }
        if (mixed > 0) {
            warnings.add(name + ": " + mixed + " cell(s) pair an activity with an event or gateway: scored as activity pairs,"
                    + " which the matcher never predicts");
        }
        if (!unknown.isEmpty()) {
            warnings.add(name + ": " + unknown.size() + " cell(s) name an element its model does not have (scored as missed),"
                    + " first " + unknown.get(0));
        }
        return new EvalMatchingCommand.GoldPair(name, current.file, future.file, Set.copyOf(pairs), Set.copyOf(otherPairs), null);
    }

    /**
     * A model file read: its flow nodes by id and, for gold that names elements by their labels ("Check_documents"),
     * by label where no other node of the model has it; and how many of each side's references it holds.
     */
    private record Loaded(Path file, Map<String, FlowNode> nodes, Map<String, FlowNode> byLabel, int hits1, int hits2) {

        FlowNode find(String reference) {
            FlowNode node = nodes.get(reference);
            return node != null ? node : byLabel.get(labelKey(reference));
        }
    }

    private static String labelKey(String text) {
        return Labels.collapse(text.replace('_', ' ')).toLowerCase(Locale.ROOT);
    }

    /** Of the files with a model's name (a data set may give one model in several formats), the one the ids fit. */
    private static Loaded bestFit(List<Path> files, Set<String> ids1, Set<String> ids2, BpmnImporter importer)
            throws IOException, BpmnImportException {
        Loaded best = null;
        for (Path file : files) {
            ProcessModel model = importer.read(file);
            Map<String, FlowNode> nodes = new HashMap<>();
            Map<String, FlowNode> byLabel = new HashMap<>();
            Set<String> repeated = new HashSet<>();
            for (FlowNode node : model.nodes()) {
                nodes.put(node.id(), node);
                String label = node.name() == null ? "" : labelKey(node.name());
                if (!label.isEmpty() && byLabel.put(label, node) != null) {
                    repeated.add(label);
                }
            }
            byLabel.keySet().removeAll(repeated);
            Loaded found = new Loaded(file, nodes, byLabel, 0, 0);
            Loaded loaded = new Loaded(file, nodes, byLabel, count(ids1, found), count(ids2, found));
            if (best == null || Math.max(loaded.hits1, loaded.hits2) > Math.max(best.hits1, best.hits2)) {
                best = loaded;
            }
        }
        return best;
    }

    private static int count(Set<String> references, Loaded model) {
        int n = 0;
        for (String reference : references) {
            if (model.find(reference) != null) {
                n++;
            }
        }
        return n;
    }

    /** The model files of a folder by their lower-case names without ending; several formats of one model in order. */
    private static Map<String, List<Path>> modelsByName(Path models) throws IOException, GoldException {
        if (!Files.isDirectory(models)) {
            throw new GoldException(models + ": no such folder (--models names the folder of the data set's models)");
        }
        Map<String, List<Path>> byName = new HashMap<>();
        try (Stream<Path> files = Files.list(models)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String fileName = file.getFileName().toString();
                String lower = fileName.toLowerCase(Locale.ROOT);
                for (String ending : MODEL_ENDINGS) {
                    if (lower.endsWith(ending)) {
                        byName.computeIfAbsent(lower.substring(0, lower.length() - ending.length()), k -> new ArrayList<>())
                                .add(file);
                    }
                }
            }
        }
        byName.values().forEach(list -> list.sort(Comparator.comparingInt(AlignmentGold::endingRank)));
        return byName;
    }

    private static int endingRank(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (int i = 0; i < MODEL_ENDINGS.size(); i++) {
            if (lower.endsWith(MODEL_ENDINGS.get(i))) {
                return i;
            }
        }
        return MODEL_ENDINGS.size();
    }

    /**
     * The two models' files: by the names {@code <onto1>} and {@code <onto2>} give, else by the file's name split at
     * the one '-' whose halves both name a model; null where neither finds exactly one pair.
     */
    private static List<List<Path>> sides(Alignment alignment, String name, Map<String, List<Path>> byName) {
        List<Path> first = byName.get(modelName(alignment.onto1()));
        List<Path> second = byName.get(modelName(alignment.onto2()));
        if (first != null && second != null) {
            return List.of(first, second);
        }
        List<List<Path>> found = null;
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf('-'); i > 0; i = lower.indexOf('-', i + 1)) {
            List<Path> left = byName.get(lower.substring(0, i));
            List<Path> right = byName.get(lower.substring(i + 1));
            if (left != null && right != null) {
                if (found != null) {
                    return null;
                }
                found = List.of(left, right);
            }
        }
        return found;
    }

    /** The model name an ontology URI or location gives: its last path segment, without fragment and ending. */
    static String modelName(String uri) {
        String s = uri.strip();
        int hash = s.indexOf('#');
        s = hash >= 0 ? s.substring(0, hash) : s;
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        s = decoded(s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1)).toLowerCase(Locale.ROOT);
        for (String ending : MODEL_ENDINGS) {
            if (s.endsWith(ending)) {
                return s.substring(0, s.length() - ending.length());
            }
        }
        return s;
    }

    /** URIs escape what an id or file name may hold (a space as %20); an id with a bare '%' is kept as it is. */
    private static String decoded(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
