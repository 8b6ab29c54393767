package ca.vigie.coresponse.teams;

import ca.vigie.system.NamedObject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A mixed team as set up: its names and law, its police service and health or social partners, its
 * members with their role and side, and its dyads.
 */
public record Team(
        UUID id,
        UUID communityId,
        String nameFr,
        String nameEn,
        int version,
        Law law,
        @Nullable UUID policeOrganizationId,
        List<UUID> partners,
        List<Member> members,
        List<Dyad> dyads)
        implements NamedObject {

    /** A person on the team; {@code side} is empty for a steering member. */
    public record Member(
            UUID userId, TeamRole role, @Nullable Side side) {}

    /** A standing unit of the team, such as a car or a call sign. */
    public record Dyad(UUID id, String label, boolean retired) {}

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public Optional<Member> member(UUID userId) {
        return members.stream().filter(m -> m.userId().equals(userId)).findFirst();
    }

    public Optional<Dyad> dyad(UUID dyadId) {
        return dyads.stream().filter(d -> d.id().equals(dyadId)).findFirst();
    }

    public List<Dyad> activeDyads() {
        return dyads.stream().filter(d -> !d.retired()).toList();
    }

    public List<Member> membersIn(TeamRole role) {
        return members.stream().filter(m -> m.role() == role).toList();
    }

    /** The side of a person of this organisation, if the organisation is on the team. */
    public Optional<Side> sideOf(UUID organizationId) {
        if (organizationId.equals(policeOrganizationId)) {
            return Optional.of(Side.POLICE);
        }
        return partners.contains(organizationId) ? Optional.of(Side.HEALTH) : Optional.empty();
    }
}
