package com.gapwise.report;

import com.gapwise.diff.Change;
import com.gapwise.diff.ChangeType;
import com.gapwise.diff.DiffResult;
import com.gapwise.diff.ElementRef;
import com.gapwise.gaps.Gap;
import com.gapwise.gaps.GapStatus;
import com.gapwise.gaps.Severity;
import com.gapwise.metrics.MetricsComparison;
import com.gapwise.portfolio.Application;
import com.gapwise.portfolio.Deployment;
import com.gapwise.portfolio.HeatMap;
import com.gapwise.portfolio.PortfolioAssessment;
import com.gapwise.portfolio.PortfolioSummary;
import com.gapwise.portfolio.Posture;
import com.gapwise.portfolio.PostureRecommendation;
import com.gapwise.strategy.Criterion;
import com.gapwise.strategy.Dependency;
import com.gapwise.strategy.Goal;
import com.gapwise.strategy.Initiative;
import com.gapwise.strategy.PeriodLoad;
import com.gapwise.strategy.Priority;
import com.gapwise.strategy.ProcessAnalysis;
import com.gapwise.strategy.Quadrant;
import com.gapwise.strategy.Requirement;
import com.gapwise.strategy.RoadmapIssue;
import com.gapwise.strategy.ScorePart;
import com.gapwise.strategy.ScoringModel;
import com.gapwise.strategy.StaleDecision;
import com.gapwise.strategy.Strategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The strategy document as one self-contained XHTML page (inline CSS and SVG, nothing fetched), readable in a
 * browser and printable to A4 by {@link PdfReport}. Every model or analyst text goes through {@link Markup},
 * which escapes it.
 */
public final class StrategyReport {

    /** Content width of an A4 page between the margins, in CSS pixels; drawings are scaled to fit. */
    private static final double WIDE_PAGE_WIDTH_PX = 1000;
    /** Two drawings, their captions and the legend fit one landscape page. */
    private static final double DIAGRAM_HEIGHT_PX = 265;
    private static final String CSS = stylesheet();
    private static final Set<String> SUMMARY_FIGURES = Set.of("tasks", "manualTasks", "automatedTasks", "handoffs",
            "waitingPoints");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ReportInput in;
    private final Strategy strategy;
    private final Map<String, Initiative> initiatives = new LinkedHashMap<>();
    private final Map<String, Requirement> requirements = new LinkedHashMap<>();
    private final Map<String, MetricsComparison> metrics = new LinkedHashMap<>();

    private StrategyReport(ReportInput in) {
        this.in = in;
        this.strategy = in.strategy();
        strategy.initiatives().forEach(i -> initiatives.put(i.key(), i));
        strategy.requirements().forEach(r -> requirements.put(r.key(), r));
        // the metrics the analysis computed, with the workspace's lane overrides: the same figures as the diff document
        in.processes().forEach(p -> metrics.put(p.processKey(), p.metrics()));
    }

    /** The document as XHTML (UTF-8 text). */
    public static String html(ReportInput input) {
        return new StrategyReport(input).render();
    }

    private String render() {
        Markup doc = new Markup();
        doc.trusted("<!DOCTYPE html>\n");
        doc.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en");
        doc.open("head");
        doc.empty("meta", "charset", "utf-8");
        doc.element("title", title());
        doc.open("style").trusted(CSS).close();
        doc.close();
        doc.open("body");
        doc.element("div", title(), "class", "running-header");
        cover(doc);
        contents(doc);
        executiveSummary(doc);
        method(doc);
        goals(doc);
        int n = 0;
        for (ProcessAnalysis p : in.processes()) {
            process(doc, p, ++n);
        }
        initiativesChapter(doc);
        roadmapChapter(doc);
        portfolio(doc);
        appendix(doc);
        doc.close().close();
        return doc.toString();
    }

    private String title() {
        return "Service strategy \u2014 " + in.workspaceName();
    }

    // ---- front matter

