package ca.vigie.plans;

/** The category of an issue area in a recovery plan; shown with a word and a swatch, never the swatch alone. */
public enum IssueCategory {
    SOCIAL,
    ECONOMIC,
    CROSS_CUTTING,
    URBAN_SAFETY
}
