package ca.vigie.situations.cases;

/** Where the person's consent stands when their details are disclosed. */
public enum ConsentStatus {
    GIVEN,
    REFUSED,
    NOT_SOUGHT,
    COULD_NOT_BE_SOUGHT
}
