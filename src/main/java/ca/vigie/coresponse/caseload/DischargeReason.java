package ca.vigie.coresponse.caseload;

/** Why a person leaves the caseload. */
public enum DischargeReason {
    GOALS_MET,
    REFERRED_ELSEWHERE,
    MOVED_AWAY,
    DECLINED_FOLLOW_UP,
    DECEASED,
    OTHER
}
