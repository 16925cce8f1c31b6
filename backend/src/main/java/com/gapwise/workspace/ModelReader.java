package com.gapwise.workspace;

import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.model.Annotation;
import com.gapwise.model.BpmnProcess;
import com.gapwise.model.DataAssociation;
import com.gapwise.model.DataElement;
import com.gapwise.model.FlowNode;
import com.gapwise.model.Lane;
import com.gapwise.model.MessageFlow;
import com.gapwise.model.Pool;
import com.gapwise.model.ProcessModel;
import com.gapwise.model.SequenceFlow;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Reads uploaded and stored BPMN with the engine's importer, turning its refusal into a domain error. */
@Component
class ModelReader {

    private static final Pattern MARKUP = Pattern.compile("[<>&\"']");

    private final BpmnImporter importer = BpmnImporter.withDefaults();

    long maxBytes() {
        return importer.limits().maxBytes();
    }

    ProcessModel read(byte[] xml, String sourceName) {
        ProcessModel model;
        try {
            model = importer.read(xml, sourceName);
        } catch (BpmnImportException e) {
            throw new ModelRejectedException(e.code().name(), e.line(), e.column(), e.getMessage(), e);
        }
        refuseIdsWithMarkup(model, sourceName);
        return model;
    }

    /**
     * The importer keeps ids that are not XML names (tools write odd ones), but an id with markup in
     * it is never an honest id: it would travel into URLs, keys and pages, so the upload is refused.
     */
    private static void refuseIdsWithMarkup(ProcessModel model, String sourceName) {
        Stream.of(model.processes().stream().map(BpmnProcess::id), model.pools().stream().map(Pool::id),
                        model.lanes().stream().map(Lane::id), model.nodes().stream().map(FlowNode::id),
                        model.sequenceFlows().stream().map(SequenceFlow::id),
                        model.messageFlows().stream().map(MessageFlow::id), model.data().stream().map(DataElement::id),
                        model.dataAssociations().stream().map(DataAssociation::id),
                        model.annotations().stream().map(Annotation::id))
                .flatMap(ids -> ids)
                .filter(id -> id != null && MARKUP.matcher(id).find())
                .findFirst()
                .ifPresent(id -> {
                    throw new ModelRejectedException("ID_WITH_MARKUP", -1, -1, sourceName + ": the id '" + id
                            + "' contains markup characters (< > & \" '); ids must be plain names", null);
                });
    }
}