    private void cover(Markup doc) {
        doc.open("div", "class", "cover");
        doc.element("div", "Current state \u2192 future state", "class", "kicker");
        doc.element("div", in.workspaceName(), "class", "title");
        doc.element("div", "Service transformation strategy: gaps, requirements, initiatives and roadmap",
                "class", "subtitle");
        doc.open("div", "class", "band");
        doc.open("table", "class", "facts");
        fact(doc, "Date", in.date() == null ? "" : DATE.format(in.date()));
        fact(doc, "Processes analysed", in.processes().size());
        fact(doc, "Gaps / requirements", strategy.gaps().size() + " / " + strategy.requirements().size());
        fact(doc, "Initiatives", strategy.initiatives().size() + " in " + strategy.roadmap().periods().size() + " periods");
        doc.close();
        doc.element("p", "Prepared with Gapwise from the BPMN models of the current and future state. Every finding"
                + " traces back to the model elements it comes from.", "class", "muted small");
        doc.close();
        doc.close();
    }

    private static void fact(Markup doc, String name, Object value) {
        doc.open("tr").element("td", name, "class", "muted").open("td").open("b").text(value).close().close().close();
    }

    private void contents(Markup doc) {
        doc.open("h1", "id", "contents").text("Contents").close();
        doc.open("ul", "class", "toc");
        tocEntry(doc, "summary", "Executive summary", false);
        if (!in.method().isEmpty()) {
            tocEntry(doc, "mandate", "Mandate and scope", false);
        }
        if (!in.settings().goals().isEmpty()) {
            tocEntry(doc, "goals", "Goals", false);
        }
        for (ProcessAnalysis p : in.processes()) {
            tocEntry(doc, anchor(p), "Process: " + name(p), false);
        }
        tocEntry(doc, "initiatives", "Initiatives", false);
        tocEntry(doc, "value-risk", "Value and risk", true);
        tocEntry(doc, "roadmap", "Roadmap", false);
        if (!in.settings().applications().isEmpty()) {
            tocEntry(doc, "portfolio", "Application portfolio", false);
        }
        tocEntry(doc, "appendix", "Appendix: method and traceability", false);
        doc.close();
    }

    private static void tocEntry(Markup doc, String id, String text, boolean sub) {
        doc.open("li", "class", sub ? "sub" : null).element("a", text, "href", "#" + id).close();
    }

    private void executiveSummary(Markup doc) {
        doc.element("h1", "Executive summary", "id", "summary");
        long open = strategy.gaps().stream().filter(g -> g.status() != GapStatus.DISMISSED).count();
        long high = strategy.gaps().stream().filter(g -> g.status() != GapStatus.DISMISSED && g.severity() == Severity.HIGH).count();
        Map<Priority, Long> byPriority = count(strategy.requirements(), Requirement::priority, Priority.class);
        Map<Quadrant, Long> byQuadrant = new EnumMap<>(Quadrant.class);
        strategy.initiatives().stream().filter(i -> i.score() != null)
                .forEach(i -> byQuadrant.merge(i.score().quadrant(), 1L, Long::sum));
        doc.open("table", "class", "cards").open("tr");
        card(doc, in.processes().size(), "processes analysed");
        card(doc, open, "gaps to close (" + high + " high severity)");
        card(doc, strategy.requirements().size(), "requirements (" + byPriority.getOrDefault(Priority.MUST, 0L) + " must)");
        card(doc, strategy.initiatives().size(), "initiatives (" + byQuadrant.getOrDefault(Quadrant.QUICK_WIN, 0L)
                + " quick wins)");
        doc.close().close();

        doc.element("p", "Comparing the current-state and future-state models of " + in.processes().size()
                + " process" + (in.processes().size() == 1 ? "" : "es") + " shows " + open + " gap"
                + (open == 1 ? "" : "s") + " between how service is delivered today and how it is meant to be delivered. "
                + "They translate into " + strategy.requirements().size() + " requirements, bundled into "
                + strategy.initiatives().size() + " initiatives that are scored on value and risk and scheduled over "
                + strategy.roadmap().periods().size() + " roadmap periods.");
        List<Initiative> top = strategy.initiatives().stream().limit(5).toList();
        if (!top.isEmpty()) {
            doc.element("h2", "Priorities");
            doc.open("table").open("thead").open("tr");
            header(doc, "#", "Initiative", "Quadrant", "Value", "Risk", "Period");
            doc.close().close().open("tbody");
            for (Initiative i : top) {
                doc.open("tr");
                doc.element("td", rank(i), "class", "num");
                doc.element("td", i.name());
                quadrantCell(doc, i);
                doc.element("td", i.score() == null ? "" : Charts.fmt(i.score().value()), "class", "num");
                doc.element("td", i.score() == null ? "" : Charts.fmt(i.score().risk()), "class", "num");
                doc.element("td", period(i.key()));
                doc.close();
            }
            doc.close().close();
        }
        if (!metrics.isEmpty()) {
            doc.element("h2", "What the future state changes");
            doc.open("table").open("thead").open("tr");
            doc.element("th", "Process");
            MetricsComparison any = metrics.values().iterator().next();
            for (MetricsComparison.Row r : any.rows()) {
                if (SUMMARY_FIGURES.contains(r.key())) {
                    doc.element("th", r.label(), "class", "num");
                }
            }
            doc.close().close().open("tbody");
            for (ProcessAnalysis p : in.processes()) {
                doc.open("tr").element("td", name(p));
                for (MetricsComparison.Row r : metrics.get(p.processKey()).rows()) {
                    if (SUMMARY_FIGURES.contains(r.key())) {
                        doc.element("td", r.current() + " \u2192 " + r.future(), "class", "num");
                    }
                }
                doc.close();
            }
            doc.close().close();
            doc.element("p", "Current \u2192 future state, counted on the models. Each process chapter has the full table.",
                    "class", "muted small");
        }
    }

