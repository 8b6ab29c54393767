package ca.vigie.complaints.intake;

/** What a complaint is about; a file may be of several types. */
public enum ComplaintType {
    HARASSMENT,
    DISCRIMINATION,
    VIOLENCE,
    SEXUAL_VIOLENCE,
    REPRISAL
}
