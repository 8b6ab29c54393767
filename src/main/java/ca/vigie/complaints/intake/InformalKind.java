package ca.vigie.complaints.intake;

/** Help the office gives without opening a formal file. */
public enum InformalKind {
    COACHING,
    HELPLINE_CONTACT,
    FACILITATED_DIALOGUE
}
