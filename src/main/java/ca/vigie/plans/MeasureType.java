package ca.vigie.plans;

/** The three kinds of performance measure of results-based accountability. */
public enum MeasureType {
    HOW_MUCH,
    HOW_WELL,
    BETTER_OFF
}
