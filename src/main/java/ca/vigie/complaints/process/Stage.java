package ca.vigie.complaints.process;

/**
 * Where a complaint stands. After the initial review a file goes through one or more ways of
 * resolving it, as its jurisdiction allows; an investigation leads to recommendations and their
 * implementation; every file ends closed, with a reason.
 */
public enum Stage {
    RECEIVED,
    INITIAL_REVIEW,
    INFORMAL_RESOLUTION,
    NEGOTIATED_RESOLUTION,
    CONCILIATION,
    INVESTIGATION,
    RECOMMENDATIONS,
    IMPLEMENTATION,
    CLOSED;

    /** A way of resolving a complaint, entered after the initial review. */
    public boolean resolution() {
        return this == INFORMAL_RESOLUTION
                || this == NEGOTIATED_RESOLUTION
                || this == CONCILIATION
                || this == INVESTIGATION;
    }

    /** Entering it needs the parties' recorded consent. */
    public boolean needsConsent() {
        return this == INFORMAL_RESOLUTION || this == CONCILIATION;
    }
}
