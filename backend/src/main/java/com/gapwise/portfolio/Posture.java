package com.gapwise.portfolio;

import java.util.Locale;

/** What to do with an application, mapped from Gartner's TIME model (tolerate, invest, migrate, eliminate). */
public enum Posture {
    RETAIN("tolerate"), ENHANCE("invest"), REPLACE("migrate"), RETIRE("eliminate");

    private final String time;

    Posture(String time) {
        this.time = time;
    }

    /** The TIME category this posture stands for. */
    public String time() {
        return time;
    }

    /** "Replace", "Enhance", ...: the verb an initiative on the application is named with. */
    public String verb() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
