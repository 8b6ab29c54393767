package ca.vigie.complaints.offices;

/**
 * The law an organisation's workplace falls under, which sets a complaint's steps, notices,
 * deadlines and retention.
 */
public enum Jurisdiction {
    /** Canada Labour Code and its harassment and violence prevention regulations. */
    FEDERAL,
    /** Ontario's Occupational Health and Safety Act. */
    ONTARIO,
    /** Québec's Act respecting labour standards. */
    QUEBEC
}
