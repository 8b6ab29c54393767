package ca.vigie.complaints.files;

/** A notice the office sends about a file, generated from a bilingual template. */
public enum NoticeKind {
    ACKNOWLEDGEMENT,
    STATUS_UPDATE,
    RESULTS
}
