package ca.vigie.coresponse.calls;

/** Why a team member opens a person's full identity; written to the audit trail with the read. */
public enum IdentityPurpose {
    CONTACT_THE_PERSON,
    CONFIRM_WHO_IT_IS,
    HOSPITAL_HANDOVER,
    SAFETY_OF_THE_DYAD,
    CLINICAL_COMMITTEE
}
