package ca.vigie.coresponse.caseload;

/** What the clinical committee decides on a proposal. */
public enum Decision {
    ENROL,
    DECLINE,
    DEFER
}
