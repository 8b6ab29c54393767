package ca.vigie.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** An audit event as stored, with the hash that links it to the one before. */
record StoredEvent(
        long seq,
        Instant occurredAt,
        AuditEntry entry,
        @Nullable String correlationId,
        byte[] previousHash) {

    byte[] hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash);
            digest.update(ByteBuffer.allocate(Long.BYTES * 2)
                    .putLong(seq)
                    .putLong(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt))
                    .array());
            field(digest, entry.communityId());
            field(digest, entry.actorId());
            field(digest, entry.actorUsername());
            field(digest, entry.organizationId());
            field(digest, entry.action());
            field(digest, entry.objectType());
            field(digest, entry.objectId());
            field(digest, entry.purpose());
            field(digest, entry.outcome().name());
            field(digest, correlationId);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Length-prefixed, so that moving text from one field to the next changes the hash. */
    private static void field(MessageDigest digest, @Nullable Object value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array());
            return;
        }
        byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }
}
