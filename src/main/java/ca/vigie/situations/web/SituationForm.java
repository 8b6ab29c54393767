package ca.vigie.situations.web;

import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.IdentityCorrection;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationType;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A situation as typed at filter 1: the de-identified facts and, apart, the identifying details.
 * {@code identityShown} says whether the correction form was given the recorded details; a form
 * that was not leaves its identity fields empty, and they must not erase what is recorded.
 */
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
        @Nullable Integer version,
        @Nullable Boolean identityShown) {

    static SituationForm blank() {
        return new SituationForm(
                null, null, null, "", List.of(), List.of(), "", "", "", "", UUID.randomUUID(), null, null);
    }

    /** The correction form as it first opens: the facts, and identity fields left empty. */
    static SituationForm withoutIdentity(Situation situation) {
        return of(situation, Situation.Identity.NONE, false);
    }

    /** The correction form with the recorded identifying details, shown on purpose. */
    static SituationForm withIdentity(Situation situation, Situation.Identity identity) {
        return of(situation, identity, true);
    }

    private static SituationForm of(Situation situation, Situation.Identity identity, boolean identityShown) {
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
                situation.version(),
                identityShown);
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

    /** Anything but a form that was given the recorded details keeps them where left blank. */
    IdentityCorrection identityCorrection() {
        return Boolean.TRUE.equals(identityShown)
                ? IdentityCorrection.AS_SHOWN
                : IdentityCorrection.BLANKS_KEEP_RECORDED;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
