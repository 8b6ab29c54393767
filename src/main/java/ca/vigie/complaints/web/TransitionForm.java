package ca.vigie.complaints.web;

import ca.vigie.complaints.files.Transition;
import ca.vigie.complaints.process.ClosureReason;
import ca.vigie.complaints.process.InformalMethod;
import ca.vigie.complaints.process.Stage;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A move to the next stage, as typed. */
record TransitionForm(
        @Nullable Stage to,

        @Nullable LocalDate on,

        @Nullable ClosureReason closureReason,
        @Nullable InformalMethod method,
        @Nullable Boolean consentRecorded,
        @Nullable String lateReason,
        @Nullable Integer version) {

    static TransitionForm blank(int version) {
        return new TransitionForm(null, null, null, null, false, "", version);
    }

    Transition transition() {
        return new Transition(
                to,
                on,
                closureReason,
                method,
                Boolean.TRUE.equals(consentRecorded),
                lateReason == null ? "" : lateReason);
    }
}
