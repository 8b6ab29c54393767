package ca.vigie.situations.web;

import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationType;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A situation as typed at filter 1: the de-identified facts and, apart, the identifying details. */
record SituationForm(
        @Nullable SituationType type,
        @Nullable AgeBand ageBand,
        @Nullable Gender gender,
        @Nullable String summary,
        @Nullable List<UUID> riskFactorIds,
        @Nullable List<UUID> protectiveFactorIds,
        @Nullable String fullName,
        @Nullable String dateOfBirth,
        @Nullable String address,
        @Nullable String otherContact,
        @Nullable UUID formToken,
        @Nullable Integer version) {

    static SituationForm blank() {
        return new SituationForm(null, null, null, "", List.of(), List.of(), "", "", "", "", UUID.randomUUID(), null);
    }

    static SituationForm of(Situation situation, Situation.Identity identity) {
        return new SituationForm(
                situation.type(),
                situation.ageBand(),
                situation.gender(),
                situation.summary(),
                situation.riskFactorIds(),
                situation.protectiveFactorIds(),
                identity.fullName(),
                identity.dateOfBirth(),
                identity.address(),
                identity.otherContact(),
                null,
                situation.version());
    }

    Situation.Facts facts() {
        return new Situation.Facts(
                type,
                ageBand,
                gender,
                summary == null ? "" : summary,
                riskFactorIds == null ? List.of() : riskFactorIds,
                protectiveFactorIds == null ? List.of() : protectiveFactorIds);
    }

    Situation.Identity identity() {
        return new Situation.Identity(text(fullName), text(dateOfBirth), text(address), text(otherContact));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
