package ca.vigie.organizations.admin;

import ca.vigie.organizations.OrganizationDirectory;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An organisation's information-sharing agreement as typed: a new one, or the renewal of its current one. */
record AgreementForm(
        @Size(max = 120, message = "{validation.tooLong}") @Nullable
        String agreementReference,

        @Nullable LocalDate agreementSigned,
        @Nullable LocalDate agreementExpires) {

    static AgreementForm of(OrganizationDirectory.@Nullable AgreementRef current) {
        return current == null
                ? new AgreementForm("", null, null)
                : new AgreementForm(current.reference(), current.signed(), current.expires());
    }

    String reference() {
        return agreementReference == null ? "" : agreementReference;
    }
}
