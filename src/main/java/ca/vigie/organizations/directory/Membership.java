package ca.vigie.organizations.directory;

import ca.vigie.organizations.Role;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** One role granted to a person, exercised on behalf of an organisation. */
@Table("membership")
public record Membership(
        @Id UUID id,
        UUID communityId,
        UUID userId,
        UUID organizationId,
        Role role,
        @Nullable String scopeType,
        @Nullable UUID scopeId,
        Instant grantedAt,
        @Nullable UUID grantedBy)
        implements Persistable<UUID> {

    public static Membership grant(
            UUID communityId, UUID userId, UUID organizationId, Role role, Instant now, @Nullable UUID grantedBy) {
        return new Membership(UUID.randomUUID(), communityId, userId, organizationId, role, null, null, now, grantedBy);
    }

    @Override
    public UUID getId() {
        return id;
    }

    /** A membership is granted or revoked, never edited. */
    @Override
    @Transient
    public boolean isNew() {
        return true;
    }
}
