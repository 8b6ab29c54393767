package ca.vigie.system.web;

import java.util.List;

/**
 * Who is asking, for the page's frame: whether they are signed in, and the navigation their roles
 * show, worked out once per request.
 */
public record Shell(boolean authenticated, boolean signedIn, List<Shell.Link> navigation) {

    /** A link of the navigation as the layout draws it; {@code label} is a message key. */
    public record Link(String href, String label, boolean current) {}
}
