package ca.vigie.complaints.process;

/** How an informal resolution is sought, with the parties' consent. */
public enum InformalMethod {
    COACHING,
    FACILITATED_DIALOGUE,
    MEDIATION
}
