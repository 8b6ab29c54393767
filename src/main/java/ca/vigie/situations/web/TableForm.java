package ca.vigie.situations.web;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A table's names as typed. */
record TableForm(
        @Size(max = 200, message = "{validation.tooLong}") @Nullable
        String nameFr,

        @Size(max = 200, message = "{validation.tooLong}") @Nullable
        String nameEn,

        @Nullable UUID formToken,
        @Nullable Integer version) {

    static TableForm blank() {
        return new TableForm("", "", UUID.randomUUID(), null);
    }

    String fr() {
        return nameFr == null ? "" : nameFr;
    }

    String en() {
        return nameEn == null ? "" : nameEn;
    }
}
