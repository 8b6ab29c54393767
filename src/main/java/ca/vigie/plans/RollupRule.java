package ca.vigie.plans;

/**
 * How the progress of an item's children rolls up to it. The rule is named on screen next to every
 * rolled-up value. Indicator status (outcomes) is never part of a roll-up.
 */
public enum RollupRule {
    /** The most severe status among the children. */
    WORST_CHILD,
    /** The share of the leaf items below that are completed. */
    SHARE_COMPLETED,
    /** No roll-up: each item shows only the status set on it. */
    MANUAL
}
