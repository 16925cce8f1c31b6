package com.gapwise.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.impl.BpmnParser;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a file against the BPMN 2.0 XSD that camunda-bpmn-model bundles (compiled once by camunda's
 * own {@link BpmnParser}) and reports each deviation as a warning with its line instead of rejecting
 * the file, as camunda's strict {@code validateModel} would: about one real export in five breaks the
 * schema in some small way that does not matter for analysis.
 *
 * <p>The schema and its imports are loaded from the camunda jar; the validator itself may load nothing
 * (external DTD and schema access are switched off), so instance hints such as
 * {@code xsi:schemaLocation} never reach the network.
 */
final class SchemaCheck extends BpmnParser {

    /** More deviations than this are summarised in one line: the first ones tell the story. */
    static final int MAX_REPORTED = 10;

    private static final class Holder {
        // Compiling the schema takes a few hundred ms: done once, on first use.
        static final SchemaCheck INSTANCE = new SchemaCheck();
    }

    private SchemaCheck() {
    }

    static SchemaCheck instance() {
        return Holder.INSTANCE;
    }

    /**
     * Appends the schema deviations of a file whose root is already known to be BPMN definitions. The
     * file has passed the hardened parse first, so it has no DOCTYPE.
     */
    void check(byte[] xml, List<String> warnings) {
        Schema schema = schemas.get(BpmnModelConstants.BPMN20_NS);
        Validator validator = schema.newValidator();
        List<String> found = new ArrayList<>();
        int[] total = {0};
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // schema warnings are not deviations
                }

                @Override
                public void error(SAXParseException e) {
                    total[0]++;
                    if (found.size() < MAX_REPORTED) {
                        found.add("line " + e.getLineNumber() + ": schema: " + e.getMessage());
                    }
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            found.add("schema check stopped: " + e.getMessage());
        }
        warnings.addAll(found);
        if (total[0] > found.size()) {
            warnings.add("schema: " + (total[0] - MAX_REPORTED) + " more deviations not listed");
        }
    }
}
