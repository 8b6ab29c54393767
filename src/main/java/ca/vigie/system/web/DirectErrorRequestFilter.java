package ca.vigie.system.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error address is where the container forwards a failed request to show its page, with the
 * failure's status. Asked for directly there is no failure, and the error page would answer 500
 * as if something had broken: it is an unknown address then, and gets the 404 page like any other.
 * Errors forwarded there are not requests of their own and pass untouched.
 */
@Component
class DirectErrorRequestFilter extends OncePerRequestFilter {

    private final String errorPath;

    DirectErrorRequestFilter(@Value("${server.error.path:/error}") String errorPath) {
        this.errorPath = errorPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.REQUEST
                || !errorPath.equals(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
