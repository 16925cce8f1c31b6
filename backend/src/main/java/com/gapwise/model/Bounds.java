package com.gapwise.model;

/** Where an element is drawn in the diagram (BPMN DI), in diagram units. */
public record Bounds(double x, double y, double width, double height) {

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }
}
