package com.gapwise.workspace;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A workspace's single JSON document of one kind (settings, charter, RACI), keyed by the workspace and
 * optimistically locked: the row shape every such table shares.
 */
@MappedSuperclass
abstract class WorkspaceDocument {

    @Id
    private Long workspaceId;
    private String body;
    @Version
    private long version;

    protected WorkspaceDocument() {
    }

    protected WorkspaceDocument(Long workspaceId, String body) {
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
