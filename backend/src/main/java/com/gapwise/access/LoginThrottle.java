package com.gapwise.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed logins for a username (whether or not it
 * exists), every attempt for it is refused for a delay that doubles with each lock (30 s, 60 s, ... up
 * to an hour), the right password included. Kept in memory per instance, bounded in size.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    private static final Duration MAX_LOCK = Duration.ofHours(1);

    private record State(int failures, int locks, Instant lockedUntil) {
    }

    private final Cache<String, State> states = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(2)).build();
    private final Duration firstLock;
    private final Clock clock;

    LoginThrottle(@Value("${gapwise.login.lock-seconds:30}") long lockSeconds, Clock clock) {
        this.firstLock = Duration.ofSeconds(lockSeconds);
        this.clock = clock;
    }

    /** @throws LoginThrottledException while the username is locked */
    void check(String username) {
        State s = states.getIfPresent(key(username));
        Instant now = clock.instant();
        if (s != null && s.lockedUntil() != null && now.isBefore(s.lockedUntil())) {
            throw new LoginThrottledException(Duration.between(now, s.lockedUntil()));
        }
    }

    void failed(String username) {
        states.asMap().compute(key(username), (k, s) -> {
            int failures = (s == null ? 0 : s.failures()) + 1;
            int locks = s == null ? 0 : s.locks();
            if (failures < MAX_FAILURES) {
                return new State(failures, locks, s == null ? null : s.lockedUntil());
            }
            Duration lock = firstLock.multipliedBy(1L << Math.min(locks, 20));
            return new State(0, locks + 1, clock.instant().plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock));
        });
    }

    void succeeded(String username) {
        states.invalidate(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
