package ca.vigie.coresponse.caseload;

/** A service a person was referred to during a contact. */
public enum Referral {
    HOUSING_SERVICE,
    SHELTER,
    MENTAL_HEALTH_CLINIC,
    ADDICTION_SERVICE,
    FAMILY_PHYSICIAN,
    INCOME_SUPPORT,
    LEGAL_AID,
    COMMUNITY_ORGANISATION
}
