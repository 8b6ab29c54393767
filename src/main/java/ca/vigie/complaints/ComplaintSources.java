package ca.vigie.complaints;

/**
 * The codes under which indicators are computed from the offices' work, shared by the statistics that
 * compute them and the services whose facts change them.
 */
public final class ComplaintSources {

    /** How many complaints the community's offices received in a period. */
    public static final String RECEIVED = "COMPLAINTS_RECEIVED";

    /** The share of complaint deadlines fallen due in a period that were met on time. */
    public static final String DEADLINES_MET_SHARE = "COMPLAINT_DEADLINES_MET_SHARE";

    private ComplaintSources() {}
}
