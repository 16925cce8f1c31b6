package com.gapwise.diff;

import com.gapwise.model.FlowNode;
import com.gapwise.model.ProcessModel;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The activity pairs of a diff in the Alignment API's RDF format, the form in which the Process Model Matching
 * Contest (and ontology matching before it) takes a matcher's answer and publishes its gold: one {@code Cell} per
 * pair of activities, each entity its model's URI with the element's id as fragment, the match score as measure and
 * {@code =} as relation. Events, gateways, lanes and pools are left out: such gold pairs activities only.
 */
public final class AlignmentReport {

    private static final String ALIGNMENT = "http://knowledgeweb.semanticweb.org/heterogeneity/alignment";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String XSD_FLOAT = "http://www.w3.org/2001/XMLSchema#float";

    private AlignmentReport() {
    }

    /**
     * @param currentUri the current model's URI (its file's, say): {@code onto1} and the base of its entities
     * @param futureUri  the future model's URI: {@code onto2}
     */
    public static void write(DiffResult diff, ProcessModel current, ProcessModel future, String currentUri, String futureUri,
            Writer out) throws XMLStreamException {
        Map<String, FlowNode> currentNodes = current.nodesById();
        Map<String, FlowNode> futureNodes = future.nodesById();
        // the JDK's writer escapes what it writes
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("rdf", "RDF", RDF);
        xml.writeDefaultNamespace(ALIGNMENT);
        xml.writeNamespace("rdf", RDF);
        xml.writeCharacters("\n");
        open(xml, "Alignment", 0);
        element(xml, "xml", "yes", 1);
        element(xml, "level", "0", 1);
        element(xml, "type", "**", 1);
        onto(xml, "onto1", currentUri);
        onto(xml, "onto2", futureUri);
        for (Match match : diff.matches()) {
            FlowNode c = currentNodes.get(match.current());
            FlowNode f = futureNodes.get(match.future());
            if (c == null || f == null || !c.kind().isActivity() || !f.kind().isActivity()) {
                continue;
            }
            open(xml, "map", 1);
            open(xml, "Cell", 2);
            entity(xml, "entity1", currentUri, c.id());
            entity(xml, "entity2", futureUri, f.id());
            indent(xml, 3);
            xml.writeStartElement(ALIGNMENT, "measure");
            xml.writeAttribute("rdf", RDF, "datatype", XSD_FLOAT);
            xml.writeCharacters(String.format(Locale.ROOT, "%.3f", match.score()));
            xml.writeEndElement();
            xml.writeCharacters("\n");
            element(xml, "relation", "=", 3);
            close(xml, 2);
            close(xml, 1);
        }
        close(xml, 0);
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }

    private static void onto(XMLStreamWriter xml, String name, String uri) throws XMLStreamException {
        open(xml, name, 1);
        indent(xml, 2);
        xml.writeStartElement(ALIGNMENT, "Ontology");
        xml.writeAttribute("rdf", RDF, "about", uri);
        xml.writeCharacters("\n");
        element(xml, "location", uri, 3);
        close(xml, 2);
        close(xml, 1);
    }

    /** An element whose children follow on lines of their own. */
    private static void open(XMLStreamWriter xml, String name, int depth) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(ALIGNMENT, name);
        xml.writeCharacters("\n");
    }

    private static void close(XMLStreamWriter xml, int depth) throws XMLStreamException {
        indent(xml, depth);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void entity(XMLStreamWriter xml, String name, String modelUri, String id) throws XMLStreamException {
        indent(xml, 3);
        xml.writeEmptyElement(ALIGNMENT, name);
        xml.writeAttribute("rdf", RDF, "resource", modelUri + "#" + fragment(id));
        xml.writeCharacters("\n");
    }

    private static void element(XMLStreamWriter xml, String name, String text, int depth) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(ALIGNMENT, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("  ".repeat(depth));
    }

    /** An id as a URI fragment: the few characters a fragment cannot hold as they are, percent-encoded. */
    static String fragment(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            switch (c) {
                case '%' -> sb.append("%25");
                case ' ' -> sb.append("%20");
                case '#' -> sb.append("%23");
                case '"' -> sb.append("%22");
                case '<' -> sb.append("%3C");
                case '>' -> sb.append("%3E");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
