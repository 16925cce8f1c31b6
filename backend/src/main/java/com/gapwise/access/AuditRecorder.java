package com.gapwise.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The central audit recorder: every successful write through the API (model uploads, analyst decisions,
 * deletions, user, membership and token changes, including those of controllers added later) becomes one
 * audit line with the user, the route, the workspace and the path. Bodies are never recorded (passwords).
 */
@Configuration(proxyBeanMethods = false)
class AuditRecorder implements WebMvcConfigurer, HandlerInterceptor {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** The user as the request arrived: an asynchronous upload completes on a later dispatch without it. */
    private static final String USER = AuditRecorder.class.getName() + ".user";

    private final AuditLog audit;

    AuditRecorder(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(USER) == null) {
            AccessUser.current().ifPresent(user -> request.setAttribute(USER, user.username()));
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (READS.contains(request.getMethod()) || ex != null || response.getStatus() >= 400) {
            return;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        @SuppressWarnings("unchecked")
        Map<String, String> vars = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Long ws = null;
        if (vars != null && vars.get("ws") != null) {
            try {
                ws = Long.valueOf(vars.get("ws"));
            } catch (NumberFormatException e) {
                // not a workspace id
            }
        }
        String file = request.getHeader("X-File-Name");
        String detail = "HTTP " + response.getStatus() + (file == null ? "" : ", file " + file);
        audit.record((String) request.getAttribute(USER),
                request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern), ws,
                request.getRequestURI(), detail);
    }
}
