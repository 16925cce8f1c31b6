package com.gapwise.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The project charter as one JSON document. */
@Entity
@Table(name = "project_charter")
class CharterRow {

    @Id
    private Long workspaceId;
    private String body;
    @Version
    private long version;

    protected CharterRow() {
    }

    CharterRow(Long workspaceId, String body) {
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