    private static void card(Markup doc, Object figure, String caption) {
        doc.open("td").open("div", "class", "card").element("div", figure, "class", "figure")
                .element("div", caption, "class", "caption").close().close();
    }

    /** Charter summary and shortlisted processes: shown only when the method's front matter exists. */
    private void method(Markup doc) {
        if (in.method().isEmpty()) {
            return;
        }
        doc.element("h1", "Mandate and scope", "id", "mandate");
        for (ReportInput.Narrative n : in.method()) {
            doc.element("h2", n.title());
            n.paragraphs().forEach(p -> doc.element("p", p));
            if (!n.table().isEmpty()) {
                doc.open("table").open("thead").open("tr");
                n.table().get(0).forEach(h -> doc.element("th", h));
                doc.close().close().open("tbody");
                n.table().stream().skip(1).forEach(row -> {
                    doc.open("tr");
                    row.forEach(c -> doc.element("td", c));
                    doc.close();
                });
                doc.close().close();
            }
        }
    }

    private void goals(Markup doc) {
        List<Goal> goals = in.settings().goals();
        if (goals.isEmpty()) {
            return;
        }
        doc.element("h1", "Goals", "id", "goals");
        doc.element("p", "The goals the initiatives are scored against (goal alignment is one of the value criteria).");
        doc.open("table").open("thead").open("tr");
        header(doc, "Goal", "Weight", "Keywords and capabilities", "Aligned initiatives");
        doc.close().close().open("tbody");
        for (Goal g : goals) {
            List<String> aligned = strategy.initiatives().stream()
                    .filter(i -> g.initiativeKeys().contains(i.key()) || g.capabilities().contains(i.capability()))
                    .map(Initiative::name).toList();
            doc.open("tr").element("td", g.name()).element("td", Charts.fmt(g.weight()), "class", "num")
                    .element("td", String.join(", ", g.keywords())
                            + (g.capabilities().isEmpty() ? "" : "; " + g.capabilities().stream().map(c -> c.label())
                            .collect(Collectors.joining(", "))))
                    .element("td", aligned.isEmpty() ? "by keyword (see scores)" : String.join(", ", aligned))
                    .close();
        }
        doc.close().close();
    }

    // ---- per process

