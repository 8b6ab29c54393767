package ca.vigie.complaints.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The standard intake form, whichever door the complaint came through. */
public record Intake(
        Set<ComplaintType> types,
        ReporterMode mode,
        ReporterRole reporterRole,
        @Nullable LocalDate occurredFrom,
        @Nullable LocalDate occurredTo,
        String location,
        String narrative,
        List<Party> people,
        String witnesses,
        String hopedOutcome,
        List<UUID> attachments) {

    /** An intake with no documents attached. */
    public Intake(
            Set<ComplaintType> types,
            ReporterMode mode,
            ReporterRole reporterRole,
            @Nullable LocalDate occurredFrom,
            @Nullable LocalDate occurredTo,
            String location,
            String narrative,
            List<Party> people,
            String witnesses,
            String hopedOutcome) {
        this(
                types,
                mode,
                reporterRole,
                occurredFrom,
                occurredTo,
                location,
                narrative,
                people,
                witnesses,
                hopedOutcome,
                List.of());
    }

    /** Someone the complaint is about: a person with an account, or a name as the reporter gave it. */
    public record Party(
            @Nullable UUID userId, String name, @Nullable Relation relation) {

        public boolean blank() {
            return userId == null && name.isBlank();
        }
    }

    /** Who reported, when an intake officer takes down an oral report. */
    public record Reporter(@Nullable UUID userId, String name, String contact) {}
}
