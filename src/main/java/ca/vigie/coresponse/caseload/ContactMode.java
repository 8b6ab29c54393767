package ca.vigie.coresponse.caseload;

/** How a contact with a followed person happened. */
public enum ContactMode {
    IN_PERSON,
    PHONE,
    ACCOMPANIMENT,
    OUTREACH
}
