package ca.vigie.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The JSON API's problem documents (RFC 9457): the status, its title, and the request's correlation
 * id, which a person quotes to the support team; a refused value also says its field and the message
 * key of why, never the value.
 */
public final class ApiProblems {

    /** The request attribute the correlation filter keeps the request's id under. */
    public static final String CORRELATION_ID = "vigie.correlationId";

    private ApiProblems() {}

    public static String correlationId(HttpServletRequest request) {
        Object id = request.getAttribute(CORRELATION_ID);
        return id == null ? "-" : id.toString();
    }

    public static ProblemDetail of(HttpStatus status, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setProperty("correlationId", correlationId(request));
        return problem;
    }

    public static ProblemDetail refused(String field, String code, HttpServletRequest request) {
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, request);
        problem.setProperty("field", field);
        problem.setProperty("code", code);
        return problem;
    }
}
