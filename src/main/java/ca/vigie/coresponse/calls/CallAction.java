package ca.vigie.coresponse.calls;

/** What the dyad did on the call. */
public enum CallAction {
    DE_ESCALATION,
    RISK_ASSESSMENT,
    SAFETY_PLAN,
    CRISIS_LINE,
    SHELTER_FOUND,
    FAMILY_SUPPORT,
    MEDICAL_CARE,
    TRANSPORT_TO_SERVICE,
    INFORMATION_GIVEN
}
