package ca.vigie.situations.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A table's names as typed. */
record TableForm(
        @Nullable String nameFr,
        @Nullable String nameEn,
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
