package ca.vigie.system;

import jakarta.servlet.http.HttpServletRequest;

/** One URL serves a whole page or, for htmx, only the fragment that changes. */
public final class Htmx {

    private Htmx() {}

    public static boolean isFragmentRequest(HttpServletRequest request) {
        // Going back in the browser's history asks for the whole page again.
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-Boosted"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /** The page view, or its named fragment when htmx asks. */
    public static String view(HttpServletRequest request, String page, String fragment) {
        return isFragmentRequest(request) ? page + " :: " + fragment : page;
    }
}