    private void process(Markup doc, ProcessAnalysis p, int number) {
        DiffResult diff = p.diff();
        doc.open("div", "class", "process");
        doc.open("h1", "id", anchor(p), "style", "page-break-before: auto").text(number + ". " + name(p)).close();
        Map<ChangeType, Long> byType = count(diff.changes(), Change::type, ChangeType.class);
        doc.open("table", "class", "cards").open("tr");
        card(doc, diff.matches().size(), "elements matched");
        card(doc, diff.added().size(), "added in the future state");
        card(doc, diff.removed().size(), "removed");
        card(doc, diff.changes().size(), "changes on matched elements");
        doc.close().close();

        // both states on one landscape page, so that they can be compared side by side in print
        Highlights marks = Highlights.of(diff);
        doc.open("div", "class", "diagrams");
        diagram(doc, name(p) + ": current state", DiagramRenderer.svg(p.current(), marks.current(),
                "c" + p.processKey(), WIDE_PAGE_WIDTH_PX, DIAGRAM_HEIGHT_PX));
        diagram(doc, name(p) + ": future state", DiagramRenderer.svg(p.future(), marks.future(),
                "f" + p.processKey(), WIDE_PAGE_WIDTH_PX, DIAGRAM_HEIGHT_PX));
        doc.trusted(DiagramRenderer.legend());
        doc.close();

        doc.element("h2", "Changes");
        if (!byType.isEmpty()) {
            doc.element("p", byType.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().inWords())
                    .collect(Collectors.joining(", ")) + ".");
        }
        doc.open("table", "class", "split").open("tr");
        elementList(doc, "Added", diff.added());
        elementList(doc, "Removed", diff.removed());
        doc.close().close();
        List<Change> named = diff.changes().stream()
                .filter(c -> c.type() == ChangeType.RENAMED || c.type() == ChangeType.MOVED_LANE
                        || c.type() == ChangeType.AUTOMATED || c.type() == ChangeType.DE_AUTOMATED
                        || c.type() == ChangeType.TYPE_CHANGED || c.type() == ChangeType.EVENT_CHANGED)
                .toList();
        if (!named.isEmpty()) {
            doc.open("table").open("thead").open("tr");
            header(doc, "Element", "What changed", "Before", "After");
            doc.close().close().open("tbody");
            for (Change c : named) {
                doc.open("tr").element("td", c.name()).element("td", c.type().inWords())
                        .element("td", c.before()).element("td", c.after()).close();
            }
            doc.close().close();
        }

        doc.element("h2", "Service metrics");
        doc.open("table").open("thead").open("tr");
        header(doc, "Metric", "Current", "Future", "Change");
        doc.close().close().open("tbody");
        for (MetricsComparison.Row r : metrics.get(p.processKey()).rows()) {
            doc.open("tr").element("td", r.label()).element("td", r.current(), "class", "num")
                    .element("td", r.future(), "class", "num").element("td", r.change(), "class", "num").close();
        }
        doc.close().close();

        List<Gap> gaps = strategy.gaps().stream().filter(g -> g.processKey().equals(p.processKey())).toList();
        doc.element("h2", "Gaps (" + gaps.size() + ")");
        if (gaps.isEmpty()) {
            doc.element("p", "No gaps: the future state matches the current state.", "class", "muted");
        } else {
            doc.open("table", "class", "gaps").open("thead").open("tr");
            header(doc, "Gap", "Type", "Severity", "Status");
            doc.close().close().open("tbody");
            for (Gap g : gaps) {
                doc.open("tr").open("td").open("b").text(g.title()).close().open("div", "class", "muted small")
                        .text(g.description()).close().close();
                doc.element("td", g.type().label());
                doc.open("td").element("span", g.severity().name().toLowerCase(Locale.ROOT), "class",
                        "pill sev-" + g.severity().name()).close();
                doc.element("td", g.status().name().toLowerCase(Locale.ROOT)
                        + (g.statusNote().isEmpty() ? "" : ": " + g.statusNote()));
                doc.close();
            }
            doc.close().close();
        }

