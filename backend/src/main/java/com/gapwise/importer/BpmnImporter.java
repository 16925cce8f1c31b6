package com.gapwise.importer;

import static com.gapwise.importer.BpmnImportException.Code.READ_FAILED;
import static com.gapwise.importer.BpmnImportException.Code.TOO_LARGE;

import com.gapwise.model.ProcessModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads BPMN 2.0 XML into a {@link ProcessModel}, tolerant of what real modelling tools export and
 * hardened against hostile input.
 *
 * <p>How it is built, and why: a hardened streaming (StAX) parse produces a light element tree, which
 * {@link ModelAssembler} turns into the process graph, repairing ids and references with warnings.
 * Files up to {@link ImportLimits#schemaCheckMaxBytes()} are also checked against camunda-bpmn-model's
 * bundled BPMN XSD, with deviations reported as warnings. camunda's own model-instance API is not used
 * to build the graph: on a 2000-task file its DOM, validation and model instance cost about a second
 * and its type registry 0.4 s to initialise, against a few tens of ms for the streaming pass, and it
 * rejects or throws on the broken references that tolerance has to survive.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BpmnImporter {

    static final int MAX_WARNINGS = 200;

    private final ImportLimits limits;

    public BpmnImporter(ImportLimits limits) {
        this.limits = limits;
    }

    public static BpmnImporter withDefaults() {
        return new BpmnImporter(ImportLimits.defaults());
    }

    public ImportLimits limits() {
        return limits;
    }

    public ProcessModel read(Path file) throws BpmnImportException {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw tooLarge(name, size);
            }
            return read(Files.readAllBytes(file), name);
        } catch (NoSuchFileException e) {
            throw new BpmnImportException(READ_FAILED, name, "no such file");
        } catch (IOException e) {
            throw new BpmnImportException(READ_FAILED, name, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads at most the size limit from the stream (which stays open: it belongs to the caller). */
    public ProcessModel read(InputStream in, String sourceName) throws BpmnImportException {
        byte[] xml;
        try {
            xml = in.readNBytes((int) limits.maxBytes() + 1);
        } catch (IOException e) {
            throw new BpmnImportException(READ_FAILED, sourceName, "cannot read the input: " + e.getMessage());
        }
        return read(xml, sourceName);
    }

    public ProcessModel read(byte[] xml, String sourceName) throws BpmnImportException {
        if (xml.length > limits.maxBytes()) {
            throw tooLarge(sourceName, xml.length);
        }
        SecureXmlReader.Parsed parsed = new SecureXmlReader(limits.maxDepth()).parse(xml, sourceName);
        List<String> warnings = new ArrayList<>(parsed.warnings());
        if (xml.length <= limits.schemaCheckMaxBytes()) {
            SchemaCheck.instance().check(xml, warnings);
        }
        ProcessModel model = ModelAssembler.assemble(parsed.root(), warnings);
        return warnings.size() <= MAX_WARNINGS ? model : withWarningsCapped(model);
    }

    /** A hostile or badly broken file could carry one warning per element; the first ones tell the story. */
    private static ProcessModel withWarningsCapped(ProcessModel model) {
        List<String> capped = new ArrayList<>(model.warnings().subList(0, MAX_WARNINGS));
        capped.add((model.warnings().size() - MAX_WARNINGS) + " more warnings not listed");
        return new ProcessModel(model.definitionsId(), model.name(), model.exporter(), model.processes(), model.pools(),
                model.lanes(), model.nodes(), model.sequenceFlows(), model.messageFlows(), model.data(),
                model.dataAssociations(), model.annotations(), capped);
    }

    private BpmnImportException tooLarge(String name, long size) {
        return new BpmnImportException(TOO_LARGE, name,
                "file is " + size + " bytes, more than the limit of " + limits.maxBytes() + " bytes");
    }
}
