package com.gapwise.access;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API token: only the SHA-256 of its secret is kept, and the first characters as a hint. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    private String name;
    private String secretHash;
    private String hint;
    private Instant createdAt;

    protected ApiToken() {
    }

    ApiToken(long userId, String name, String secretHash, String hint, Instant createdAt) {
        this.userId = userId;
        this.name = name;
        this.secretHash = secretHash;
        this.hint = hint;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getHint() {
        return hint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
