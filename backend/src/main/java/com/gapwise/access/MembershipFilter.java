package com.gapwise.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The one place that keeps users out of workspaces they do not belong to: any
 * {@code /api/workspaces/{ws}/...} request of a non-member answers 404, exactly as for a workspace that
 * does not exist, before the role check (so a 403 only ever tells a member what their role lacks).
 * Being a path rule, it covers every controller under that path, present and future.
 */
class MembershipFilter extends OncePerRequestFilter {

    private static final Pattern WORKSPACE_PATH = Pattern.compile("^/api/workspaces/([0-9]+)(?:/.*)?$");

    private final Members members;
    private final ProblemResponses problems;

    MembershipFilter(Members members, ProblemResponses problems) {
        this.members = members;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<AccessUser> user = AccessUser.current();
        // decoded and without ;parameters, as Spring MVC matches it (so /api/workspaces/%35 is workspace 5 here too)
        Matcher m = WORKSPACE_PATH.matcher(UrlPathHelper.defaultInstance.getPathWithinApplication(request));
        if (user.isPresent() && !user.get().isAdmin() && m.matches()) {
            long ws;
            try {
                ws = Long.parseLong(m.group(1));
            } catch (NumberFormatException tooLong) {
                ws = -1;
            }
            if (ws < 0 || !members.canSee(user.get(), ws)) {
                problems.workspaceNotFound(request, response, m.group(1));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
