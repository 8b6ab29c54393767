package ca.vigie.system.security;

import ca.vigie.system.ApiTokenAuthenticator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>}, for that request only
 * (no session). An unknown, expired or revoked token is refused with 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final List<ApiTokenAuthenticator> tokens;

    BearerTokenFilter(List<ApiTokenAuthenticator> tokens) {
        this.tokens = tokens;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SignInEntryPoint.isApi(request) || !hasBearer(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader("Authorization").substring(7).strip();
        Optional<Authentication> authentication = token.length() > 200
                ? Optional.empty()
                : tokens.stream()
                        .map(kind -> kind.authenticate(token))
                        .flatMap(Optional::stream)
                        .findFirst();
        if (authentication.isEmpty()) {
            SignInEntryPoint.problem(request, response, HttpStatus.UNAUTHORIZED);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