        List<Requirement> reqs = strategy.requirements().stream().filter(r -> r.processKey().equals(p.processKey())).toList();
        doc.element("h2", "Requirements (" + reqs.size() + ")");
        if (!reqs.isEmpty()) {
            doc.open("table", "class", "requirements").open("thead").open("tr");
            header(doc, "Requirement", "MoSCoW", "Type", "Capability", "Initiative");
            doc.close().close().open("tbody");
            for (Requirement r : reqs) {
                doc.open("tr").element("td", r.text());
                doc.open("td").element("span", r.priority().name(), "class", "pill pri-" + r.priority().name()).close();
                doc.element("td", r.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                doc.element("td", r.capability() == null ? "" : r.capability().label());
                Initiative i = r.initiativeKey() == null ? null : initiatives.get(r.initiativeKey());
                doc.element("td", i == null ? "" : i.name());
                doc.close();
            }
            doc.close().close();
        }
        doc.close();
    }

    private static void diagram(Markup doc, String caption, String svg) {
        doc.open("div", "class", "diagram").element("div", caption, "class", "caption");
        if (svg == null) {
            doc.element("p", caption.endsWith("current state") ? "No current-state model (a new process)."
                    : "The model has no diagram data to draw.", "class", "muted");
        } else {
            doc.trusted(svg);
        }
        doc.close();
    }

    private static void elementList(Markup doc, String title, List<ElementRef> refs) {
        doc.open("td", "style", "width: 50%").element("h3", title + " (" + refs.size() + ")");
        if (!refs.isEmpty()) {
            doc.open("ul", "class", "small");
            refs.stream().limit(25).forEach(r -> doc.element("li", Gap.nameOf(r) + " \u2014 " + type(r.type())
                    + (r.lane() == null ? "" : ", " + r.lane())));
            if (refs.size() > 25) {
                doc.element("li", "\u2026 and " + (refs.size() - 25) + " more", "class", "muted");
            }
            doc.close();
        }
        doc.close();
    }

    // ---- initiatives and roadmap

    private void initiativesChapter(Markup doc) {
        doc.element("h1", "Initiatives", "id", "initiatives");
        List<Initiative> all = strategy.initiatives();
        doc.element("p", all.size() + " initiatives bundle the requirements by the application or capability they"
                + " concern. Each is scored 0\u20135 on value (goal alignment, customer impact, gaps closed) and on risk"
                + " (complexity, integrations, organisational change, new systems, dependencies).");
        doc.open("table", "class", "initiatives").open("thead").open("tr");
        header(doc, "#", "Initiative", "Capability", "Quadrant", "Value", "Risk", "Effort", "Req.");
        doc.close().close().open("tbody");
        for (Initiative i : all) {
            doc.open("tr").element("td", rank(i), "class", "num").element("td", i.name())
                    .element("td", i.capability() == null ? "" : i.capability().label());
            quadrantCell(doc, i);
            doc.element("td", i.score() == null ? "" : Charts.fmt(i.score().value()), "class", "num")
                    .element("td", i.score() == null ? "" : Charts.fmt(i.score().risk()), "class", "num")
                    .element("td", i.effort(), "class", "num")
                    .element("td", i.requirementKeys().size(), "class", "num").close();
        }
        doc.close().close();

        doc.open("div", "class", "chart-box");
        doc.element("h2", "Value and risk", "id", "value-risk");
        ScoringModel scoring = in.settings().scoring();
        doc.element("p", "High value from " + Charts.fmt(scoring.highValueFrom()) + ", high risk from "
                + Charts.fmt(scoring.highRiskFrom()) + ". Dots carry the initiative's rank.", "class", "muted small");
        doc.trusted(Charts.valueRisk(all, scoring));
        doc.close();

        doc.element("h2", "Initiatives in detail");
        for (Initiative i : all) {
            doc.open("div", "class", "initiative", "id", "initiative-" + safe(i.key()));
            doc.open("h3").text(rank(i) + ". " + i.name() + "  ");
            if (i.score() != null) {
                doc.element("span", Charts.label(i.score().quadrant()), "class", "pill",
                        "style", "background: " + Charts.colour(i.score().quadrant()) + "; color: " + Charts.ink(i.score().quadrant()));
            }
            doc.close();
            if (i.score() != null) {
                doc.element("p", "Value " + Charts.fmt(i.score().value()) + ", risk " + Charts.fmt(i.score().risk())
                        + ", effort " + i.effort() + " points, " + period(i.key()) + ". " + i.score().quadrantReason());
            }
            doc.element("p", i.bundleReason() + (i.effortReason() == null ? "" : " Effort: " + i.effortReason()),
                    "class", "muted small");
            if (i.score() != null && !i.score().parts().isEmpty()) {
                doc.open("table").open("thead").open("tr");
                header(doc, "Criterion", "Rating", "Weight", "Why");
                doc.close().close().open("tbody");
                for (ScorePart part : i.score().parts()) {
                    doc.open("tr").element("td", (part.dimension() == Criterion.Dimension.VALUE ? "value: " : "risk: ")
                                    + part.criterion().label())
                            .element("td", Charts.fmt(part.raw()), "class", "num")
                            .element("td", Charts.fmt(part.weight()), "class", "num").element("td", part.why()).close();
                }
                doc.close().close();
            }
            List<String> texts = i.requirementKeys().stream().map(requirements::get).filter(r -> r != null)
                    .map(r -> r.priority().name() + ": " + r.text()).toList();
            if (!texts.isEmpty()) {
                doc.open("ul", "class", "small");
                texts.forEach(t -> doc.element("li", t));
                doc.close();
            }
            if (!i.dependsOn().isEmpty()) {
                doc.element("p", "Depends on: " + i.dependsOn().stream()
                        .map(d -> nameOf(d) + " (" + d.reason() + ")").collect(Collectors.joining("; ")), "class", "small");
            }
            doc.close();
        }
    }

