package com.gapwise.importer;

import static com.gapwise.importer.BpmnImportException.Code.BINARY_CONTENT;
import static com.gapwise.importer.BpmnImportException.Code.DOCTYPE_FORBIDDEN;
import static com.gapwise.importer.BpmnImportException.Code.EMPTY;
import static com.gapwise.importer.BpmnImportException.Code.ENCODING;
import static com.gapwise.importer.BpmnImportException.Code.MALFORMED_XML;
import static com.gapwise.importer.BpmnImportException.Code.NOT_BPMN;
import static com.gapwise.importer.BpmnImportException.Code.TOO_DEEP;
import static com.gapwise.importer.BpmnImportException.Code.VALUE_TOO_LONG;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;

/**
 * Parses untrusted bytes into an {@link XmlElement} tree with the JDK's streaming parser, hardened:
 * no DTD processing (a DOCTYPE is refused when it is met, before any entity is expanded), no
 * external entities, no resolver that could open a file or a socket, a nesting limit, and checks for
 * empty and binary input that give better messages than a parser error would.
 */
final class SecureXmlReader {

    static final String BPMN = BpmnModelConstants.BPMN20_NS;

    /**
     * Namespace URIs that tools have written for BPMN 2.0 semantics: the 2.0 beta URI and the
     * 2010-05-01 draft. Read as BPMN 2.0, with a warning.
     */
    private static final List<String> LEGACY_BPMN_NAMESPACES = List.of(
            "http://schema.omg.org/spec/BPMN/2.0",
            "http://www.omg.org/spec/BPMN/20100501/MODEL");

    /**
     * Elements the assembler never reads (flow-node incoming/outgoing repeat the sequence flows; edge
     * and label geometry is not used): skipped while parsing to keep the tree small.
     */
    private static final Set<String> UNUSED = Set.of(
            BpmnModelConstants.BPMN_ELEMENT_INCOMING, BpmnModelConstants.BPMN_ELEMENT_OUTGOING,
            BpmnModelConstants.BPMNDI_ELEMENT_BPMN_EDGE, BpmnModelConstants.BPMNDI_ELEMENT_BPMN_LABEL,
            BpmnModelConstants.BPMNDI_ELEMENT_BPMN_LABEL_STYLE, BpmnModelConstants.BPMN_ELEMENT_DOCUMENTATION);

    /**
     * No BPMN attribute (an id, a label, a reference) needs more: longer values are an attack or a
     * broken export, and would be stored and shown everywhere.
     */
    static final int MAX_ATTRIBUTE_CHARS = 64 * 1024;

    /** The root elements of the interchange formats of Petri-net and EPC tools, read where asked for. */
    static final String PNML_ROOT = "pnml";
    static final String EPML_ROOT = "epml";

    private final int maxDepth;
    /** Whether a PNML or EPML root is read too (see {@link BpmnImporter#alsoPetriNetsAndEpcs()}). */
    private final boolean interchange;

    SecureXmlReader(int maxDepth) {
        this(maxDepth, false);
    }

    SecureXmlReader(int maxDepth, boolean interchange) {
        this.maxDepth = maxDepth;
        this.interchange = interchange;
    }

    /** The parse result: the root (in the BPMN namespace after normalisation) and what was tolerated. */
    record Parsed(XmlElement root, List<String> warnings) {
    }

