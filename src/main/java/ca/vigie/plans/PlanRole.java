package ca.vigie.plans;

/**
 * What a person may do on one plan. Coordinator: everything, members included. Editor: the tree and
 * its items. Updater: progress and comments on the items they are responsible for. Viewer: read.
 */
public enum PlanRole {
    COORDINATOR,
    EDITOR,
    UPDATER,
    VIEWER;

    public boolean atLeast(PlanRole other) {
        return ordinal() <= other.ordinal();
    }
}
