package com.gapwise.workspace;

import com.gapwise.report.PdfReport;
import com.gapwise.report.ReportInput;
import com.gapwise.report.StrategyReport;
import java.time.Clock;
import java.time.LocalDate;
import com.gapwise.method.ProjectCharter;
import com.gapwise.method.Shortlisting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The strategy document of a workspace, rendered from its latest models, settings and decisions (the same
 * inputs as the stored strategy, so the two agree).
 */
@Service
public class StrategyDocument {

    private static final Logger LOG = LoggerFactory.getLogger(StrategyDocument.class);

    private final Catalogue catalogue;
    private final Analysis analysis;
    private final MethodBoard method;
    private final Clock clock;

    StrategyDocument(Catalogue catalogue, Analysis analysis, MethodBoard method, Clock clock) {
        this.catalogue = catalogue;
        this.analysis = analysis;
        this.method = method;
        this.clock = clock;
    }

    /** The document as self-contained XHTML. */
    @Transactional(readOnly = true)
    public String html(long workspaceId) {
        long t0 = System.nanoTime();
        String html = StrategyReport.html(input(workspaceId));
        LOG.info("report.html of workspace {}: {} ms, {} KB", workspaceId, (System.nanoTime() - t0) / 1_000_000,
                html.length() / 1024);
        return html;
    }

    /** The document as an A4 PDF. */
    @Transactional(readOnly = true)
    public byte[] pdf(long workspaceId) {
        long t0 = System.nanoTime();
        ReportInput input = input(workspaceId);
        byte[] pdf = PdfReport.pdf(StrategyReport.html(input), input.workspaceName());
        LOG.info("report.pdf of workspace {}: {} ms, {} KB", workspaceId, (System.nanoTime() - t0) / 1_000_000,
                pdf.length / 1024);
        return pdf;
    }

    /** The workspace's name, for the document's file name. */
    @Transactional(readOnly = true)
    public String name(long workspaceId) {
        return catalogue.workspace(workspaceId).getName();
    }

    private ReportInput input(long workspaceId) {
        Workspace w = catalogue.workspace(workspaceId);
        Analysis.Analysed a = analysis.analyse(workspaceId);
        return new ReportInput(w.getName(), LocalDate.now(clock), a.processes(), a.strategy(), a.settings(),
                frontMatter(workspaceId));
    }

    /** The method's deliverables that precede the analysis: charter, shortlist, success metrics (each when present). */
    private List<ReportInput.Narrative> frontMatter(long workspaceId) {
        List<ReportInput.Narrative> sections = new ArrayList<>();
        ProjectCharter charter = method.charter(workspaceId).charter();
        if (!charter.equals(ProjectCharter.EMPTY)) {
            List<String> paragraphs = new ArrayList<>();
            if (!charter.purpose().isEmpty()) {
                paragraphs.add("Purpose: " + charter.purpose());
            }
            if (!charter.scope().isEmpty()) {
                paragraphs.add("Scope: " + charter.scope());
            }
            List<List<String>> table = new ArrayList<>();
            table.add(List.of("", ""));
            table.add(List.of("Sponsor", charter.sponsor()));
            table.add(List.of("Timeline", (charter.startDate() == null ? "open" : charter.startDate().toString()) + " to "
                    + (charter.endDate() == null ? "open" : charter.endDate().toString())));
            table.add(List.of("Stakeholders", String.join(", ", charter.stakeholders())));
            table.add(List.of("Deliverables", String.join(", ", charter.deliverables())));
            sections.add(new ReportInput.Narrative("Project charter", paragraphs, table));
        }
        Shortlisting.Result shortlist = method.shortlist(workspaceId, Shortlisting.Rule.DEFAULT);
        boolean scored = shortlist.ranking().stream().anyMatch(r -> r.terms().stream().anyMatch(t -> t.score() != null));
        if (scored) {
            List<List<String>> table = new ArrayList<>();
            table.add(List.of("Rank", "Process", "Level", "Weighted score", "Model next"));
            shortlist.ranking().forEach(r -> table.add(List.of(String.valueOf(r.rank()), r.process().name(),
                    "L" + r.process().level(), String.format(Locale.ROOT, "%.2f", r.total()), r.shortlisted() ? "yes" : "")));
            sections.add(new ReportInput.Narrative("Process shortlist",
                    List.of("Processes scored against the weighted goals; " + shortlist.ruleText() + "."), table));
        }
        List<SuccessMetric> metrics = method.successMetrics(workspaceId);
        if (!metrics.isEmpty()) {
            List<List<String>> table = new ArrayList<>();
            table.add(List.of("Metric", "Unit", "Current", "Target", "Direction", "Initiatives"));
            metrics.forEach(m -> table.add(List.of(m.getName(), m.getUnit() == null ? "" : m.getUnit(),
                    m.getCurrentValue() == null ? "" : String.valueOf(m.getCurrentValue()), String.valueOf(m.getTarget()),
                    m.getDirection().name().toLowerCase(Locale.ROOT), String.join(", ", m.getInitiativeKeys()))));
            sections.add(new ReportInput.Narrative("Success metrics", List.of(), table));
        }
        return sections;
    }
}
