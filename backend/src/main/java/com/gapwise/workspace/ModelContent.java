package com.gapwise.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The exact bytes of an uploaded model, kept apart from its metadata so that listings stay light. */
@Entity
class ModelContent {

    @Id
    private Long modelVersionId;
    private byte[] content;

    protected ModelContent() {
    }

    ModelContent(Long modelVersionId, byte[] content) {
        this.modelVersionId = modelVersionId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
