package ca.vigie.situations.web;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A value of a reference list as typed: its two wordings, and its category or outcome where the list has one. */
record ReferenceForm(
        @Size(max = 200, message = "{validation.tooLong}") @Nullable
        String labelFr,

        @Size(max = 200, message = "{validation.tooLong}") @Nullable
        String labelEn,

        @Nullable UUID parentId,
        @Nullable String grouping,
        @Nullable UUID formToken,
        @Nullable Integer version) {

    static ReferenceForm blank() {
        return new ReferenceForm("", "", null, null, UUID.randomUUID(), null);
    }

    String fr() {
        return labelFr == null ? "" : labelFr;
    }

    String en() {
        return labelEn == null ? "" : labelEn;
    }
}
