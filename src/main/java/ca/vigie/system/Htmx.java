package ca.vigie.system;

import jakarta.servlet.http.HttpServletRequest;

/** One URL serves a whole page or, for htmx, only the fragment that changes. */
public final class Htmx {

    private Htmx() {}

    public static boolean isFragmentRequest(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"));
    }

    /** The page view, or its named fragment when htmx asks. */
    public static String view(HttpServletRequest request, String page, String fragment) {
        return isFragmentRequest(request) ? page + " :: " + fragment : page;
    }
}
