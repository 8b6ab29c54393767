package ca.vigie.situations.cases;

/** Where a situation stands in the four filters. */
public enum Stage {
    /** Filter 1: screened inside the originating organisation, seen by it alone. */
    ORIGINATING,
    /** Filter 2: on a meeting's agenda, its de-identified facts seen by every representative at the table. */
    TABLED,
    /** Filter 2 decided: the four criteria of acutely elevated risk hold. */
    ACCEPTED,
    /** Filter 2 decided: not acutely elevated; back with its organisation, reduced to the minimum. */
    REJECTED,
    /** Filter 4: the lead and assisting organisations act; only they see identifying details and notes. */
    INTERVENTION,
    /** Concluded with a reason and a date; the team keeps its access until retention destroys the details. */
    CONCLUDED;

    /**
     * Whether a situation at this stage may move to another: each filter in turn, the decision either
     * way, and nothing back. Rejected and concluded are final.
     */
    public boolean mayMoveTo(Stage next) {
        return switch (this) {
            case ORIGINATING -> next == TABLED;
            case TABLED -> next == ACCEPTED || next == REJECTED;
            case ACCEPTED -> next == INTERVENTION;
            case INTERVENTION -> next == CONCLUDED;
            case REJECTED, CONCLUDED -> false;
        };
    }

    /** From tabling on, every representative at the table sees the de-identified facts; a rejected one went back. */
    public boolean sharedWithTable() {
        return this != ORIGINATING && this != REJECTED;
    }
}
