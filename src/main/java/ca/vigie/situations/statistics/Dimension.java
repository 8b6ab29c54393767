package ca.vigie.situations.statistics;

/** What situations are counted by. */
public enum Dimension {
    TABLE(true),
    MONTH(true),
    STAGE(true),
    SITUATION_TYPE(true),
    AGE_BAND(true),
    GENDER(true),
    RISK_FACTOR_CATEGORY(false),
    CONCLUSION_REASON(true),
    DAYS_TO_CONCLUSION(true),
    ORGANIZATION_MOBILISED(false),
    SERVICE_MOBILISED(false);

    private final boolean exclusive;

    Dimension(boolean exclusive) {
        this.exclusive = exclusive;
    }

    /** Whether each situation falls in exactly one cell, so that the cells add up to the total. */
    public boolean exclusive() {
        return exclusive;
    }
}
