package ca.vigie.situations.cases;

/** An organisation's place in an intervention team. */
public enum TeamRole {
    LEAD,
    ASSISTING
}
