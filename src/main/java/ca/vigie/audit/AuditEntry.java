package ca.vigie.audit;

import ca.vigie.system.Actor;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event for the audit trail. The action is a stable code ({@code LOGIN_SUCCEEDED},
 * {@code ORGANIZATION_CREATED}); the object names a type and an id, never its content.
 */
public record AuditEntry(
        @Nullable UUID communityId,
        @Nullable UUID actorId,
        @Nullable String actorUsername,
        @Nullable UUID organizationId,
        String action,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable String purpose,
        AuditOutcome outcome) {

    public static AuditEntry by(Actor actor, String action, String objectType, Object objectId) {
        return new AuditEntry(
                actor.communityId(),
                actor.userId(),
                actor.username(),
                actor.organizationId(),
                action,
                objectType,
                objectId.toString(),
                null,
                AuditOutcome.SUCCESS);
    }

    /** An event of a scheduled job, done on no one's behalf. */
    public static AuditEntry bySystem(UUID communityId, String action, String objectType, Object objectId) {
        return new AuditEntry(
                communityId, null, null, null, action, objectType, objectId.toString(), null, AuditOutcome.SUCCESS);
    }

    public AuditEntry withPurpose(String purpose) {
        return new AuditEntry(
                communityId, actorId, actorUsername, organizationId, action, objectType, objectId, purpose, outcome);
    }

    public AuditEntry withOutcome(AuditOutcome outcome) {
        return new AuditEntry(
                communityId, actorId, actorUsername, organizationId, action, objectType, objectId, purpose, outcome);
    }
}
