package ca.vigie.system;

/**
 * Authorities that describe how far a person has got through signing in. Roles are granted only
 * with {@link #SIGNED_IN}; the other steps allow nothing but the page that completes them.
 */
public final class Authorities {

    /** Password and, where required, second factor verified. */
    public static final String SIGNED_IN = "SIGNED_IN";

    /** A system, not a person, signed in with a token of its own for one request: a team's dispatch system. */
    public static final String SERVICE = "SERVICE";
    /** Password verified; the one-time code is still owed. */
    public static final String STEP_MFA_CODE = "STEP_MFA_CODE";
    /** Password verified; the role requires a second factor that is not enrolled yet. */
    public static final String STEP_MFA_ENROLMENT = "STEP_MFA_ENROLMENT";
    /** Password verified; an administrator asked for a new password. */
    public static final String STEP_PASSWORD_CHANGE = "STEP_PASSWORD_CHANGE";

    private Authorities() {}
}
