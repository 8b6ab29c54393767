package ca.vigie.complaints.files;

/** Whether the reporter lived what they report, or saw it happen to someone else. */
public enum ReporterRole {
    PRINCIPAL_PARTY,
    WITNESS
}
