package com.gapwise.diff;

/**
 * An element of one side of a diff, as listed under added and removed.
 *
 * @param id   BPMN id in its model
 * @param type BPMN type name: {@code userTask}, {@code exclusiveGateway}, {@code lane}, {@code participant},
 *             {@code dataStoreReference}, {@code messageFlow}, ...
 * @param name label, empty when unnamed
 * @param lane name of the innermost lane it sits in, or null
 */
public record ElementRef(String id, String type, String name, String lane) {
}
