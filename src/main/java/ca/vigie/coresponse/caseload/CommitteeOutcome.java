package ca.vigie.coresponse.caseload;

/** What a decision of the clinical committee did, as its minutes list it. */
public enum CommitteeOutcome {
    ENROLLED,
    DECLINED,
    DEFERRED,
    REVIEWED,
    DISCHARGED
}
