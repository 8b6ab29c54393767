package ca.vigie.situations.reference;

/** The lists a community describes its situations with. */
public enum ReferenceList {
    RISK_CATEGORY,
    RISK_FACTOR,
    PROTECTIVE_FACTOR,
    CONCLUSION_REASON,
    SERVICE;

    /** Factors belong to a category; the other lists are flat. */
    public boolean hasParent() {
        return this == RISK_FACTOR;
    }

    /** Conclusion reasons fall under an outcome: risk lowered, or still acutely elevated. */
    public boolean hasGrouping() {
        return this == CONCLUSION_REASON;
    }
}
