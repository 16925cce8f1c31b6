package com.gapwise.workspace;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import java.util.List;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An organisational goal with its weight, used to score initiatives. */
@Entity
public class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workspaceId;
    private String name;
    private String description;
    private double weight;
    @Convert(converter = StringListColumn.class)
    private List<String> keywords;
    @Convert(converter = StringListColumn.class)
    private List<String> capabilities;
    @Convert(converter = StringListColumn.class)
    private List<String> initiativeKeys;
    @Version
    private long version;

    protected Goal() {
    }

    Goal(Long workspaceId, String name, String description, double weight, List<String> keywords,
         List<String> capabilities, List<String> initiativeKeys) {
        this.workspaceId = workspaceId;
        this.name = name;
        this.description = description;
        this.weight = weight;
        this.keywords = List.copyOf(keywords);
        this.capabilities = List.copyOf(capabilities);
        this.initiativeKeys = List.copyOf(initiativeKeys);
    }

    public List<String> getKeywords() {
        return keywords;
    }

    /** Capability names (see the strategy engine's Capability). */
    public List<String> getCapabilities() {
        return capabilities;
    }

    public List<String> getInitiativeKeys() {
        return initiativeKeys;
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

    public String getDescription() {
        return description;
    }

    public double getWeight() {
        return weight;
    }

    public long getVersion() {
        return version;
    }

    void update(String name, String description, Double weight, List<String> keywords, List<String> capabilities,
                List<String> initiativeKeys) {
        if (keywords != null) {
            this.keywords = List.copyOf(keywords);
        }
        if (capabilities != null) {
            this.capabilities = List.copyOf(capabilities);
        }
        if (initiativeKeys != null) {
            this.initiativeKeys = List.copyOf(initiativeKeys);
        }
        if (name != null) {
            this.name = name;
        }
        if (description != null) {
            this.description = description;
        }
        if (weight != null) {
            this.weight = weight;
        }
    }
}
