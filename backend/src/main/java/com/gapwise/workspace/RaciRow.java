package com.gapwise.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The RACI matrix as one JSON document, stored even while it breaks a rule. */
@Entity
@Table(name = "raci_matrix")
class RaciRow extends WorkspaceDocument {

    protected RaciRow() {
    }

    RaciRow(Long workspaceId, String body) {
        super(workspaceId, body);
    }
}
