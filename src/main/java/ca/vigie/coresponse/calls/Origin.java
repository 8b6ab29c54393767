package ca.vigie.coresponse.calls;

/** Where a call's record came from: typed by the dyad, imported from dispatch's export, or pushed by dispatch. */
public enum Origin {
    FIELD,
    IMPORT,
    API
}
