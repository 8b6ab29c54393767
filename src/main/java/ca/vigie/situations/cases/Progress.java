package ca.vigie.situations.cases;

/** Where an intervention stands, as the team reports it at a follow-up meeting. */
public enum Progress {
    NOT_YET_REACHED,
    SUPPORT_UNDER_WAY,
    RISK_LOWERING,
    RISK_UNCHANGED
}
