package ca.vigie.system.security;

import ca.vigie.system.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Anonymous requests: pages go to the sign-in page (htmx is told to load it as a whole page), the
 * JSON API answers 401 with a problem document.
 */
class SignInEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        if (isApi(request)) {
            problem(request, response, HttpStatus.UNAUTHORIZED);
            return;
        }
        redirect(request, response, "/login");
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** A problem document for the JSON API, with the request's correlation id and nothing else. */
    static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
            throws IOException {
        String correlationId = ApiProblems.correlationId(request);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"correlationId\":\"" + correlationId
                        + "\"}");
    }

    static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String target = request.getContextPath() + path;
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return;
        }
        response.sendRedirect(target);
    }
}
