package ca.vigie.system.web;

import ca.vigie.system.ApiProblems;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.system.SubmissionGuard;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Typed exceptions mapped once: pages get the friendly error page, the API gets problem details.
 * Unexpected failures are logged by exception type and correlation id only, since messages can
 * quote personal data.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return respond(request, response, HttpStatus.NOT_FOUND);
    }

    /** A malformed id in the address names nothing (404); a malformed form value is a bad request (400). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> malformed(
            MethodArgumentTypeMismatchException mismatch, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean inPath = mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
        return respond(request, response, inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
    }

    /** An upload over the size limit goes back to its form, which says so. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return respond(request, response, HttpStatus.CONTENT_TOO_LARGE);
        }
        response.sendRedirect(request.getRequestURI() + "?tooLarge");
        return null;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return respond(request, response, HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(SubmissionGuard.DuplicateSubmissionException.class)
    ResponseEntity<ProblemDetail> duplicate(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return respond(request, response, HttpStatus.CONFLICT);
    }

    @ExceptionHandler(StaleEditException.class)
    ResponseEntity<ProblemDetail> stale(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return respond(request, response, HttpStatus.CONFLICT);
    }

    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException denied) {
        // Spring Security's handler turns this into the 403 page or the sign-in redirect.
        throw denied;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return respond(request, response, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(
            Exception failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (failure instanceof ErrorResponse known) {
            // Spring MVC's own request errors (wrong method, missing parameter, ...) keep their status
            // and the headers that go with it, such as the methods a 405 allows.
            known.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            return respond(
                    request, response, HttpStatus.valueOf(known.getStatusCode().value()));
        }
        log.error(
                "Unhandled failure {} while serving {} {}",
                causalChain(failure),
                request.getMethod(),
                request.getRequestURI());
        return respond(request, response, HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ResponseEntity<ProblemDetail> respond(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status).body(ApiProblems.of(status, request));
        }
        response.sendError(status.value());
        return null;
    }

    /** Exception class names with their source lines, without any message. */
    static String causalChain(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = failure; t != null && parts.size() < 5; t = t.getCause()) {
            StackTraceElement[] trace = t.getStackTrace();
            parts.add(t.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : ""));
        }
        return String.join(" <- ", parts);
    }
}
