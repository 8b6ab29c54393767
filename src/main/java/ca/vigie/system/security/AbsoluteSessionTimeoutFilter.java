package ca.vigie.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after it began, however active it has been, so that a stolen or
 * forgotten session cannot live forever.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    private final long maxAgeMillis;

    AbsoluteSessionTimeoutFilter(Duration absoluteTimeout) {
        this.maxAgeMillis = absoluteTimeout.toMillis();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > maxAgeMillis) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            new ExpiredSessionRedirect().onInvalidSessionDetected(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
