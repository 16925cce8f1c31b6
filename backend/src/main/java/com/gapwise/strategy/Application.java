package com.gapwise.strategy;

import java.util.List;

/**
 * An application of the portfolio and what it supports, so that requirements on it bundle into one initiative.
 *
 * @param key          stable key; its initiative is "I-app-" + the key
 * @param lanes        names of the lanes (roles, teams, systems) it supports
 * @param elements     the BPMN elements it supports, as "processKey:elementId"
 * @param capabilities when not empty, lane support counts only for requirements of these capabilities (a CRM
 *                     supports the agents' knowledge work, not their scheduling)
 */
public record Application(String key, String name, List<String> lanes, List<String> elements,
                          List<Capability> capabilities) {

    public Application {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("application key is required");
        }
        name = name == null || name.isBlank() ? key : name;
        lanes = Copies.list(lanes);
        elements = Copies.list(elements);
        capabilities = Copies.list(capabilities);
    }
}