    private void roadmapChapter(Markup doc) {
        doc.element("h1", "Roadmap", "id", "roadmap");
        var roadmap = strategy.roadmap();
        doc.element("p", "Initiatives placed by priority, dependencies and the capacity of each period. Bars are"
                + " coloured by quadrant; a framed bar was pinned by an analyst.");
        doc.open("div", "class", "chart-box").trusted(Charts.roadmap(roadmap, strategy.initiatives())).close();
        if (!roadmap.load().isEmpty()) {
            doc.element("h2", "Capacity");
            doc.open("table").open("thead").open("tr");
            header(doc, "Period", "Used", "Capacity");
            doc.close().close().open("tbody");
            for (PeriodLoad l : roadmap.load()) {
                doc.open("tr").element("td", l.period()).element("td", l.used(), "class", "num")
                        .element("td", l.capacity(), "class", "num").close();
            }
            doc.close().close();
        }
        if (!roadmap.unscheduled().isEmpty()) {
            doc.element("h2", "Not scheduled");
            doc.open("ul");
            roadmap.unscheduled().forEach(k -> doc.element("li", initiatives.containsKey(k) ? initiatives.get(k).name() : k));
            doc.close();
        }
        if (!roadmap.issues().isEmpty()) {
            doc.element("h2", "Scheduling notes");
            doc.open("ul", "class", "small");
            for (RoadmapIssue issue : roadmap.issues()) {
                doc.element("li", issue.message());
            }
            doc.close();
        }
    }

