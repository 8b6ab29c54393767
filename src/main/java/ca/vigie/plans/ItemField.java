package ca.vigie.plans;

/** The fields a template level can use for its items. */
public enum ItemField {
    DESCRIPTION,
    LEAD_ORGANIZATION,
    RESPONSIBLE,
    COLLABORATORS,
    TIME_HORIZON,
    DATES,
    STATUS,
    PROGRESS,
    TARGETS,
    INDICATORS,
    COMMENTS,
    PLANNING_AREA,
    ISSUE_CATEGORY,
    MEASURE_TYPE
}
