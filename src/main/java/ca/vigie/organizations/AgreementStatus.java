package ca.vigie.organizations;

import java.time.LocalDate;

/** Where an information-sharing agreement stands on a given day. */
public enum AgreementStatus {
    /** Signed, and in force for more than the notice period. */
    IN_FORCE,
    /** In force, but ending within the notice period: time to renew. */
    ENDING_SOON,
    /** Signed with a date still to come. */
    NOT_YET_IN_FORCE,
    /** Past its expiry date. */
    EXPIRED;

    static final int NOTICE_DAYS = 30;

    public static AgreementStatus of(LocalDate signed, LocalDate expires, LocalDate today) {
        if (today.isBefore(signed)) {
            return NOT_YET_IN_FORCE;
        }
        if (today.isAfter(expires)) {
            return EXPIRED;
        }
        return today.plusDays(NOTICE_DAYS).isAfter(expires) ? ENDING_SOON : IN_FORCE;
    }

    /** Only an organisation under an agreement in force may receive identifying information. */
    public boolean allowsIdentifyingInformation() {
        return this == IN_FORCE || this == ENDING_SOON;
    }
}
