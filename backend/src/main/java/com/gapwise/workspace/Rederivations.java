package com.gapwise.workspace;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-derives workspaces after model uploads, coalescing them. Deriving a workspace takes hundreds
 * of milliseconds; if every upload derived in its own transaction, 50 clients uploading would queue
 * 50 derivations behind the workspace lock. Instead an upload commits its model first and then
 * waits here (without holding a request thread): one derivation per workspace runs at a time, and
 * every upload committed while it runs waits for the next run, which picks all of them up at once.
 * So at most one derivation per workspace is queued, whatever the number of clients.
 *
 * <p>Consistency rule: an upload is answered only after a derivation that started after its commit
 * has committed, so every read issued after a 2xx answer reflects the upload. Until then other
 * clients read the previous snapshot. Derivations hold the workspace row lock, so across instances
 * the last one stored is the newest. A model stored but never derived (the process died in between)
 * is derived at the next start: the snapshot records how many model versions it saw. So is a workspace another build
 * derived (an upgrade): the snapshot records the build.
 */
@Component
class Rederivations implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Rederivations.class);

    /** The derivations of one workspace; guarded by its own monitor. */
    private static final class Lane {
        /** The derivation under way, null when idle. */
        CompletableFuture<Void> running;
        /** The run after it, for the changes committed while it runs; null when none is waiting. */
        CompletableFuture<Void> next;
    }

    private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();
    private final Repositories.Workspaces workspaces;
    private final Analysis analysis;
    private final TransactionTemplate tx;
    /** One derivation per core at a time; its queue holds at most one run per workspace. */
    private final ExecutorService executor;

    Rederivations(Repositories.Workspaces workspaces, Analysis analysis, TransactionTemplate tx) {
        this.workspaces = workspaces;
        this.analysis = analysis;
        this.tx = tx;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "gapwise-derive-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Completes once a derivation of the workspace that started after this call has committed
     * (exceptionally when it failed). Call after the change has committed.
     */
    CompletableFuture<Void> afterCommit(long workspaceId) {
        Lane lane = lanes.computeIfAbsent(workspaceId, k -> new Lane());
        synchronized (lane) {
            if (lane.running == null) {
                CompletableFuture<Void> run = new CompletableFuture<>();
                lane.running = run;
                executor.execute(() -> run(workspaceId, lane, run));
                return run;
            }
            // the running derivation may have read the models before this commit: join the next one
            if (lane.next == null) {
                lane.next = new CompletableFuture<>();
            }
            return lane.next;
        }
    }

    private void run(long workspaceId, Lane lane, CompletableFuture<Void> run) {
        try {
            tx.executeWithoutResult(status -> {
                workspaces.lockById(workspaceId).orElseThrow(
                        () -> new NotFoundException("workspace " + workspaceId + " does not exist"));
                analysis.rederive(workspaceId);
            });
            run.complete(null);
        } catch (RuntimeException | Error e) {
            LOG.error("deriving workspace {} failed", workspaceId, e);
            run.completeExceptionally(e);
        }
        CompletableFuture<Void> next;
        synchronized (lane) {
            next = lane.next;
            lane.next = null;
            lane.running = next;
        }
        if (next != null) {
            executor.execute(() -> run(workspaceId, lane, next));
        }
    }

    /**
     * Derives, in the background, the workspaces whose last derivation predates some of their models or was made by
     * another build of the engine.
     */
    @EventListener(ApplicationReadyEvent.class)
    void catchUpAfterStart() {
        executor.execute(() -> {
            try {
                for (Workspace w : workspaces.findAllByOrderByIdAsc()) {
                    if (Boolean.TRUE.equals(tx.execute(s -> analysis.behind(w.getId())))) {
                        LOG.info("workspace {} was derived before its latest models or by another build: re-deriving",
                                w.getId());
                        afterCommit(w.getId());
                    }
                }
            } catch (RuntimeException e) {
                LOG.error("catching up the derivations after start failed", e);
            }
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
