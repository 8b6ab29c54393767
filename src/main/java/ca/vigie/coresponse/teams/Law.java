package ca.vigie.coresponse.teams;

/** The mental-health law a team works under, which decides the legal bases an apprehension may rest on. */
public enum Law {
    ONTARIO,
    QUEBEC
}
