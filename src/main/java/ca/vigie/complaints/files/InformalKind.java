package ca.vigie.complaints.files;

/** Help the office gives without opening a formal file. */
public enum InformalKind {
    COACHING,
    HELPLINE_CONTACT,
    FACILITATED_DIALOGUE
}
