package ca.vigie.situations;

/**
 * The codes under which indicators are computed from the tables' work, shared by the statistics that
 * compute them and the services whose facts change them.
 */
public final class SituationSources {

    /** How many situations the community's tables accepted in a period. */
    public static final String ACCEPTED = "SITUATIONS_ACCEPTED";

    /** The share of the situations concluded in a period whose risk was lowered. */
    public static final String RISK_LOWERED_SHARE = "SITUATIONS_RISK_LOWERED_SHARE";

    private SituationSources() {}
}
