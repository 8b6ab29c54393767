package ca.vigie.coresponse;

/**
 * The codes under which indicators are computed from the mixed teams' calls, shared by the figures that
 * compute them and the services whose facts change them.
 */
public final class CoresponseSources {

    /** How many calls the community's mixed teams received in a period. */
    public static final String CALLS = "CORESPONSE_CALLS";

    /** Of dispatch's mental-health calls in a period, the share a mixed team handled. */
    public static final String MENTAL_HEALTH_SHARE = "CORESPONSE_MENTAL_HEALTH_SHARE";

    /** Of the calls completed in a period, the share that ended in an apprehension. */
    public static final String APPREHENSION_RATE = "CORESPONSE_APPREHENSION_RATE";

    /** The median minutes between arrival at the emergency department and the handover. */
    public static final String HANDOVER_MEDIAN = "CORESPONSE_HANDOVER_MEDIAN";

    /**
     * Emergency visits, in the six months before their enrolment, of the people the committee enrolled in
     * a period; known once the last of them has been followed six months.
     */
    public static final String ENROLLED_ED_BEFORE = "CORESPONSE_ENROLLED_ED_BEFORE";

    /** The same people's emergency visits in the six months after their enrolment. */
    public static final String ENROLLED_ED_AFTER = "CORESPONSE_ENROLLED_ED_AFTER";

    /** Tickets given to the people enrolled in a period, in the six months before their enrolment. */
    public static final String ENROLLED_TICKETS_BEFORE = "CORESPONSE_ENROLLED_TICKETS_BEFORE";

    /** The same people's tickets in the six months after their enrolment. */
    public static final String ENROLLED_TICKETS_AFTER = "CORESPONSE_ENROLLED_TICKETS_AFTER";

    private CoresponseSources() {}

    public static String[] all() {
        return new String[] {
            CALLS,
            MENTAL_HEALTH_SHARE,
            APPREHENSION_RATE,
            HANDOVER_MEDIAN,
            ENROLLED_ED_BEFORE,
            ENROLLED_ED_AFTER,
            ENROLLED_TICKETS_BEFORE,
            ENROLLED_TICKETS_AFTER
        };
    }
}
