package com.gapwise.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The RACI matrix as one JSON document, stored even while it breaks a rule. */
@Entity
@Table(name = "raci_matrix")
class RaciRow {

    @Id
    private Long workspaceId;
    private String body;
    @Version
    private long version;

    protected RaciRow() {
    }

    RaciRow(Long workspaceId, String body) {
        this.workspaceId = workspaceId;
        this.body = body;
    }

    String getBody() {
        return body;
    }

    long getVersion() {
        return version;
    }

    void replace(String body) {
        this.body = body;
    }
}