    /**
     * Portfolio posture, shown when the workspace has an application portfolio: each application's posture with
     * the rule and figures behind it (and the analyst's override next to it), the overall summary, and the
     * heat map of processes against applications.
     */
    private void portfolio(Markup doc) {
        List<Application> apps = in.settings().applications();
        PortfolioAssessment portfolio = strategy.portfolio();
        if (apps.isEmpty()) {
            return;
        }
        doc.open("div", "class", "portfolio-section");
        doc.element("h1", "Application portfolio", "id", "portfolio");
        PortfolioSummary s = portfolio.summary();
        doc.element("p", apps.size() + " applications, annual cost " + money(s.totalCost()) + ": SaaS "
                + s.saas().applications() + " (" + percent(s.saas().costShare()) + " of the cost), on-premise "
                + s.onPremise().applications() + " (" + percent(s.onPremise().costShare()) + "). Postures: "
                + s.postures().entrySet().stream().map(e -> e.getValue() + " " + e.getKey().verb().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(", ")) + ".");
        doc.element("p", "Suite or point solutions: " + switch (s.architecture()) {
            case "SUITE" -> "leaning to a suite. ";
            case "POINT_SOLUTIONS" -> "point solutions. ";
            default -> "not yet known. ";
        } + s.architectureReason() + " Future-state tasks supported by no application: " + s.unsupportedFutureTasks()
                + " of " + (s.supportedFutureTasks() + s.unsupportedFutureTasks()) + ".");

        doc.element("h2", "Posture per application");
        doc.open("table", "class", "portfolio").open("thead").open("tr");
        header(doc, "Application", "Vendor", "Deployment", "Annual cost", "Fit", "Integr.", "Health", "Posture",
                "Why", "Initiatives");
        doc.close().close().open("tbody");
        for (Application a : apps) {
            PostureRecommendation p = portfolio.posture(a.key());
            List<String> touching = strategy.initiatives().stream()
                    .filter(i -> i.key().equals("I-app-" + a.key()) || a.name().equals(i.application()))
                    .map(Initiative::name).toList();
            doc.open("tr").element("td", a.name()).element("td", a.vendor())
                    .element("td", a.deployment() == Deployment.SAAS ? "SaaS" : "on-premise")
                    .element("td", money(a.annualCost()), "class", "num")
                    .element("td", score(a.functionalFit()), "class", "num")
                    .element("td", score(a.integration()), "class", "num")
                    .element("td", score(a.technicalHealth()), "class", "num");
            doc.open("td").open("b").text(p.posture().verb()).close();
            if (p.overridden()) {
                doc.text(" (analyst; rules: " + p.recommended().verb().toLowerCase(Locale.ROOT) + ")");
            }
            doc.close();
            doc.open("td").text(p.overridden() ? "Analyst: " + p.overrideReason() + ". Rule " + p.rule() + ": "
                    + p.rationale() : "Rule " + p.rule() + " (" + p.condition() + "): " + p.rationale()).close();
            doc.element("td", touching.isEmpty() ? "none: no change planned" : String.join(", ", touching));
            doc.close();
        }
        doc.close().close();

        doc.element("h2", "Heat map: processes against applications");
        doc.element("p", "Each cell: tasks the application supports in the current / future model; shaded by the"
                + " application's posture (retain blue, enhance yellow, replace orange, retire grey).", "class", "muted small");
        doc.open("table", "class", "heatmap").open("thead").open("tr");
        doc.element("th", "Process");
        for (HeatMap.Column c : portfolio.heatMap().applications()) {
            doc.element("th", c.name() + " (" + c.posture().verb().toLowerCase(Locale.ROOT) + ")", "class", "num");
        }
        doc.close().close().open("tbody");
        for (HeatMap.Row row : portfolio.heatMap().processes()) {
            doc.open("tr").element("td", row.processName().isBlank() ? "Process " + row.processKey() : row.processName());
            for (int i = 0; i < row.cells().size(); i++) {
                HeatMap.Cell cell = row.cells().get(i);
                Posture posture = portfolio.heatMap().applications().get(i).posture();
                boolean empty = cell.currentTasks() + cell.futureTasks() == 0;
                doc.element("td", empty ? "\u2013" : cell.currentTasks() + " / " + cell.futureTasks(),
                        "class", "num" + (empty ? "" : " posture-" + posture.name().toLowerCase(Locale.ROOT)));
            }
            doc.close();
        }
        doc.close().close();
        doc.close();
    }

