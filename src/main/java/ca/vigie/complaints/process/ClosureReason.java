package ca.vigie.complaints.process;

/** Why a file closed, in the categories the federal annual report counts. */
public enum ClosureReason {
    RESOLVED_INFORMALLY,
    RESOLVED_BY_NEGOTIATION,
    RESOLVED_BY_CONCILIATION,
    RESOLVED_BY_INVESTIGATION,
    WITHDRAWN,
    NOT_AN_OCCURRENCE,
    OTHER
}
