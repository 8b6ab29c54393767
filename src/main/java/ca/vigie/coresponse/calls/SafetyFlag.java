package ca.vigie.coresponse.calls;

/** What the dyad had to take care of on scene, for the next team that goes there. */
public enum SafetyFlag {
    WEAPON,
    VIOLENCE,
    SELF_HARM_MEANS,
    CHILDREN_PRESENT,
    ANIMAL,
    HAZARDOUS_PLACE
}
