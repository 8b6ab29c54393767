package ca.vigie.complaints.web;

import ca.vigie.complaints.process.StepKind;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A step done for a deadline, as typed. */
record StepForm(
        @Nullable StepKind kind,

        @Nullable LocalDate doneOn,

        @Nullable String lateReason,
        @Nullable UUID formToken) {

    static StepForm blank() {
        return new StepForm(null, null, "", UUID.randomUUID());
    }
}
