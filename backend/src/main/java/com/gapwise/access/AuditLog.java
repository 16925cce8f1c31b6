package com.gapwise.access;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records who changed what; admins read it newest first. */
@Service
public class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final AccessRepositories.AuditEvents events;
    private final Clock clock;

    AuditLog(AccessRepositories.AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Never fails the request that is being recorded: a lost audit line is logged instead. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String action, Long workspaceId, String target, String detail) {
        try {
            events.save(new AuditEvent(clock.instant(), cut(username, 100), cut(action, 200), workspaceId,
                    cut(target, 1000), cut(detail, 2000)));
        } catch (RuntimeException e) {
            LOG.warn("audit event not stored: {} {} {} {}: {}", username, action, target, detail, e.getMessage());
        }
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> page(int page, int size) {
        return events.findAllByOrderByIdDesc(PageRequest.of(page, size));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
