package ca.vigie.complaints.web;

import ca.vigie.complaints.process.StepKind;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A step done for a deadline, as typed. */
record StepForm(
        @Nullable StepKind kind,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate doneOn,

        @Nullable String lateReason,
        @Nullable UUID formToken) {

    static StepForm blank() {
        return new StepForm(null, null, "", UUID.randomUUID());
    }
}
