package com.gapwise.workspace;

import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.model.ProcessModel;
import org.springframework.stereotype.Component;

/** Reads uploaded and stored BPMN with the engine's importer, turning its refusal into a domain error. */
@Component
class ModelReader {

    private final BpmnImporter importer = BpmnImporter.withDefaults();

    long maxBytes() {
        return importer.limits().maxBytes();
    }

    ProcessModel read(byte[] xml, String sourceName) {
        try {
            return importer.read(xml, sourceName);
        } catch (BpmnImportException e) {
            throw new ModelRejectedException(e.code().name(), e.line(), e.column(), e.getMessage(), e);
        }
    }
}
