package com.gapwise.access;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: who did what, when, in which workspace, to what. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private String username;
    private String action;
    private Long workspaceId;
    private String target;
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String username, String action, Long workspaceId, String target, String detail) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.workspaceId = workspaceId;
        this.target = target;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public Long getWorkspaceId() {
        return workspaceId;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
