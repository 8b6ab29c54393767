package ca.vigie.complaints.process;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A date by which something is owed on a file, and when it was done, if it was. */
public record Deadline(
        DeadlineKind kind, LocalDate dueOn, @Nullable LocalDate doneOn) {

    /** How a deadline stands on a given day. */
    public enum State {
        MET,
        MET_LATE,
        DUE,
        MISSED
    }

    public State state(LocalDate today) {
        if (doneOn != null) {
            return doneOn.isAfter(dueOn) ? State.MET_LATE : State.MET;
        }
        return today.isAfter(dueOn) ? State.MISSED : State.DUE;
    }

    public boolean open() {
        return doneOn == null;
    }
}
