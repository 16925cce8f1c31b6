package com.gapwise.importer;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The one way Gapwise opens a streaming XML parser on a file it did not write: the JDK's own StAX implementation
 * (whatever else is on the class path), no DTD processing, no external entities and no resolver that could open a
 * file or a socket. The BPMN, PNML and EPML reading uses it, and so does every other reader of outside XML.
 */
public final class HardenedXml {

    private HardenedXml() {
    }

    /** A new factory with the hardening set; a DOCTYPE still arrives as a DTD event, for the reader to refuse. */
    public static XMLInputFactory inputFactory() {
        // The JDK implementation explicitly, whatever else is on the classpath, so the hardening below holds.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // (The JDK's StAX factory has no secure-processing switch: its XMLSecurityManager limits always apply.)
        // Defence in depth: DTDs are refused anyway, so no entity should ever be expanded.
        factory.setProperty("jdk.xml.entityExpansionLimit", "64");
        // Errors become exceptions; without a reporter the JDK parser also prints them to stderr.
        factory.setXMLReporter((message, type, info, location) -> { });
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refused to resolve external resource " + systemId);
        });
        return factory;
    }
}
