package ca.vigie.coresponse.dispatch;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * A team's dispatch system, signed in with one of the team's dispatch tokens for one request: it may send
 * calls to that team and do nothing else. It is no person and holds no role.
 */
public record DispatchSystem(UUID tokenId, UUID teamId, UUID communityId)
        implements AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return "dispatch-token:" + tokenId;
    }
}
