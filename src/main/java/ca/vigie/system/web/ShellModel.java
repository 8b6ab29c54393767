package ca.vigie.system.web;

import ca.vigie.system.Authorities;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Values every page of the shell needs. */
@ControllerAdvice
class ShellModel {

    @ModelAttribute("shell")
    Shell shell(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new Shell(false, false, List.of());
        }
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        boolean signedIn = authorities.contains(Authorities.SIGNED_IN);
        return new Shell(true, signedIn, signedIn ? Navigation.of(authorities, currentPath(request)) : List.of());
    }

    /**
     * The path the language switch returns to, without any query. A page produced by a form post
     * returns to the page that held the form, since the post itself cannot be fetched again.
     */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            String referer = request.getHeader("Referer");
            if (referer != null) {
                try {
                    URI from = URI.create(referer);
                    if (request.getServerName().equals(from.getHost()) && from.getPath() != null) {
                        return withoutContextPath(request, from.getPath());
                    }
                } catch (IllegalArgumentException malformed) {
                    // fall back to the request's own path
                }
            }
        }
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return withoutContextPath(request, failedUri instanceof String original ? original : request.getRequestURI());
    }

    private static String withoutContextPath(HttpServletRequest request, String uri) {
        return uri.startsWith(request.getContextPath())
                ? uri.substring(request.getContextPath().length())
                : uri;
    }
}
