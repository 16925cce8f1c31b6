package com.gapwise.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates REST clients from their {@code Authorization} header (a personal API token as Bearer, or
 * HTTP Basic) for this request only: no session. A header that does not authenticate is a 401 problem,
 * never a fall-back to a session cookie, which is what makes such requests safe to exempt from CSRF.
 * No {@code WWW-Authenticate: Basic} challenge is ever sent, so browsers never cache Basic credentials.
 * A session's user is re-read on every request, so a changed role or a deleted user takes effect at once.
 */
class CredentialsFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final PasswordLogin logins;
    private final Users users;
    private final ProblemResponses problems;

    CredentialsFilter(ApiTokens tokens, PasswordLogin logins, Users users, ProblemResponses problems) {
        this.tokens = tokens;
        this.logins = logins;
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            refreshSessionUser();
            chain.doFilter(request, response);
            return;
        }
        Optional<AccessUser> user;
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            user = tokens.authenticate(header.substring(7).strip());
            if (user.isEmpty()) {
                problems.unauthorized(request, response, "the API token is unknown or revoked");
                return;
            }
        } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = basic(header.substring(6).strip());
            if (pair == null) {
                problems.unauthorized(request, response, "malformed Basic credentials: expected base64 of user:password");
                return;
            }
            try {
                user = Optional.of(logins.authenticate(pair[0], pair[1], "basic"));
            } catch (LoginThrottledException e) {
                problems.throttled(request, response, e);
                return;
            } catch (BadCredentialsException e) {
                problems.unauthorized(request, response, PasswordLogin.BAD_CREDENTIALS);
                return;
            }
        } else {
            problems.unauthorized(request, response, "unsupported Authorization scheme: use Bearer <token> or Basic");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user.get().authentication());
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private void refreshSessionUser() {
        AccessUser.current().ifPresent(stored -> {
            Optional<AccessUser> now = users.principal(stored.id());
            if (now.isEmpty()) {
                SecurityContextHolder.clearContext();
            } else if (!now.get().equals(stored)) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(now.get().authentication());
                SecurityContextHolder.setContext(context);
            }
        });
    }

    private static String[] basic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
