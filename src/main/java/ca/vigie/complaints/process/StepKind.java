package ca.vigie.complaints.process;

/** Something the office does for a file, outside a change of stage, that a deadline may ask for. */
public enum StepKind {
    /** The office contacted the principal party after the notice. */
    FIRST_CONTACT,
    /** Both parties were told where the file stands. */
    STATUS_UPDATE,
    /** The results of the investigation and the corrective action were sent in writing to both parties. */
    RESULTS_SENT
}
