package ca.vigie.coresponse.web;

import ca.vigie.coresponse.calls.ApprehensionBasis;
import ca.vigie.coresponse.calls.Call;
import ca.vigie.coresponse.calls.CallAction;
import ca.vigie.coresponse.calls.CallFacts;
import ca.vigie.coresponse.calls.CallRole;
import ca.vigie.coresponse.calls.CallSource;
import ca.vigie.coresponse.calls.CallTimes;
import ca.vigie.coresponse.calls.Calls;
import ca.vigie.coresponse.calls.Disposition;
import ca.vigie.coresponse.calls.KnownPeople;
import ca.vigie.coresponse.calls.Nature;
import ca.vigie.coresponse.calls.NewPerson;
import ca.vigie.coresponse.calls.SafetyFlag;
import ca.vigie.coresponse.calls.WithoutTeam;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A call as the dyad types it on a phone: times to the minute in the community's zone, the lists as
 * codes, and either a person the team knows or one met for the first time.
 */
record CallForm(
        @Nullable UUID dyadId,

        @Size(max = Calls.INCIDENT_MAX, message = "{validation.tooLong}") @Nullable
        String incidentNumber,

        @Nullable CallSource source,
        @Nullable CallRole role,
        @Nullable LocalDateTime receivedAt,
        @Nullable LocalDateTime dispatchedAt,
        @Nullable LocalDateTime onSceneAt,
        @Nullable LocalDateTime clearedAt,
        @Nullable UUID areaId,
        @Nullable Set<Nature> natures,
        @Nullable Set<SafetyFlag> safetyFlags,
        @Nullable Set<CallAction> actions,
        @Nullable Disposition disposition,
        @Nullable ApprehensionBasis apprehensionBasis,
        @Nullable LocalDateTime edArrivalAt,
        @Nullable LocalDateTime edHandoverAt,
        @Nullable WithoutTeam withoutTeam,
        @Nullable UUID personId,

        @Size(max = KnownPeople.LABEL_MAX, message = "{validation.tooLong}") @Nullable
        String personLabel,

        @Size(max = KnownPeople.NAME_MAX, message = "{validation.tooLong}") @Nullable
        String personName,

        @Nullable LocalDate personBirthDate,

        @Size(max = KnownPeople.PHONE_MAX, message = "{validation.tooLong}") @Nullable
        String personPhone,

        @Nullable UUID formToken,
        @Nullable Integer version) {

    /** The times that have a button to set them to the present minute. */
    static final Set<String> STAMPED =
            Set.of("receivedAt", "dispatchedAt", "onSceneAt", "clearedAt", "edArrivalAt", "edHandoverAt");

    /** A new call: received now, in the dyad the person works in, if any. */
    static CallForm blank(@Nullable UUID dyadId, LocalDateTime now) {
        return new CallForm(
                dyadId,
                "",
                null,
                CallRole.PRIMARY,
                minute(now),
                null,
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                "",
                "",
                null,
                "",
                UUID.randomUUID(),
                null);
    }

    /** A call as saved, to edit it from its version. */
    static CallForm of(Call call, ZoneId zone) {
        CallFacts facts = call.facts();
        CallTimes times = facts.times();
        return new CallForm(
                facts.dyadId(),
                facts.incidentNumber() == null ? "" : facts.incidentNumber(),
                facts.source(),
                facts.role(),
                local(times.receivedAt(), zone),
                local(times.dispatchedAt(), zone),
                local(times.onSceneAt(), zone),
                local(times.clearedAt(), zone),
                facts.areaId(),
                facts.natures(),
                facts.safetyFlags(),
                facts.actions(),
                facts.disposition(),
                facts.apprehensionBasis(),
                local(times.edArrivalAt(), zone),
                local(times.edHandoverAt(), zone),
                facts.withoutTeam(),
                facts.personId(),
                "",
                "",
                null,
                "",
                null,
                call.version());
    }

    /** The form as typed with one of its times set to the present minute. */
    CallForm stamped(String field, LocalDateTime now) {
        LocalDateTime at = minute(now);
        return new CallForm(
                dyadId,
                incidentNumber,
                source,
                role,
                field.equals("receivedAt") ? at : receivedAt,
                field.equals("dispatchedAt") ? at : dispatchedAt,
                field.equals("onSceneAt") ? at : onSceneAt,
                field.equals("clearedAt") ? at : clearedAt,
                areaId,
                natures,
                safetyFlags,
                actions,
                disposition,
                apprehensionBasis,
                field.equals("edArrivalAt") ? at : edArrivalAt,
                field.equals("edHandoverAt") ? at : edHandoverAt,
                withoutTeam,
                personId,
                personLabel,
                personName,
                personBirthDate,
                personPhone,
                formToken,
                version);
    }

    CallFacts facts(ZoneId zone) {
        return new CallFacts(
                dyadId,
                incidentNumber,
                source,
                role,
                new CallTimes(
                        instant(receivedAt, zone),
                        instant(dispatchedAt, zone),
                        instant(onSceneAt, zone),
                        instant(clearedAt, zone),
                        instant(edArrivalAt, zone),
                        instant(edHandoverAt, zone)),
                areaId,
                natures == null ? Set.of() : natures,
                safetyFlags == null ? Set.of() : safetyFlags,
                actions == null ? Set.of() : actions,
                disposition,
                apprehensionBasis,
                withoutTeam,
                personId);
    }

    NewPerson person() {
        return new NewPerson(personLabel, personName, personBirthDate, personPhone);
    }

    UUID token() {
        return formToken == null ? UUID.randomUUID() : formToken;
    }

    int expectedVersion() {
        return version == null ? -1 : version;
    }

    /** The form as typed, on the version someone else just saved. */
    CallForm over(int theirVersion) {
        return new CallForm(
                dyadId,
                incidentNumber,
                source,
                role,
                receivedAt,
                dispatchedAt,
                onSceneAt,
                clearedAt,
                areaId,
                natures,
                safetyFlags,
                actions,
                disposition,
                apprehensionBasis,
                edArrivalAt,
                edHandoverAt,
                withoutTeam,
                personId,
                personLabel,
                personName,
                personBirthDate,
                personPhone,
                formToken,
                theirVersion);
    }

    private static LocalDateTime minute(LocalDateTime at) {
        return at.truncatedTo(ChronoUnit.MINUTES);
    }

    private static @Nullable LocalDateTime local(@Nullable Instant at, ZoneId zone) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone);
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime at, ZoneId zone) {
        return at == null ? null : at.atZone(zone).toInstant();
    }
}
