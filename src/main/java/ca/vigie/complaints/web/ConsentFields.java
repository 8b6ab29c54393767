package ca.vigie.complaints.web;

import ca.vigie.complaints.files.InformalServices;
import ca.vigie.complaints.intake.ConsentForm;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The person's consent to turn an informal service into a complaint, as the staff member records it. */
record ConsentFields(
        @Nullable Boolean consentGiven,
        @Nullable ConsentForm consentHow,

        @Nullable LocalDate consentOn) {

    static ConsentFields blank(LocalDate today) {
        return new ConsentFields(false, null, today);
    }

    InformalServices.Consent consent() {
        return new InformalServices.Consent(Boolean.TRUE.equals(consentGiven), consentHow, consentOn);
    }
}