    private static String money(double amount) {
        return String.format(Locale.ENGLISH, "%,.0f", amount);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String score(Integer score) {
        return score == null ? "\u2013" : String.valueOf(score);
    }

    private void appendix(Markup doc) {
        doc.element("h1", "Appendix: method and traceability", "id", "appendix");
        doc.element("h2", "How the findings were made");
        doc.element("p", "Each process's current-state and future-state BPMN models were matched element by element"
                + " (labels, types, lanes and neighbours). The differences are classified into gaps by rules; each gap"
                + " yields requirements with a MoSCoW priority; requirements are bundled into initiatives, scored and"
                + " scheduled. In the diagrams, highlights use colour-blind-safe colours and a letter badge.");
        doc.element("h2", "Scoring model");
        ScoringModel scoring = in.settings().scoring();
        doc.open("table").open("thead").open("tr");
        header(doc, "Criterion", "Dimension", "Weight");
        doc.close().close().open("tbody");
        scoring.weights().forEach((c, w) -> doc.open("tr").element("td", c.label())
                .element("td", c.dimension().name().toLowerCase(Locale.ROOT)).element("td", Charts.fmt(w), "class", "num").close());
        doc.close().close();
        Map<String, String> rules = new LinkedHashMap<>();
        strategy.gaps().forEach(g -> rules.putIfAbsent(g.rule().title(), g.rationale()));
        if (!rules.isEmpty()) {
            doc.element("h2", "Gap rules that fired");
            doc.open("table").open("thead").open("tr");
            header(doc, "Rule", "Rationale");
            doc.close().close().open("tbody");
            rules.forEach((t, r) -> doc.open("tr").element("td", t).element("td", r).close());
            doc.close().close();
        }
        if (!strategy.warnings().isEmpty() || !strategy.staleDecisions().isEmpty()) {
            doc.element("h2", "Notes on the inputs");
            doc.open("ul", "class", "small");
            strategy.warnings().forEach(w -> doc.element("li", w));
            for (StaleDecision s : strategy.staleDecisions()) {
                doc.element("li", "Decision on " + s.key() + " no longer applies: " + s.reason());
            }
            doc.close();
        }
    }

    // ---- helpers

    private String period(String initiativeKey) {
        return strategy.roadmap().placements().stream().filter(p -> p.initiativeKey().equals(initiativeKey))
                .findFirst().map(p -> p.period().equals(p.endPeriod()) ? p.period() : p.period() + "\u2013" + p.endPeriod())
                .orElse("not scheduled");
    }

    private String nameOf(Dependency d) {
        Initiative i = initiatives.get(d.initiativeKey());
        return i == null ? d.initiativeKey() : i.name();
    }

    private static void quadrantCell(Markup doc, Initiative i) {
        doc.open("td");
        if (i.score() != null) {
            Quadrant q = i.score().quadrant();
            doc.element("span", Charts.label(q), "class", "pill quadrant", "style",
                    "background: " + Charts.colour(q) + "; color: " + Charts.ink(q));
        }
        doc.close();
    }

    private static String rank(Initiative i) {
        return i.score() == null ? "" : String.valueOf(i.score().rank());
    }

    private static void header(Markup doc, String... names) {
        for (String n : names) {
            boolean numeric = Set.of("#", "Value", "Risk", "Effort", "Req.", "Weight", "Rating", "Used", "Capacity",
                    "Current", "Future", "Change").contains(n);
            doc.element("th", n, "class", numeric ? "num" : null);
        }
    }

    private static String name(ProcessAnalysis p) {
        return p.processName().isBlank() ? "Process " + p.processKey() : p.processName();
    }

    private static String anchor(ProcessAnalysis p) {
        return "process-" + safe(p.processKey());
    }

    /** Keys become anchors: keep them to characters every id and URL fragment allows. */
    private static String safe(String key) {
        return key.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String type(String xmlName) {
        return xmlName == null ? "" : xmlName.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }

    private static <T, K extends Enum<K>> Map<K, Long> count(List<T> items, Function<T, K> key, Class<K> type) {
        Map<K, Long> counts = new EnumMap<>(type);
        items.forEach(i -> counts.merge(key.apply(i), 1L, Long::sum));
        return counts;
    }

    private static String stylesheet() {
        try (InputStream css = StrategyReport.class.getResourceAsStream("report.css")) {
            return new String(css.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
