package com.gapwise.workspace;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A workspace's strategy settings (scoring weights, roadmap periods, capacity) as one JSON document. */
@Entity
@Table(name = "strategy_settings")
@AttributeOverride(name = "body", column = @Column(name = "settings"))
class StrategySettingsRow extends WorkspaceDocument {

    protected StrategySettingsRow() {
    }

    StrategySettingsRow(Long workspaceId, String settings) {
        super(workspaceId, settings);
    }
}
