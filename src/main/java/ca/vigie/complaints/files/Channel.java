package ca.vigie.complaints.files;

/** How a complaint reached the office. */
public enum Channel {
    /** The person filed it themself, signed in. */
    ONLINE,
    /** An intake officer took it down as the person told it. */
    ORAL_REPORT
}
