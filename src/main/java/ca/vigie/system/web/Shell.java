package ca.vigie.system.web;

import java.util.Arrays;
import java.util.Set;

/**
 * Who is asking, for the navigation: what the page shows each role, worked out once per request
 * rather than by a security expression parsed and evaluated for each link. Showing a link is not
 * access: every handler checks its own rule.
 */
public record Shell(boolean authenticated, boolean signedIn, Set<String> authorities) {

    public boolean hasAny(String... roles) {
        return Arrays.stream(roles).anyMatch(role -> authorities.contains("ROLE_" + role));
    }
}
