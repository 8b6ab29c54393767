package ca.vigie.situations.cases;

/** An organisation's answer once the details are revealed to it: is it already involved? */
public enum Involvement {
    INVOLVED,
    NOT_INVOLVED
}
