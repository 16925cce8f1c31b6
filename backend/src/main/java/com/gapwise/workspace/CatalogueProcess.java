package com.gapwise.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** An entry of the process catalogue, Level 1 (category) to Level 5 (task-level process). */
@Entity
public class CatalogueProcess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workspaceId;
    private String name;
    private int level;
    private Long parentId;
    private Instant createdAt;
    @Version
    private long version;

    protected CatalogueProcess() {
    }

    CatalogueProcess(Long workspaceId, String name, int level, Long parentId, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.name = name;
        this.level = level;
        this.parentId = parentId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getWorkspaceId() {
        return workspaceId;
    }

    public String getName() {
        return name;
    }

    public int getLevel() {
        return level;
    }

    public Long getParentId() {
        return parentId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    void change(String newName, int newLevel, Long newParentId) {
        this.name = newName;
        this.level = newLevel;
        this.parentId = newParentId;
    }
}
