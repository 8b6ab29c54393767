package ca.vigie.organizations.directory;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person who can sign in to Vigie, belonging to one organisation of one community. */
@Table("user_account")
public record UserAccount(
        @Id UUID id,
        UUID communityId,
        UUID organizationId,
        String username,
        String displayName,
        @Nullable String email,
        String passwordHash,
        boolean passwordChangeRequired,
        boolean enabled,
        @Nullable String preferredLanguage,
        byte @Nullable [] mfaSecret,
        boolean mfaEnabled,
        @Version @Nullable Integer version,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant lastSignInAt) {

    public static UserAccount create(
            UUID communityId, UserDetails details, String username, String passwordHash, Instant now) {
        return new UserAccount(
                UUID.randomUUID(),
                communityId,
                details.organizationId(),
                username,
                details.displayName(),
                details.email(),
                passwordHash,
                true,
                true,
                null,
                null,
                false,
                null,
                now,
                now,
                null);
    }

    public UserAccount edit(UserDetails details, int expectedVersion, Instant now) {
        return new UserAccount(
                id,
                communityId,
                details.organizationId(),
                username,
                details.displayName(),
                details.email(),
                passwordHash,
                passwordChangeRequired,
                enabled,
                preferredLanguage,
                mfaSecret,
                mfaEnabled,
                expectedVersion,
                createdAt,
                now,
                lastSignInAt);
    }

    public UserAccount withEnabled(boolean enabled, Instant now) {
        return new UserAccount(
                id,
                communityId,
                organizationId,
                username,
                displayName,
                email,
                passwordHash,
                passwordChangeRequired,
                enabled,
                preferredLanguage,
                mfaSecret,
                mfaEnabled,
                version,
                createdAt,
                now,
                lastSignInAt);
    }

    public UserAccount withPassword(String passwordHash, boolean changeRequired, Instant now) {
        return new UserAccount(
                id,
                communityId,
                organizationId,
                username,
                displayName,
                email,
                passwordHash,
                changeRequired,
                enabled,
                preferredLanguage,
                mfaSecret,
                mfaEnabled,
                version,
                createdAt,
                now,
                lastSignInAt);
    }

    public UserAccount withMfa(byte @Nullable [] encryptedSecret, boolean enabled, Instant now) {
        return new UserAccount(
                id,
                communityId,
                organizationId,
                username,
                displayName,
                email,
                passwordHash,
                passwordChangeRequired,
                this.enabled,
                preferredLanguage,
                encryptedSecret,
                enabled,
                version,
                createdAt,
                now,
                lastSignInAt);
    }

    public UserDetails details() {
        return new UserDetails(displayName, email, organizationId);
    }

    public record UserDetails(String displayName, @Nullable String email, UUID organizationId) {}

    @Override
    public String toString() {
        return "UserAccount[" + id + "]";
    }
}
