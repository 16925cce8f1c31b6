package com.gapwise.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, for the login form and for HTTP Basic: throttled per username, and
 * the same bcrypt work whether or not the user exists. A Basic client repeats its credentials on every
 * request, so a verified pair is remembered for a minute by its SHA-256 (never in clear).
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "wrong username or password";

    private final AccessRepositories.Users users;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Cache<String, AccessUser> verified = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();
    private volatile String dummyHash;

    PasswordLogin(AccessRepositories.Users users, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * @param channel "form" or "basic", for the audit log
     * @throws LoginThrottledException while the username is locked
     * @throws BadCredentialsException for a wrong pair
     */
    AccessUser authenticate(String username, String password, String channel) {
        throttle.check(username);
        String key = ApiTokens.sha256(username + '\u0000' + password);
        AccessUser cached = verified.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        AccessUser user = users.findByUsername(username)
                .filter(u -> password != null && !password.isEmpty() && encoder.matches(password, u.getPasswordHash()))
                .map(AppUser::principal).orElse(null);
        if (user == null) {
            if (users.findByUsername(username).isEmpty()) {
                encoder.matches(password == null ? "" : password, dummyHash()); // same time as for a real user
            }
            throttle.failed(username);
            audit.record(username, "login failed", null, null, channel);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        throttle.succeeded(username);
        verified.put(key, user);
        if ("form".equals(channel)) {
            audit.record(username, "login", null, null, channel);
        }
        return user;
    }

    /** Users or roles changed: cached Basic verifications must be made again. */
    void forgetVerified() {
        verified.invalidateAll();
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String password = request.getCredentials() == null ? null : request.getCredentials().toString();
        return authenticate(request.getName(), password, "form").authentication();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = encoder.encode("not a password of anyone");
        }
        return dummyHash;
    }
}
