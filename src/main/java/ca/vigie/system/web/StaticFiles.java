package ca.vigie.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The addresses of stylesheets, scripts and images: public, the same for everyone, and never a
 * reason to look a session up.
 */
public final class StaticFiles {

    public static final String[] PATTERNS = {"/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico"};

    private static final AntPathMatcher MATCHER = new AntPathMatcher();

    private StaticFiles() {}

    static boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String pattern : PATTERNS) {
            if (MATCHER.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Flash attributes, kept in the session between a form's redirect and the page after it. The
     * dispatcher asks for them on every request; for a static file that meant loading the session
     * from the database for nothing.
     */
    static final class PageFlashes extends SessionFlashMapManager {

        @Override
        protected @Nullable List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
            return matches(request) ? null : super.retrieveFlashMaps(request);
        }
    }
}
