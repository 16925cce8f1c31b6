package com.gapwise.access;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A user belongs to a workspace: they see it (and only the workspaces they belong to, unless admin). */
@Entity
@Table(name = "workspace_member")
@IdClass(Membership.Key.class)
class Membership {

    record Key(Long workspaceId, Long userId) implements Serializable {
        @SuppressWarnings("unused") // for JPA
        Key() {
            this(null, null);
        }
    }

    @Id
    private Long workspaceId;
    @Id
    private Long userId;
    private Instant addedAt;

    protected Membership() {
    }

    Membership(long workspaceId, long userId, Instant addedAt) {
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.addedAt = addedAt;
    }

    Long getWorkspaceId() {
        return workspaceId;
    }

    Long getUserId() {
        return userId;
    }

    Instant getAddedAt() {
        return addedAt;
    }
}
