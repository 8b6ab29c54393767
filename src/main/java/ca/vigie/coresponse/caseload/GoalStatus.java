package ca.vigie.coresponse.caseload;

/** Where a goal of a person's care and safety plan stands. */
public enum GoalStatus {
    OPEN,
    IN_PROGRESS,
    MET,
    DROPPED
}
