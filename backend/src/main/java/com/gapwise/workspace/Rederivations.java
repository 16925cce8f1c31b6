package com.gapwise.workspace;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-derives workspaces after model uploads, coalescing them. Deriving a workspace takes hundreds
 * of milliseconds; if every upload derived in its own transaction, 50 clients uploading would queue
 * 50 derivations behind the workspace lock. Instead an upload commits its model first and then waits
 * here: one derivation per workspace runs at a time, and every upload that committed before it
 * started is covered by it; uploads that commit meanwhile wait for the next run, which picks all of
 * them up at once.
 *
 * <p>Consistency rule: an upload is answered only after a derivation that started after its commit
 * has committed, so every read issued after a 2xx answer reflects the upload. Until then other
 * clients read the previous snapshot. Derivations hold the workspace row lock, so across instances
 * the last one stored is the newest. A model stored but never derived (the process died in between)
 * is derived at the next start: the snapshot records the newest model version it saw.
 */
@Component
class Rederivations {

    private static final Logger LOG = LoggerFactory.getLogger(Rederivations.class);

    /** The coalescing state of one workspace; guarded by its own monitor. */
    private static final class Lane {
        long requested;
        long done;
        boolean running;
    }

    private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();
    private final Repositories.Workspaces workspaces;
    private final Analysis analysis;
    private final TransactionTemplate tx;

    Rederivations(Repositories.Workspaces workspaces, Analysis analysis, TransactionTemplate tx) {
        this.workspaces = workspaces;
        this.analysis = analysis;
        this.tx = tx;
    }

    /**
     * Returns once a derivation of the workspace that started after this call has committed; runs it
     * in the calling thread unless one is running already. Call after the change has committed.
     */
    void awaitFreshDerivation(long workspaceId) {
        Lane lane = lanes.computeIfAbsent(workspaceId, k -> new Lane());
        long ticket;
        synchronized (lane) {
            ticket = ++lane.requested;
        }
        while (true) {
            long covers;
            synchronized (lane) {
                while (lane.running && lane.done < ticket) {
                    try {
                        lane.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for the derivation", e);
                    }
                }
                if (lane.done >= ticket) {
                    return;
                }
                lane.running = true;
                covers = lane.requested; // every ticket issued so far committed before this run starts
            }
            boolean ok = false;
            try {
                derive(workspaceId);
                ok = true;
            } finally {
                synchronized (lane) {
                    lane.running = false;
                    if (ok) {
                        lane.done = Math.max(lane.done, covers);
                    }
                    // on failure the next waiter runs again; this caller sees the exception
                    lane.notifyAll();
                }
            }
        }
    }

    private void derive(long workspaceId) {
        tx.executeWithoutResult(status -> {
            workspaces.lockById(workspaceId).orElseThrow(
                    () -> new NotFoundException("workspace " + workspaceId + " does not exist"));
            analysis.rederive(workspaceId);
        });
    }

    /** Derives, in the background, the workspaces whose last derivation predates their newest model. */
    @EventListener(ApplicationReadyEvent.class)
    void catchUpAfterStart() {
        Thread t = new Thread(() -> {
            try {
                for (Workspace w : workspaces.findAllByOrderByIdAsc()) {
                    if (Boolean.TRUE.equals(tx.execute(s -> analysis.behindModels(w.getId())))) {
                        LOG.info("workspace {} has models newer than its strategy: re-deriving", w.getId());
                        awaitFreshDerivation(w.getId());
                    }
                }
            } catch (RuntimeException e) {
                LOG.error("catching up the derivations after start failed", e);
            }
        }, "gapwise-catch-up");
        t.setDaemon(true);
        t.start();
    }
}
