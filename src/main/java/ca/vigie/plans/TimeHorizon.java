package ca.vigie.plans;

/** When an item is meant to bear fruit. */
public enum TimeHorizon {
    SHORT,
    MEDIUM,
    LONG
}
