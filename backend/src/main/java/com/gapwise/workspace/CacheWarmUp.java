package com.gapwise.workspace;

import com.gapwise.report.PdfReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After start, parses the latest models and diffs them in the background, so that the first
 * change on a fresh instance re-derives as fast as later ones, then prints a small PDF so that the
 * first report does not load the PDF renderer. Reads only; off with {@code gapwise.warm-up.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "gapwise.warm-up.enabled", havingValue = "true", matchIfMissing = true)
class CacheWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(CacheWarmUp.class);

    private final Repositories.Workspaces workspaces;
    private final Analysis analysis;
    private final TransactionTemplate tx;

    CacheWarmUp(Repositories.Workspaces workspaces, Analysis analysis, TransactionTemplate tx) {
        this.workspaces = workspaces;
        this.analysis = analysis;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                for (Workspace w : workspaces.findAllByOrderByIdAsc()) {
                    tx.executeWithoutResult(status -> {
                        status.setRollbackOnly();
                        analysis.warm(w.getId());
                    });
                }
                LOG.info("caches warmed in {} ms", (System.nanoTime() - t0) / 1_000_000);
                // the first report.pdf then pays neither for loading the renderer nor for parsing the fonts
                long t1 = System.nanoTime();
                PdfReport.warmUp();
                LOG.info("PDF renderer warmed in {} ms", (System.nanoTime() - t1) / 1_000_000);
            } catch (RuntimeException e) {
                // only a cache (and a warm-up): the next derivation fills it anyway
                LOG.warn("warming the caches failed: {}", e.toString());
            }
        }, "gapwise-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
