package ca.vigie.organizations;

import ca.vigie.system.Actor;
import java.io.Serial;
import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in person as the application knows them for the length of a session: who they are,
 * for which community and organisation they act, and the roles their memberships grant. Holds no
 * password hash and no second-factor secret.
 */
public record VigiePrincipal(
        UUID userId, String username, String displayName, UUID communityId, UUID organizationId, Set<Role> roles)
        implements Actor, AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The username: sessions are indexed by it so that they can all be ended at once. */
    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasSensitiveRole() {
        return roles.stream().anyMatch(Role::sensitive);
    }

    @Override
    public String toString() {
        return "VigiePrincipal[" + userId + "]";
    }
}
