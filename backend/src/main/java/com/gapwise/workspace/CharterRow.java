package com.gapwise.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The project charter as one JSON document. */
@Entity
@Table(name = "project_charter")
class CharterRow extends WorkspaceDocument {

    protected CharterRow() {
    }

    CharterRow(Long workspaceId, String body) {
        super(workspaceId, body);
    }
}
