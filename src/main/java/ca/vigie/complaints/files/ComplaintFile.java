package ca.vigie.complaints.files;

import ca.vigie.complaints.intake.Channel;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.process.ClosureReason;
import ca.vigie.complaints.process.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A complaint file as its assigned staff read it; the reporter's identity is read apart. */
public record ComplaintFile(
        UUID id,
        UUID communityId,
        UUID officeId,
        UUID organizationId,
        Jurisdiction jurisdiction,
        String reference,
        Channel channel,
        ReporterMode mode,
        ReporterRole reporterRole,
        Set<ComplaintType> types,
        Stage stage,
        LocalDate receivedOn,
        LocalDate occurredFrom,
        @Nullable LocalDate occurredTo,
        String location,
        String narrative,
        List<Intake.Party> people,
        String witnesses,
        String hopedOutcome,
        boolean identityShared,
        @Nullable ClosureReason closureReason,
        int version) {

    public LocalDate lastIncident() {
        return occurredTo == null ? occurredFrom : occurredTo;
    }
}
