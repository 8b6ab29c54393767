package ca.vigie.coresponse.calls;

/**
 * What would most likely have happened without the team, as the dyad judges it when the call ends. A
 * call is a diversion when that did not happen; diversion is counted, not celebrated: what happened
 * next is followed on the person's record.
 */
public enum WithoutTeam {
    EMERGENCY_VISIT,
    APPREHENSION,
    ARREST,
    PATROL_TIME,
    NOTHING_DIFFERENT;

    /** Whether the team kept the person from what would otherwise have happened. */
    public boolean divertedBy(Disposition disposition) {
        return switch (this) {
            case EMERGENCY_VISIT -> !disposition.takesToHospital();
            case APPREHENSION -> disposition != Disposition.APPREHENSION;
            case ARREST -> disposition != Disposition.ARREST;
            case PATROL_TIME, NOTHING_DIFFERENT -> false;
        };
    }
}
