package ca.vigie.complaints.intake;

/**
 * How much of the reporter's identity the office sees. A named reporter is known to the staff of
 * the file; a confidential one only to the office lead, until the lead shares it with a reason; an
 * anonymous one to no one.
 */
public enum ReporterMode {
    NAMED,
    CONFIDENTIAL,
    ANONYMOUS
}
