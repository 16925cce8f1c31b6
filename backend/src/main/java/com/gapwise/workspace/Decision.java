package com.gapwise.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What an analyst decided about one derived item (a gap, requirement, initiative or roadmap
 * placement), addressed by the item's stable key. The payload is the decision's JSON object; the
 * decision outlives the item it names, so re-analysis never loses it.
 */
@Entity
class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workspaceId;
    private String subject;
    private String itemKey;
    private String payload;
    private Instant updatedAt;
    @Version
    private long version;

    protected Decision() {
    }

    Decision(Long workspaceId, Subject subject, String itemKey) {
        this.workspaceId = workspaceId;
        this.subject = subject.word();
        this.itemKey = itemKey;
        this.payload = "{}";
    }

    Long getId() {
        return id;
    }

    Subject getSubject() {
        return Subject.parse(subject).orElseThrow();
    }

    String getItemKey() {
        return itemKey;
    }

    String getPayload() {
        return payload;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }

    void record(String payload, Instant at) {
        this.payload = payload;
        this.updatedAt = at;
    }
}
