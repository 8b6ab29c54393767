package ca.vigie.indicators;

/** A way to break an indicator's values down; its categories are reference data. */
public enum Dimension {
    AREA,
    AGE_BAND,
    GENDER
}
