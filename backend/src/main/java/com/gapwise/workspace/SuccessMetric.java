package com.gapwise.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;

/** A success metric of the project: where it stands, where it should get, and which initiatives move it. */
@Entity
public class SuccessMetric {

    /** Whether a higher or a lower value is better. */
    public enum Direction { INCREASE, DECREASE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workspaceId;
    private String name;
    private String unit;
    private Double currentValue;
    @Column(name = "target_value")
    private double target;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Convert(converter = StringListColumn.class)
    private List<String> initiativeKeys;
    @Version
    private long version;

    protected SuccessMetric() {
    }

    SuccessMetric(Long workspaceId, String name, String unit, Double currentValue, double target, Direction direction,
                  List<String> initiativeKeys) {
        this.workspaceId = workspaceId;
        this.name = name;
        this.unit = unit;
        this.currentValue = currentValue;
        this.target = target;
        this.direction = direction;
        this.initiativeKeys = List.copyOf(initiativeKeys);
    }

    void replace(String name, String unit, Double currentValue, double target, Direction direction,
                 List<String> initiativeKeys) {
        this.name = name;
        this.unit = unit;
        this.currentValue = currentValue;
        this.target = target;
        this.direction = direction;
        this.initiativeKeys = List.copyOf(initiativeKeys);
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

    public String getUnit() {
        return unit;
    }

    /** Null while the baseline is not measured yet. */
    public Double getCurrentValue() {
        return currentValue;
    }

    public double getTarget() {
        return target;
    }

    public Direction getDirection() {
        return direction;
    }

    public List<String> getInitiativeKeys() {
        return initiativeKeys;
    }

    public long getVersion() {
        return version;
    }
}
