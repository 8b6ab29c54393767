package ca.vigie.coresponse.caseload;

/** A dated event in a followed person's life that the steering committee counts before and after enrolment. */
public enum MilestoneKind {
    HOUSED,
    TREATMENT_ORDER,
    EMERGENCY_VISIT,
    HOSPITALISATION,
    TICKET,
    ARREST,
    COURT_DATE
}
