package ca.vigie.coresponse.caseload;

/** A need a contact addressed. */
public enum Need {
    HOUSING,
    MENTAL_HEALTH,
    SUBSTANCE_USE,
    PHYSICAL_HEALTH,
    INCOME,
    FOOD,
    SAFETY,
    LEGAL,
    FAMILY
}
