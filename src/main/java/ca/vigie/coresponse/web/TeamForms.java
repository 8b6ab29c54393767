package ca.vigie.coresponse.web;

import ca.vigie.coresponse.teams.Law;
import ca.vigie.coresponse.teams.TeamRole;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The forms of a team's set-up and roster, as typed. */
final class TeamForms {

    private TeamForms() {}

    /** The team's law and police service, edited from the version the administrator saw. */
    record Settings(
            @Nullable Law law,
            @Nullable UUID policeOrganizationId,
            @Nullable Integer version) {

        int expectedVersion() {
            return version == null ? -1 : version;
        }
    }

    /** A health or social organisation to add to the team. */
    record Partner(@Nullable UUID organizationId) {}

    /** A person to add to the team in a role. */
    record Member(@Nullable UUID userId, @Nullable TeamRole role) {}

    /** A new dyad's label. */
    record Dyad(@Nullable String label) {}

    /** A shift on the roster, its times in the community's zone. */
    record Shift(
            @Nullable UUID dyadId,
            @Nullable UUID officerId,
            @Nullable UUID workerId,
            @Nullable LocalDateTime startsAt,
            @Nullable LocalDateTime endsAt,
            @Nullable UUID formToken) {

        static Shift blank() {
            return new Shift(null, null, null, null, null, UUID.randomUUID());
        }

        UUID token() {
            return formToken == null ? UUID.randomUUID() : formToken;
        }
    }
}
