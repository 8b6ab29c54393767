package ca.vigie.indicators;

/** Which way is good for an indicator. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    WITHIN_BAND
}
