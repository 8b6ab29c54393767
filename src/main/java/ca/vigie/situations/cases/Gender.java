package ca.vigie.situations.cases;

/** Gender as the table records it; several people, as in a family, are recorded as multiple. */
public enum Gender {
    WOMAN_GIRL,
    MAN_BOY,
    ANOTHER_GENDER,
    UNKNOWN,
    MULTIPLE
}
