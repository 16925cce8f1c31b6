package com.gapwise.workspace;

import com.gapwise.report.PdfReport;
import com.gapwise.report.ReportInput;
import com.gapwise.report.StrategyReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
    private final Clock clock;

    StrategyDocument(Catalogue catalogue, Analysis analysis, Clock clock) {
        this.catalogue = catalogue;
        this.analysis = analysis;
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
        // the charter, shortlist and portfolio posture join here once the method's front matter is stored
        return new ReportInput(w.getName(), LocalDate.now(clock), a.processes(), a.strategy(), a.settings(), List.of());
    }
}
