package ca.vigie.organizations.admin;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A sector as typed: its two wordings. */
record SectorForm(
        @Size(max = 120, message = "{validation.tooLong}") @Nullable
        String labelFr,

        @Size(max = 120, message = "{validation.tooLong}") @Nullable
        String labelEn,

        @Nullable UUID formToken,
        @Nullable Integer version) {

    static SectorForm blank() {
        return new SectorForm("", "", UUID.randomUUID(), null);
    }

    String fr() {
        return labelFr == null ? "" : labelFr;
    }

    String en() {
        return labelEn == null ? "" : labelEn;
    }
}
