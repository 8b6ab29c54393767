package ca.vigie.complaints.files;

/** How far a member of staff may reach into a file. */
public enum Standing {
    /** Not theirs to see: it answers as if it did not exist. */
    NONE,
    /** Assigned, or the office lead, but they have not yet declared that they have no conflict of interest. */
    DECLARATION_OWED,
    /** They may open it. */
    OPEN
}
