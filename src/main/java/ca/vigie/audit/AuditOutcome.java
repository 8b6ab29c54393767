package ca.vigie.audit;

public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
