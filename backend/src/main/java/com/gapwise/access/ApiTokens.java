package com.gapwise.access;

import com.gapwise.workspace.InvalidRequestException;
import com.gapwise.workspace.ModelLibrary;
import com.gapwise.workspace.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Personal API tokens: a random 256-bit secret, shown once at creation; only its SHA-256 is stored. A
 * plain hash is enough because the secret is random (nothing to guess), and it keeps each request's
 * check to one indexed lookup, unlike a password hash.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "gw_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new token with its secret, which is not kept anywhere. */
    public record Created(ApiToken token, String secret) {
    }

    private final AccessRepositories.Tokens tokens;
    private final Clock clock;
    /**
     * Owners of live tokens by the token's hash, so that a REST client's request costs no query for its token.
     * Every token or user change in this instance forgets them all at once; the expiry bounds how long another
     * instance may still honour a token revoked elsewhere.
     */
    private final Cache<String, AccessUser> owners = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(10)).build();

    ApiTokens(AccessRepositories.Tokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    public Created create(AccessUser owner, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidRequestException("a token needs a name of 1 to 100 characters");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken t = tokens.save(new ApiToken(owner.id(), name.strip(), sha256(secret), secret.substring(0, 8),
                clock.instant()));
        return new Created(t, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(AccessUser owner) {
        return tokens.findByUserIdOrderByIdAsc(owner.id());
    }

    @Transactional
    public void revoke(AccessUser owner, long id) {
        ApiToken t = tokens.findByIdAndUserId(id, owner.id())
                .orElseThrow(() -> new NotFoundException("token " + id + " does not exist"));
        tokens.delete(t);
        forgetOwners();
    }

    /** Forgets the cached token owners (a token was revoked, or a user's role changed or the user was deleted). */
    void forgetOwners() {
        owners.invalidateAll();
        // and again once the change is committed: a request in between may have cached the old owner
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    owners.invalidateAll();
                }
            });
        }
    }

    /** The owner of a presented secret, if it is a live token. */
    @Transactional(readOnly = true)
    Optional<AccessUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        AccessUser cached = owners.getIfPresent(hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<AccessUser> owner = tokens.ownerOf(hash).map(AppUser::principal);
        owner.ifPresent(o -> owners.put(hash, o));
        return owner;
    }

    static String sha256(String s) {
        return ModelLibrary.sha256(s.getBytes(StandardCharsets.UTF_8));
    }
}
