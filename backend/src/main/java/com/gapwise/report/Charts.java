package com.gapwise.report;

import com.gapwise.strategy.Initiative;
import com.gapwise.strategy.Placement;
import com.gapwise.strategy.Quadrant;
import com.gapwise.strategy.Roadmap;
import com.gapwise.strategy.ScoringModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The strategy's charts as SVG: the value/risk matrix and the roadmap timeline. */
final class Charts {

    private Charts() {
    }

    /** Okabe-Ito colours per quadrant, with the text colour readable on each. */
    static String colour(Quadrant q) {
        return switch (q) {
            case QUICK_WIN -> "#009E73";
            case STRATEGIC -> "#0072B2";
            case FILL_IN -> "#F0E442";
            case RECONSIDER -> "#D55E00";
        };
    }

    static String ink(Quadrant q) {
        return q == Quadrant.FILL_IN ? "#222222" : "#ffffff";
    }

    static String label(Quadrant q) {
        return switch (q) {
            case QUICK_WIN -> "Quick win";
            case STRATEGIC -> "Strategic";
            case FILL_IN -> "Fill-in";
            case RECONSIDER -> "Reconsider";
        };
    }

    /**
     * Value (up) against risk (right), 0..5, split at the scoring model's thresholds; each initiative is a
     * dot numbered with its rank (the table next to it names them).
     */
    static String valueRisk(List<Initiative> initiatives, ScoringModel scoring) {
        double size = 420;
        double pad = 46;
        double plot = size - pad - 14;
        Markup svg = new Markup();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart value-risk", "width", size, "height", size,
                "viewBox", "0 0 " + Markup.number(size) + " " + Markup.number(size), "font-family", DiagramRenderer.FONT,
                "font-size", "10");
        double riskSplit = pad + scoring.highRiskFrom() / 5 * plot;
        double valueSplit = 14 + plot - scoring.highValueFrom() / 5 * plot;
        quadrant(svg, pad, 14, riskSplit - pad, valueSplit - 14, Quadrant.QUICK_WIN);
        quadrant(svg, riskSplit, 14, pad + plot - riskSplit, valueSplit - 14, Quadrant.STRATEGIC);
        quadrant(svg, pad, valueSplit, riskSplit - pad, 14 + plot - valueSplit, Quadrant.FILL_IN);
        quadrant(svg, riskSplit, valueSplit, pad + plot - riskSplit, 14 + plot - valueSplit, Quadrant.RECONSIDER);
        svg.empty("rect", "x", pad, "y", 14.0, "width", plot, "height", plot, "fill", "none", "stroke", "#555555");
        for (int i = 0; i <= 5; i++) {
            double x = pad + i / 5.0 * plot;
            double y = 14 + plot - i / 5.0 * plot;
            svg.element("text", i, "x", x, "y", 14 + plot + 13, "text-anchor", "middle", "fill", "#444444");
            svg.element("text", i, "x", pad - 6, "y", y + 3.5, "text-anchor", "end", "fill", "#444444");
        }
        svg.element("text", "Risk \u2192", "x", pad + plot / 2, "y", size - 6, "text-anchor", "middle",
                "font-weight", "bold", "fill", "#222222");
        double cy = 14 + plot / 2;
        svg.element("text", "Value \u2192", "x", 14.0, "y", cy, "text-anchor", "middle", "font-weight", "bold",
                "fill", "#222222", "transform", "rotate(-90 14 " + Markup.number(cy) + ")");
        // initiatives with the same scores share a spot: fan them out a little so every rank stays legible
        Map<String, Integer> taken = new HashMap<>();
        for (Initiative i : initiatives) {
            if (i.score() == null) {
                continue;
            }
            double x = pad + clamp(i.score().risk()) / 5 * plot;
            double y = 14 + plot - clamp(i.score().value()) / 5 * plot;
            int n = taken.merge(Markup.number(x) + "," + Markup.number(y), 1, Integer::sum) - 1;
            x += n % 3 * 15 - (n > 0 ? 0 : 0);
            y += n / 3 * 15;
            Quadrant q = i.score().quadrant();
            svg.open("g", "class", "initiative", "data-key", i.key());
            svg.element("title", i.name() + ": value " + fmt(i.score().value()) + ", risk " + fmt(i.score().risk()));
            svg.empty("circle", "cx", x, "cy", y, "r", 8.0, "fill", colour(q), "stroke", "#222222", "stroke-width", 0.8);
            svg.element("text", i.score().rank(), "x", x, "y", y + 3.5, "text-anchor", "middle", "font-size", "9",
                    "font-weight", "bold", "fill", ink(q));
            svg.close();
        }
        return svg.close().toString();
    }

    private static void quadrant(Markup svg, double x, double y, double w, double h, Quadrant q) {
        if (w <= 0 || h <= 0) {
            return;
        }
        svg.empty("rect", "x", x, "y", y, "width", w, "height", h, "fill", colour(q), "fill-opacity", "0.13");
        svg.element("text", label(q), "x", x + 6, "y", y + 14, "fill", "#333333", "font-weight", "bold",
                "class", "quadrant-label");
    }

    /** One row per scheduled initiative, a bar across the periods it runs, coloured by quadrant. */
    static String roadmap(Roadmap roadmap, List<Initiative> initiatives) {
        Map<String, Initiative> byKey = new HashMap<>();
        initiatives.forEach(i -> byKey.put(i.key(), i));
        List<String> periods = roadmap.periods();
        List<Placement> placements = roadmap.placements();
        double nameWidth = 210;
        double width = 640;
        double colWidth = periods.isEmpty() ? 0 : (width - nameWidth - 4) / periods.size();
        double row = 20;
        double top = 24;
        double height = top + Math.max(1, placements.size()) * row + 8;
        Markup svg = new Markup();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart roadmap", "width", width, "height", height,
                "viewBox", "0 0 " + Markup.number(width) + " " + Markup.number(height),
                "font-family", DiagramRenderer.FONT, "font-size", "10");
        for (int p = 0; p < periods.size(); p++) {
            double x = nameWidth + p * colWidth;
            svg.empty("rect", "x", x, "y", 0.0, "width", colWidth, "height", height, "fill", p % 2 == 0 ? "#f3f5f8" : "#ffffff",
                    "stroke", "#d0d5dd", "stroke-width", 0.6);
            svg.element("text", periods.get(p), "x", x + colWidth / 2, "y", 15.0, "text-anchor", "middle",
                    "font-weight", "bold", "fill", "#222222", "class", "period");
        }
        for (int r = 0; r < placements.size(); r++) {
            Placement p = placements.get(r);
            Initiative i = byKey.get(p.initiativeKey());
            double y = top + r * row;
            String name = i == null ? p.initiativeKey() : i.name();
            Quadrant q = i == null || i.score() == null ? Quadrant.FILL_IN : i.score().quadrant();
            String rank = i == null || i.score() == null ? "" : i.score().rank() + ". ";
            svg.element("text", DiagramRenderer.fit(rank + name, 34), "x", 4.0, "y", y + 13, "fill", "#222222");
            double x = nameWidth + p.periodIndex() * colWidth + 3;
            double w = (p.endPeriodIndex() - p.periodIndex() + 1) * colWidth - 6;
            svg.open("g", "class", "bar", "data-key", p.initiativeKey());
            svg.element("title", name + ": " + p.period() + (p.endPeriod().equals(p.period()) ? "" : " to " + p.endPeriod()));
            svg.empty("rect", "x", x, "y", y + 3, "width", Math.max(4, w), "height", row - 6, "rx", 4.0,
                    "fill", colour(q), "stroke", p.pinned() ? "#222222" : "none", "stroke-width", 1.2);
            if (i != null) {
                svg.element("text", DiagramRenderer.fit(i.effort() + " pts" + (p.pinned() ? " · pinned" : ""), (int) (w / 6)),
                        "x", x + 5, "y", y + 13, "font-size", "9", "fill", ink(q));
            }
            svg.close();
        }
        return svg.close().toString();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(5, v));
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
