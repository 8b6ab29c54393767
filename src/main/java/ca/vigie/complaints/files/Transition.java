package ca.vigie.complaints.files;

import ca.vigie.complaints.process.ClosureReason;
import ca.vigie.complaints.process.InformalMethod;
import ca.vigie.complaints.process.Stage;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A move of a file to its next stage, with what that stage asks for. */
public record Transition(
        @Nullable Stage to,
        @Nullable LocalDate on,
        @Nullable ClosureReason closureReason,
        @Nullable InformalMethod method,
        boolean consentRecorded,
        String lateReason) {}
