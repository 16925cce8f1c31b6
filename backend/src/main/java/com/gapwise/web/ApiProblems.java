package com.gapwise.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.gapwise.workspace.ForbiddenChangeException;
import com.gapwise.workspace.InvalidRequestException;
import com.gapwise.workspace.ModelRejectedException;
import com.gapwise.workspace.NotFoundException;
import com.gapwise.workspace.StaleVersionException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem detail with a specific detail; never a stack trace. Spring
 * MVC's own exceptions (wrong types, unknown routes, bad media types) come through the base class.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);
    private static final String TYPES = "https://gapwise.dev/problems/";

    private final ObjectMapper json;

    ApiProblems(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    /** Type and title as the access layer answers a role that is too low, since it is the same refusal. */
    @ExceptionHandler(ForbiddenChangeException.class)
    ProblemDetail forbidden(ForbiddenChangeException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your role", e.getMessage());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-request", "Request breaks a rule", e.getMessage());
    }

    @ExceptionHandler(ModelRejectedException.class)
    ProblemDetail modelRejected(ModelRejectedException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "bpmn-rejected", "BPMN model rejected",
                e.getMessage());
        p.setProperty("code", e.code());
        if (e.line() > 0) {
            p.setProperty("line", e.line());
            p.setProperty("column", e.column());
        }
        return p;
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
        ProblemDetail p = problem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Changed by someone else",
                e.getMessage() + ": GET it again, then retry with its ETag");
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).header(HttpHeaders.ETAG, ETags.of(e.currentTag()))
                .body(p);
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ProblemDetail preconditionRequired(PreconditionRequiredException e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required", e.getMessage());
    }

    /**
     * Written and flushed with a Content-Length before Tomcat swallows the rest of the body: when the
     * body is larger than the swallow limit Tomcat cuts the connection, and a client must by then hold
     * the whole answer (a chunked one would lose its last chunk).
     */
    @ExceptionHandler(PayloadTooLargeException.class)
    void tooLarge(PayloadTooLargeException e, HttpServletResponse response) throws IOException {
        byte[] body = json.writeValueAsBytes(problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Body too large",
                e.getMessage()));
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ProblemDetail conflict(RuntimeException e) {
        LOG.info("concurrent change refused: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, "conflict", "Concurrent change",
                "another request changed the same data at the same time; retry");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraint(ConstraintViolationException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getConstraintViolations()
                .stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                .collect(Collectors.joining("; ")));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "the server failed to handle the request; it was logged");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
                describe(e));
        if (e.getMostSpecificCause() instanceof JsonProcessingException j && j.getLocation() != null) {
            JsonLocation at = j.getLocation();
            if (at.getLineNr() > 0) {
                p.setProperty("line", at.getLineNr());
                p.setProperty("column", at.getColumnNr());
            }
        }
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.<String, Object>of("field", f.getField(),
                        "message", f.getDefaultMessage() == null ? "is invalid" : f.getDefaultMessage()))
                .sorted((a, b) -> String.valueOf(a.get("field")).compareTo(String.valueOf(b.get("field"))))
                .toList();
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-body", "Invalid request body", errors.stream()
                .map(m -> m.get("field") + " " + m.get("message")).collect(Collectors.joining("; ")));
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(p);
    }

    private static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof InvalidFormatException f) {
            return "field '" + path(f) + "' cannot take the value " + f.getValue() + ": expected "
                    + f.getTargetType().getSimpleName();
        }
        if (cause instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return "field '" + path(m) + "' has the wrong type: expected " + (m.getTargetType() == null ? "another type"
                    : m.getTargetType().getSimpleName());
        }
        if (cause instanceof JsonProcessingException j) {
            return "malformed JSON: " + j.getOriginalMessage();
        }
        return "the request body is missing or unreadable";
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPES + type));
        p.setTitle(title);
        return p;
    }
}
