package ca.vigie.coresponse.teams;

import ca.vigie.organizations.VigiePrincipal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's place on a team, worked out once per request: the team, their role, and their side (none for
 * a steering member). Every read and write of the team's work starts from one.
 */
public record Seat(
        Team team,
        VigiePrincipal person,
        TeamRole role,
        @Nullable Side side) {

    public UUID teamId() {
        return team.id();
    }

    public UUID communityId() {
        return team.communityId();
    }

    /** Whether the person works the team's calls and people, rather than reading its aggregates. */
    public boolean inTheField() {
        return role.inTheField();
    }

    public boolean leads() {
        return role == TeamRole.LEAD;
    }
}
