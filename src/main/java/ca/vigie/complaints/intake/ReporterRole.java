package ca.vigie.complaints.intake;

/** Whether the reporter lived what they report, or saw it happen to someone else. */
public enum ReporterRole {
    PRINCIPAL_PARTY,
    WITNESS
}
