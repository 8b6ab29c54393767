package ca.vigie.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Values every page of the shell needs. */
@ControllerAdvice
class ShellModel {

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
