package ca.vigie.complaints.intake;

/** How a complaint reached the office. */
public enum Channel {
    /** The person filed it themself, signed in. */
    ONLINE,
    /** An intake officer took it down as the person told it. */
    ORAL_REPORT,
    /** Someone filed it on the public page, without an account, and follows it with a receipt code. */
    ANONYMOUS_PORTAL,
    /** Staff turned an informal service into a complaint, with the person's recorded consent. */
    INFORMAL_SERVICE
}
