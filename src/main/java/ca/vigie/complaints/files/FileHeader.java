package ca.vigie.complaints.files;

import ca.vigie.complaints.intake.Channel;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.process.ClosureReason;
import ca.vigie.complaints.process.Stage;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the office knows of a file without opening it: where it belongs and how far it has gone. */
public record FileHeader(
        UUID id,
        UUID communityId,
        UUID officeId,
        UUID organizationId,
        Jurisdiction jurisdiction,
        String reference,
        Channel channel,
        ReporterMode mode,
        Set<ComplaintType> types,
        Stage stage,
        LocalDate receivedOn,
        @Nullable ClosureReason closureReason,
        boolean legalHold,
        @Nullable UUID relatedFileId,
        java.time.@Nullable Instant contentDestroyedAt,
        int version) {

    public boolean contentDestroyed() {
        return contentDestroyedAt != null;
    }
}
