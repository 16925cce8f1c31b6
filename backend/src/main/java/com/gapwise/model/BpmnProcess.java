package com.gapwise.model;

/** A process element of the definitions. */
public record BpmnProcess(String id, String name, boolean executable) {

    public BpmnProcess {
        name = name == null ? "" : name;
    }
}
