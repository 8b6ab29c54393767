package ca.vigie.situations.cases;

/** The legal basis a disclosure of identifying details rests on; one is recorded with each. */
public enum LegalBasis {
    CONSENT,
    ONTARIO_PHIPA_40_1,
    ONTARIO_FIPPA_42_1_H_MFIPPA_32_H,
    QUEBEC_ACCESS_59_1,
    OTHER
}
