package com.gapwise.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A workspace's strategy settings (scoring weights, roadmap periods, capacity) as one JSON document. */
@Entity
@Table(name = "strategy_settings")
class StrategySettingsRow {

    @Id
    private Long workspaceId;
    private String settings;
    @Version
    private long version;

    protected StrategySettingsRow() {
    }

    StrategySettingsRow(Long workspaceId, String settings) {
        this.workspaceId = workspaceId;
        this.settings = settings;
    }

    String getSettings() {
        return settings;
    }

    long getVersion() {
        return version;
    }

    void replace(String settings) {
        this.settings = settings;
    }
}
