package com.gapwise.access;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what, in one place: authentication (session from the login page, API token, HTTP Basic),
 * the role needed by HTTP method and path, workspace membership, CSRF, security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    /** The bundled frontend loads nothing from elsewhere and runs no inline script; bpmn-js sets inline styles. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String LOGIN_PAGE = "/login.html";
    private static final String LOG_IN = "log in, or send an API token (Authorization: Bearer) or HTTP Basic credentials";

    /** REST clients answer 401/403 problem details; pages redirect to the login page. */
    private static final RequestMatcher API = r -> {
        String path = r.getRequestURI();
        return path.startsWith("/api/") || path.startsWith("/v3/api-docs") || "/login".equals(path)
                || "/logout".equals(path);
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt, and old hashes stay readable
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, ApiTokens tokens, PasswordLogin logins, Users users,
                                 Members members, ProblemResponses problems) throws Exception {
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(c -> c.sameSite("Lax"));
        http.csrf(c -> c.csrfTokenRepository(csrfTokens)
                // the plain token (not the BREACH-masked one): the frontend echoes the cookie's value
                .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                // a request with Authorization is authenticated by it alone (or refused), never by the cookie
                .ignoringRequestMatchers(r -> r.getHeader(HttpHeaders.AUTHORIZATION) != null));
        http.addFilterBefore(new CredentialsFilter(tokens, logins, users, problems), CsrfFilter.class);
        http.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
        http.addFilterBefore(new MembershipFilter(members, problems), AuthorizationFilter.class);

        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny()));

        http.formLogin(f -> f.loginPage(LOGIN_PAGE).loginProcessingUrl("/login")
                .successHandler((req, res, auth) -> {
                    res.setStatus(HttpStatus.OK.value());
                    res.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    AccessUser u = (AccessUser) auth.getPrincipal();
                    res.getWriter().write("{\"username\":\"" + u.username() + "\",\"role\":\"" + u.role() + "\"}");
                })
                .failureHandler((req, res, e) -> loginFailed(req, res, e, problems)));
        http.logout(l -> l.logoutUrl("/logout").logoutSuccessHandler((req, res, auth) -> res.setStatus(204)));

        http.exceptionHandling(e -> e
                .defaultAuthenticationEntryPointFor((req, res, ex) -> problems.unauthorized(req, res, LOG_IN), API)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), r -> true)
                .accessDeniedHandler((req, res, ex) -> denied(req, res, ex, problems)));

        http.authorizeHttpRequests(a -> a
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                .requestMatchers(LOGIN_PAGE, "/login.js", "/login.js.map", "/app.css", "/favicon.svg", "/vendor/**",
                        "/error").permitAll()
                .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/api/me", "/api/me/**").authenticated()
                .requestMatchers(HttpMethod.GET).hasRole(Role.VIEWER.name())
                .requestMatchers(HttpMethod.HEAD).hasRole(Role.VIEWER.name())
                .requestMatchers(HttpMethod.POST, "/api/workspaces", "/api/workspaces/import").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.DELETE, "/api/workspaces/*").hasRole(Role.ADMIN.name())
                .requestMatchers("/api/workspaces/*/members", "/api/workspaces/*/members/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/api/workspaces/*/applications/**", "/api/workspaces/*/portfolio/**")
                .hasRole(Role.ARCHITECT.name())
                .anyRequest().hasRole(Role.ANALYST.name()));
        return http.build();
    }

    private static void loginFailed(HttpServletRequest req, HttpServletResponse res, AuthenticationException e,
                                    ProblemResponses problems) throws IOException {
        if (e instanceof LoginThrottledException t) {
            problems.throttled(req, res, t);
        } else {
            problems.unauthorized(req, res, PasswordLogin.BAD_CREDENTIALS);
        }
    }

    private static void denied(HttpServletRequest req, HttpServletResponse res, AccessDeniedException e,
                               ProblemResponses problems) throws IOException {
        boolean anonymous = AccessUser.current().isEmpty();
        if (e instanceof CsrfException && anonymous && !"/login".equals(req.getRequestURI())) {
            // nobody to protect (no session): say what is really missing
            problems.unauthorized(req, res, LOG_IN);
        } else if (e instanceof CsrfException) {
            problems.write(req, res, HttpStatus.FORBIDDEN, "csrf", "CSRF token missing or wrong",
                    "a write from a logged-in browser must send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN "
                            + "header (REST clients: use an API token or Basic instead of a session)");
        } else {
            String role = AccessUser.current().map(u -> u.role().name().toLowerCase()).orElse("none");
            problems.write(req, res, HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your role",
                    req.getMethod() + " " + req.getRequestURI() + " needs a higher role than yours (" + role + ")");
        }
    }

    /**
     * Makes the CSRF token (deferred by Spring Security) load on every page request, so that the XSRF-TOKEN
     * cookie exists before the frontend's first write.
     */
    static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, IOException {
            if (request.getHeader(HttpHeaders.AUTHORIZATION) == null
                    && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
