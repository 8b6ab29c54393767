package ca.vigie.coresponse.teams;

import ca.vigie.organizations.Role;

/**
 * What a member does on the team, each held through the account role of the same name: an officer sits
 * on the police side, a worker on the health side, the lead on either, a steering member on neither.
 */
public enum TeamRole {
    LEAD(Role.CORESPONSE_LEAD),
    OFFICER(Role.CORESPONSE_OFFICER),
    WORKER(Role.CORESPONSE_WORKER),
    STEERING(Role.CORESPONSE_STEERING);

    private final Role accountRole;

    TeamRole(Role accountRole) {
        this.accountRole = accountRole;
    }

    public Role accountRole() {
        return accountRole;
    }

    /** Whether the role works the team's calls and people; a steering member reads aggregates only. */
    public boolean inTheField() {
        return this != STEERING;
    }

    /** Whether a member from an organisation on this side may hold the role. */
    public boolean allows(Side side) {
        return switch (this) {
            case OFFICER -> side == Side.POLICE;
            case WORKER -> side == Side.HEALTH;
            case LEAD, STEERING -> true;
        };
    }
}
