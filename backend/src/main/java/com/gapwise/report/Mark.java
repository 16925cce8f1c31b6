package com.gapwise.report;

/**
 * How a diagram element is highlighted: an Okabe-Ito colour (safe for colour-blind readers) plus a
 * letter badge, so the meaning never rests on colour alone. Declared strongest first: an element with
 * several changes shows the first that applies.
 */
public enum Mark {
    ADDED("added", "+", "#009E73", "added in the future state"),
    REMOVED("removed", "\u2212", "#D55E00", "removed in the future state"),
    AUTOMATED("automated", "A", "#CC79A7", "automated"),
    MOVED_LANE("moved-lane", "L", "#0072B2", "moved to another lane"),
    CHANGED("changed", "~", "#E69F00", "changed (name, type, flow, events or data)");

    private final String cssClass;
    private final String badge;
    private final String colour;
    private final String meaning;

    Mark(String cssClass, String badge, String colour, String meaning) {
        this.cssClass = cssClass;
        this.badge = badge;
        this.colour = colour;
        this.meaning = meaning;
    }

    public String cssClass() {
        return "hl-" + cssClass;
    }

    public String badge() {
        return badge;
    }

    public String colour() {
        return colour;
    }

    public String meaning() {
        return meaning;
    }
}
