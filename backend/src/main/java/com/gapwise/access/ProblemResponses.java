package com.gapwise.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.web.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Problem details written by the security filters, which answer before Spring MVC's advice could. */
@Component
class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        write(request, response, ApiProblems.problem(status, type, title, detail));
    }

    /** With the request path as instance, as Spring MVC answers, so both kinds of answer look alike. */
    void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (problem.getInstance() == null) {
            try {
                problem.setInstance(URI.create(request.getRequestURI()));
            } catch (IllegalArgumentException notAUri) {
                // leave it out
            }
        }
        byte[] body = json.writeValueAsBytes(problem);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", detail);
    }

    void throttled(HttpServletRequest request, HttpServletResponse response, LoginThrottledException e) throws IOException {
        response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, "login-throttled", "Too many failed logins", e.getMessage());
    }

    /** The same answer as for a workspace that does not exist, so membership leaks nothing. */
    void workspaceNotFound(HttpServletRequest request, HttpServletResponse response, String workspace) throws IOException {
        write(request, response, HttpStatus.NOT_FOUND, "not-found", "Not found", "workspace " + workspace + " does not exist");
    }
}
