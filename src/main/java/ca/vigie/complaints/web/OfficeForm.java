package ca.vigie.complaints.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An office's names as typed. */
record OfficeForm(
        @Nullable String nameFr,
        @Nullable String nameEn,
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
