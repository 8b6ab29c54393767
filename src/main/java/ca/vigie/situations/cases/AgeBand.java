package ca.vigie.situations.cases;

/** Age bands, never a date of birth, before identifying details are revealed. */
public enum AgeBand {
    AGE_0_5,
    AGE_6_11,
    AGE_12_15,
    AGE_16_17,
    AGE_18_24,
    AGE_25_29,
    AGE_30_39,
    AGE_40_59,
    AGE_60_PLUS
}
