package ca.vigie.complaints.web;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An office's names as typed. */
record OfficeForm(
        @Size(max = 200, message = "{validation.tooLong}") @Nullable
        String nameFr,

        @Size(max = 200, message = "{validation.tooLong}") @Nullable
        String nameEn,

        @Nullable UUID formToken,
        @Nullable Integer version) {

    static OfficeForm blank() {
        return new OfficeForm("", "", UUID.randomUUID(), null);
    }

    String fr() {
        return nameFr == null ? "" : nameFr;
    }

    String en() {
        return nameEn == null ? "" : nameEn;
    }
}