    Parsed parse(byte[] xml, String sourceName) throws BpmnImportException {
        checkNotEmptyOrBinary(xml, sourceName);
        checkUtf8(xml, sourceName);
        XMLInputFactory factory = HardenedXml.inputFactory();
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            return read(reader, sourceName);
        } catch (XMLStreamException e) {
            throw translate(e, sourceName);
        } catch (RuntimeException e) {
            // The JDK parser reports some encoding and limit failures as unchecked exceptions.
            throw translateUnchecked(e, reader, sourceName);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release: the input is an in-memory array
                }
            }
        }
    }

    private Parsed read(XMLStreamReader reader, String sourceName) throws XMLStreamException, BpmnImportException {
        List<String> warnings = new ArrayList<>();
        XmlElement[] open = new XmlElement[Math.min(maxDepth, 64) + 1];
        StringBuilder[] texts = new StringBuilder[open.length];
        int depth = 0;
        int skipFrom = -1;
        XmlElement root = null;
        String bpmnAlias = null;
        while (reader.hasNext()) {
            int event;
            try {
                event = reader.next();
            } catch (XMLStreamException e) {
                int innermost = skipFrom >= 0 ? skipFrom - 1 : depth;
                throw withContext(translate(e, sourceName), innermost > 0 ? open[innermost] : null);
            }
            switch (event) {
                case XMLStreamConstants.DTD -> {
                    Location at = reader.getLocation();
                    throw new BpmnImportException(DOCTYPE_FORBIDDEN, sourceName, at.getLineNumber(), at.getColumnNumber(),
                            "DOCTYPE declaration refused: BPMN files never need one, and its entities are not expanded"
                                    + " (no file or network access is attempted)");
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    if (depth >= maxDepth) {
                        Location at = reader.getLocation();
                        throw new BpmnImportException(TOO_DEEP, sourceName, at.getLineNumber(), at.getColumnNumber(),
                                "elements nested deeper than the limit of " + maxDepth + " (at <" + reader.getLocalName() + ">)");
                    }
                    depth++;
                    if (skipFrom >= 0) {
                        continue;
                    }
                    String local = reader.getLocalName();
                    if (root != null && UNUSED.contains(local)) {
                        // parsed for well-formedness, but not kept: saves a third of the tree on large files
                        skipFrom = depth;
                        continue;
                    }
                    Location at = reader.getLocation();
                    String ns = nullToEmpty(reader.getNamespaceURI());
                    if (root == null) {
                        bpmnAlias = checkRoot(reader, ns, at, sourceName, warnings, interchange);
                    }
                    if (bpmnAlias != null && ns.equals(bpmnAlias)) {
                        ns = BPMN;
                    }
                    XmlElement element = element(reader, ns, at, sourceName);
                    if (root == null) {
                        root = element;
                    } else {
                        open[depth - 1].children.add(element);
                    }
                    if (depth >= open.length) {
                        open = Arrays.copyOf(open, Math.min(maxDepth, open.length * 2) + 1);
                        texts = Arrays.copyOf(texts, open.length);
                    }
                    open[depth] = element;
                    if (texts[depth] == null) {
                        texts[depth] = new StringBuilder();
                    } else {
                        texts[depth].setLength(0);
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    // leading whitespace is stripped anyway: skipping it avoids a string per element
                    if (skipFrom < 0 && depth > 0 && !(texts[depth].isEmpty() && reader.isWhiteSpace())) {
                        texts[depth].append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (skipFrom >= 0) {
                        if (depth == skipFrom) {
                            skipFrom = -1;
                        }
                    } else if (!texts[depth].isEmpty()) {
                        open[depth].text = texts[depth].toString().strip();
                    }
                    depth--;
                }
                default -> {
                    // whitespace between elements, comments, processing instructions: nothing to keep
                }
            }
        }
        if (root == null) {
            throw new BpmnImportException(MALFORMED_XML, sourceName, "no root element found");
        }
        return new Parsed(root, warnings);
    }

    /**
     * Refuses anything but BPMN definitions (and, where asked for, a PNML or EPML root); returns the namespace URI
     * to read as BPMN 2.0.
     */
    private static String checkRoot(XMLStreamReader reader, String ns, Location at, String sourceName, List<String> warnings,
            boolean interchange) throws BpmnImportException {
        String local = reader.getLocalName();
        boolean interchangeRoot = PNML_ROOT.equals(local) || EPML_ROOT.equals(local);
        if (interchange && interchangeRoot) {
            return null;
        }
        if (BpmnModelConstants.BPMN_ELEMENT_DEFINITIONS.equals(local)) {
            if (ns.equals(BPMN)) {
                return null;
            }
            String normalised = ns.strip().replaceAll("/+$", "");
            if (normalised.equalsIgnoreCase(BPMN) || LEGACY_BPMN_NAMESPACES.stream().anyMatch(normalised::equalsIgnoreCase)) {
                warnings.add("line " + at.getLineNumber() + ": non-standard BPMN namespace '" + ns + "' read as " + BPMN);
                return ns;
            }
            if (ns.isEmpty()) {
                warnings.add("line " + at.getLineNumber() + ": definitions without a namespace read as BPMN 2.0 (" + BPMN + ")");
                return ns;
            }
        }
        String found = ns.isEmpty() ? "no namespace" : "namespace '" + ns + "'";
        throw new BpmnImportException(NOT_BPMN, sourceName, at.getLineNumber(), at.getColumnNumber(),
                (interchange ? "not a BPMN 2.0, PNML or EPML file" : "not a BPMN 2.0 file") + ": root element is <"
                        + qualified(reader) + "> in " + found + ", expected <definitions> in namespace '" + BPMN + "'"
                        + (interchange ? " (or <pnml>, <epml>)" : "")
                        + (!interchange && interchangeRoot
                                ? "; Petri nets (PNML) and EPCs (EPML) are read by the command line (gapwise diff, inspect)" : ""));
    }

    private static XmlElement element(XMLStreamReader reader, String ns, Location at, String sourceName)
            throws BpmnImportException {
        int count = reader.getAttributeCount();
        String[] namespaces = new String[count];
        String[] names = new String[count];
        String[] values = new String[count];
        for (int i = 0; i < count; i++) {
            namespaces[i] = nullToEmpty(reader.getAttributeNamespace(i));
            names[i] = reader.getAttributeLocalName(i);
            values[i] = reader.getAttributeValue(i);
            if (values[i].length() > MAX_ATTRIBUTE_CHARS) {
                throw new BpmnImportException(VALUE_TOO_LONG, sourceName, at.getLineNumber(), at.getColumnNumber(),
                        "attribute '" + names[i] + "' of <" + reader.getLocalName() + "> is " + values[i].length()
                                + " characters long; the limit is " + MAX_ATTRIBUTE_CHARS);
            }
        }
        return new XmlElement(ns, reader.getLocalName(), at.getLineNumber(), at.getColumnNumber(), namespaces, names, values);
    }

    private static String qualified(XMLStreamReader reader) {
        String prefix = reader.getPrefix();
        return prefix == null || prefix.isEmpty() ? reader.getLocalName() : prefix + ":" + reader.getLocalName();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // --- input checks that come before the parser ---------------------------------------------

    private static void checkNotEmptyOrBinary(byte[] xml, String sourceName) throws BpmnImportException {
        int first = 0;
        if (startsWith(xml, 0xEF, 0xBB, 0xBF)) {
            first = 3;
        }
        while (first < xml.length && isXmlSpace(xml[first])) {
            first++;
        }
        if (first >= xml.length) {
            throw new BpmnImportException(EMPTY, sourceName, xml.length == 0 ? "the file is empty (0 bytes)"
                    : "the file contains only whitespace");
        }
        String kind = knownBinaryFormat(xml);
        if (kind != null) {
            throw new BpmnImportException(BINARY_CONTENT, sourceName, "not XML text: the file is " + kind);
        }
        if (looksLikeUtf16(xml)) {
            return;
        }
        int sample = Math.min(xml.length, 4096);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = xml[i] & 0xFF;
            if (b == 0) {
                throw new BpmnImportException(BINARY_CONTENT, sourceName,
                        "not XML text: NUL byte at offset " + i + " (binary data, or UTF-16/32 without a byte-order mark)");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                control++;
            }
        }
        if (control > 0 && xml[first] != '<') {
            throw new BpmnImportException(BINARY_CONTENT, sourceName,
                    "not XML text: " + control + " control characters in the first " + sample + " bytes (binary data)");
        }
    }

    /**
     * When the file is UTF-8 (declared, or by default), finds the first byte that is not valid UTF-8
     * and says where it is. The parser would find it too, but with a vaguer message and a line
     * printed to stderr by the JDK.
     */
    private static void checkUtf8(byte[] xml, String sourceName) throws BpmnImportException {
        if (looksLikeUtf16(xml)) {
            return;
        }
        String declared = declaredEncoding(xml);
        if (declared != null && !declared.equalsIgnoreCase("UTF-8") && !declared.equalsIgnoreCase("UTF8")) {
            return;
        }
        // ASCII is valid UTF-8, and most files are ASCII up to a late accent or none: the decoder starts at the
        // first other byte (a plain loop costs a fraction of the decoder's in a JVM that has just started)
        int firstNonAscii = 0;
        while (firstNonAscii < xml.length && xml[firstNonAscii] >= 0) {
            firstNonAscii++;
        }
        if (firstNonAscii == xml.length) {
            return;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(xml, firstNonAscii, xml.length - firstNonAscii);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int offset = in.position();
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < offset; i++) {
                    if (xml[i] == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                int column = 1;
                for (int i = lineStart; i < offset; i++) {
                    if ((xml[i] & 0xC0) != 0x80) {
                        column++;
                    }
                }
                throw new BpmnImportException(ENCODING, sourceName, line, column, String.format(Locale.ROOT,
                        "byte 0x%02X is not valid UTF-8, the %s encoding; was the file saved as ISO-8859-1 or"
                                + " Windows-1252? Declare that encoding in the XML declaration or re-save as UTF-8",
                        xml[offset] & 0xFF, declared == null ? "default" : "declared"));
            }
            if (result.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    /** The encoding named in the XML declaration, or null when there is none. */
    private static String declaredEncoding(byte[] xml) {
        int start = startsWith(xml, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (!startsWith(Arrays.copyOfRange(xml, start, Math.min(xml.length, start + 5)), '<', '?', 'x', 'm', 'l')) {
            return null;
        }
        String head = new String(xml, start, Math.min(xml.length - start, 256), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("?>");
        if (end < 0) {
            return null;
        }
        Matcher matcher = ENCODING_DECLARATION.matcher(head.substring(0, end));
        return matcher.find() ? matcher.group(2) : null;
    }

    private static final Pattern ENCODING_DECLARATION =
            Pattern.compile("encoding\\s*=\\s*(['\"])([^'\"]*)\\1");

    private static String knownBinaryFormat(byte[] xml) {
        if (startsWith(xml, 'P', 'K', 3, 4)) {
            return "a ZIP archive (a zipped model or an Office document?)";
        }
        if (startsWith(xml, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(xml, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(xml, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(xml, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(xml, 0x1F, 0x8B)) {
            return "gzip-compressed data";
        }
        if (startsWith(xml, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "a legacy Office/Visio document (OLE2)";
        }
        return null;
    }

    private static boolean looksLikeUtf16(byte[] xml) {
        return startsWith(xml, 0xFE, 0xFF) || startsWith(xml, 0xFF, 0xFE)
                || startsWith(xml, 0, '<', 0, '?') || startsWith(xml, '<', 0, '?', 0);
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isXmlSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    // --- parser errors to import errors ---------------------------------------------------------

    private static BpmnImportException translate(XMLStreamException e, String sourceName) {
        Location at = e.getLocation();
        int line = at == null ? -1 : at.getLineNumber();
        int column = at == null ? -1 : at.getColumnNumber();
        String message = parserMessage(e);
        return new BpmnImportException(classify(e, message), sourceName, line, column, message);
    }

    /** At an unexpected end of file, names the element that is still open: that is what was expected. */
    private static BpmnImportException withContext(BpmnImportException e, XmlElement open) {
        if (open == null || e.code() != MALFORMED_XML || !e.detail().contains("start and end within the same entity")) {
            return e;
        }
        return new BpmnImportException(MALFORMED_XML, e.sourceName(), e.line(), e.column(),
                "unexpected end of file: <" + open.localName + "> opened at line " + open.line + " is not closed");
    }

    private static BpmnImportException translateUnchecked(RuntimeException e, XMLStreamReader reader, String sourceName) {
        Location at = reader == null ? null : reader.getLocation();
        String message = parserMessage(e);
        return new BpmnImportException(classify(e, message), sourceName,
                at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(), message);
    }

    private static BpmnImportException.Code classify(Throwable e, String message) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CharConversionException || t instanceof UnsupportedEncodingException) {
                return ENCODING;
            }
            if (t instanceof XMLStreamException xse && xse.getNestedException() != null
                    && (xse.getNestedException() instanceof CharConversionException
                            || xse.getNestedException() instanceof UnsupportedEncodingException)) {
                return ENCODING;
            }
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("encoding") || lower.contains("byte") && lower.contains("utf")) {
            return ENCODING;
        }
        return MALFORMED_XML;
    }

    /** The parser's message without its own "ParseError at [row,col]" prefix, which we format ourselves. */
    private static String parserMessage(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            Throwable cause = e.getCause();
            message = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getClass().getSimpleName();
        }
        int marker = message.indexOf("Message: ");
        if (marker >= 0) {
            message = message.substring(marker + "Message: ".length());
        }
        message = message.strip();
        if (message.startsWith("Content is not allowed in prolog")) {
            message += " Expected '<' starting the XML declaration or the root element.";
        }
        return message;
    }
}
