package ca.vigie.situations.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member organisation's information-sharing agreement as typed: new member or renewal. */
record AgreementForm(
        @Nullable UUID organizationId,
        @Nullable String agreementReference,

        @Nullable LocalDate agreementSigned,

        @Nullable LocalDate agreementExpires) {

    static AgreementForm blank() {
        return new AgreementForm(null, "", null, null);
    }
}
