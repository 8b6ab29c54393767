package ca.vigie.situations.cases;

/** Who or what faces the risk. */
public enum SituationType {
    PERSON,
    FAMILY,
    DWELLING,
    NEIGHBOURHOOD;

    /** An age band describes a person or the person at the centre of a family; a place has none. */
    public boolean hasAgeBand() {
        return this == PERSON || this == FAMILY;
    }
}
