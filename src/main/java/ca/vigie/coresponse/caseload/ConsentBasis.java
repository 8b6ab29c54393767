package ca.vigie.coresponse.caseload;

/** What following a person rests on: their express consent, or a legal exception said in words. */
public enum ConsentBasis {
    EXPRESS_CONSENT,
    LEGAL_EXCEPTION
}
