package ca.vigie.complaints.intake;

/** How a person gave their consent to turn an informal service into a formal complaint. */
public enum ConsentForm {
    IN_WRITING,
    VERBALLY
}
