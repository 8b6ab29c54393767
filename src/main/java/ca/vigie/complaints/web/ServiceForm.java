package ca.vigie.complaints.web;

import ca.vigie.complaints.files.InformalServices;
import ca.vigie.complaints.intake.InformalKind;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An informal service as typed: only what the office needs to count its work and follow up. */
record ServiceForm(
        @Nullable InformalKind kind,
        @Nullable UUID organizationId,

        @Nullable LocalDate providedOn,

        @Nullable String person,
        @Nullable String note,
        @Nullable UUID formToken) {

    static ServiceForm blank(LocalDate today) {
        return new ServiceForm(null, null, today, "", "", UUID.randomUUID());
    }

    InformalServices.NewService service() {
        return new InformalServices.NewService(
                organizationId, kind, providedOn, person == null ? "" : person, note == null ? "" : note);
    }

    UUID token() {
        return formToken == null ? UUID.randomUUID() : formToken;
    }
}
