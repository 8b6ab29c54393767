package ca.vigie.situations.tables;

import ca.vigie.organizations.AgreementStatus;
import ca.vigie.system.NamedObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A situation table: its member organisations with their agreements, its representatives and its chair. */
public record SituationTable(
        UUID id,
        UUID communityId,
        String nameFr,
        String nameEn,
        @Nullable UUID chairUserId,
        int version,
        List<Member> members,
        List<Representative> representatives)
        implements NamedObject {

    /** A member organisation and its information-sharing agreement. */
    public record Member(UUID organizationId, String agreementReference, LocalDate signed, LocalDate expires) {

        public AgreementStatus agreement(LocalDate today) {
            return AgreementStatus.of(signed, expires, today);
        }
    }

    /** A person who sits at the table for a member organisation. */
    public record Representative(UUID userId, UUID organizationId) {}

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public Optional<Member> member(UUID organizationId) {
        return members.stream()
                .filter(m -> m.organizationId().equals(organizationId))
                .findFirst();
    }

    public List<Representative> representativesOf(UUID organizationId) {
        return representatives.stream()
                .filter(r -> r.organizationId().equals(organizationId))
                .toList();
    }

    /** Whether the organisation is a member whose agreement lets it receive identifying information today. */
    public boolean mayReceiveIdentifyingInformation(UUID organizationId, LocalDate today) {
        return member(organizationId)
                .map(m -> m.agreement(today).allowsIdentifyingInformation())
                .orElse(false);
    }
}
