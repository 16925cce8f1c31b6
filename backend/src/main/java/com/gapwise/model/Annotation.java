package com.gapwise.model;

import java.util.List;

/**
 * A text annotation and the elements it is associated with.
 *
 * @param annotatedIds the ids at the other end of its associations
 */
public record Annotation(String id, String text, List<String> annotatedIds, Bounds bounds) {

    public Annotation {
        text = text == null ? "" : text;
        annotatedIds = List.copyOf(annotatedIds);
    }
}
