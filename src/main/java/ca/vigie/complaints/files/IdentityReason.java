package ca.vigie.complaints.files;

/** Why the office lead reads, or shares with the file's staff, a confidential reporter's identity. */
public enum IdentityReason {
    REPORTER_CONSENTED,
    NEEDED_TO_INVESTIGATE,
    RISK_TO_SAFETY,
    REQUIRED_BY_LAW
}
