package com.gapwise.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** Marks the last derivation of a workspace: its revision, time, and the engine's workspace-wide report. */
@Entity
class StrategySnapshot {

    @Id
    private Long workspaceId;
    private long revision;
    private Instant derivedAt;
    /** JSON: stale decisions, warnings, counts. */
    private String summary;
    /** How many model versions the workspace held when this derivation ran. */
    private long modelVersionsSeen;
    /** The build of the engine that ran it (gapwise.engine.build); null before that was recorded. */
    private String engineBuild;

    protected StrategySnapshot() {
    }

    StrategySnapshot(Long workspaceId) {
        this.workspaceId = workspaceId;
    }

    long getRevision() {
        return revision;
    }

    Instant getDerivedAt() {
        return derivedAt;
    }

    String getSummary() {
        return summary;
    }

    long getModelVersionsSeen() {
        return modelVersionsSeen;
    }

    String getEngineBuild() {
        return engineBuild;
    }

    void next(Instant at, String summary, long modelVersionsSeen, String engineBuild) {
        this.revision++;
        this.derivedAt = at;
        this.summary = summary;
        this.modelVersionsSeen = modelVersionsSeen;
        this.engineBuild = engineBuild;
    }
}
