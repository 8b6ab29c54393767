package ca.vigie.complaints.process;

/** What a jurisdiction requires by a date. */
public enum DeadlineKind {
    FIRST_CONTACT,
    NEGOTIATED_RESOLUTION_BEGUN,
    STATUS_UPDATE,
    RESULTS_IN_WRITING,
    COMPLETION
}
