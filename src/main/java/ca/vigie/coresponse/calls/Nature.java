package ca.vigie.coresponse.calls;

/** The nature of the crisis; a call may have several. */
public enum Nature {
    SUICIDAL_IDEATION,
    SUICIDE_ATTEMPT,
    PSYCHOSIS,
    ACUTE_DISTRESS,
    INTOXICATION,
    FAMILY_CONFLICT,
    HOMELESSNESS,
    OLDER_PERSON_AT_RISK,
    AGGRESSIVE_BEHAVIOUR,
    WELFARE_CHECK,
    OTHER
}
