package ca.vigie.situations.cases;

/**
 * How a correction treats the identifying details sent with it. The correction form shows them only
 * on a deliberate request; until then its identity fields come empty, and empty must not mean
 * "erase".
 */
public enum IdentityCorrection {
    /** The details were shown in the form: what comes back replaces them, blank fields included. */
    AS_SHOWN,
    /** The details were not shown: a field left blank keeps what is recorded, a typed one replaces it. */
    BLANKS_KEEP_RECORDED
}
