package ca.vigie.plans;

/** The four planning areas of Ontario's community safety and well-being framework. */
public enum PlanningArea {
    SOCIAL_DEVELOPMENT,
    PREVENTION,
    RISK_INTERVENTION,
    INCIDENT_RESPONSE
}
