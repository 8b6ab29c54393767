package ca.vigie.organizations.directory;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A partner organisation of a community: police service, health centre, school board, ... */
@Table("organization")
public record Organization(
        @Id UUID id,
        UUID communityId,
        String nameFr,
        String nameEn,
        String sector,
        boolean active,
        @Version @Nullable Integer version,
        Instant createdAt,
        Instant updatedAt) {

    public static Organization create(UUID communityId, OrganizationDetails details, Instant now) {
        return new Organization(
                UUID.randomUUID(),
                communityId,
                details.nameFr(),
                details.nameEn(),
                details.sector(),
                true,
                null,
                now,
                now);
    }

    public Organization edit(OrganizationDetails details, int expectedVersion, Instant now) {
        return new Organization(
                id,
                communityId,
                details.nameFr(),
                details.nameEn(),
                details.sector(),
                active,
                expectedVersion,
                createdAt,
                now);
    }

    public Organization withActive(boolean active, Instant now) {
        return new Organization(id, communityId, nameFr, nameEn, sector, active, version, createdAt, now);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public OrganizationDetails details() {
        return new OrganizationDetails(nameFr, nameEn, sector);
    }

    public record OrganizationDetails(String nameFr, String nameEn, String sector) {}
}
