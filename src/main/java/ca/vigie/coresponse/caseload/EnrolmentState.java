package ca.vigie.coresponse.caseload;

/** Where a person stands with the follow-up caseload. */
public enum EnrolmentState {
    PROPOSED,
    DEFERRED,
    ENROLLED,
    DECLINED,
    DISCHARGED;

    /** Whether the enrolment is still open: the person cannot be proposed again while it is. */
    public boolean open() {
        return this == PROPOSED || this == DEFERRED || this == ENROLLED;
    }
}
