package com.gapwise.workspace;

import jakarta.persistence.Entity;
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
    @Version
    private long version;

    protected Goal() {
    }

    Goal(Long workspaceId, String name, String description, double weight) {
        this.workspaceId = workspaceId;
        this.name = name;
        this.description = description;
        this.weight = weight;
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

    void update(String name, String description, Double weight) {
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
