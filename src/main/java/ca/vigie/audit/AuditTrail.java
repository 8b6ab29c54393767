package ca.vigie.audit;

import ca.vigie.system.Actor;
import ca.vigie.system.CommunityCalendar;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit trail inside the caller's transaction, so that the event and the read or
 * write it describes commit or roll back together. Appends are serialised by a transaction-level
 * lock, which keeps the chain a single line.
 */
@Service
public class AuditTrail {

    static final long CHAIN_LOCK = 0x5649474945L;

    private final JdbcClient jdbc;
    private final CommunityCalendar calendar;

    AuditTrail(JdbcClient jdbc, CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** When the chain was last checked for a community, and whether it was found unbroken. */
    public record LastCheck(Instant at, boolean intact) {}

    @Transactional(readOnly = true)
    public Optional<LastCheck> lastCheck(UUID communityId) {
        return jdbc.sql("""
                        select occurred_at, outcome from audit_event
                        where community_id = ? and action = 'AUDIT_CHAIN_VERIFIED'
                        order by occurred_at desc limit 1
                        """)
                .param(communityId)
                .query((rs, row) -> new LastCheck(
                        rs.getTimestamp("occurred_at").toInstant(),
                        AuditOutcome.SUCCESS.name().equals(rs.getString("outcome"))))
                .optional();
    }

    @Transactional
    public void record(AuditEntry entry) {
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(CHAIN_LOCK)
                .query(Object.class)
                .single();
        ChainLink last = jdbc.sql("select seq, hash from audit_event order by seq desc limit 1")
                .query((rs, row) -> new ChainLink(rs.getLong("seq"), rs.getBytes("hash")))
                .optional()
                .orElse(ChainLink.GENESIS);
        StoredEvent event = new StoredEvent(
                last.seq() + 1,
                calendar.now().truncatedTo(ChronoUnit.MICROS),
                entry,
                MDC.get("correlationId"),
                last.hash());
        jdbc.sql("""
                        insert into audit_event (seq, occurred_at, community_id, actor_id, actor_username,
                            organization_id, action, object_type, object_id, purpose, outcome, correlation_id,
                            previous_hash, hash)
                        values (:seq, :occurredAt, :communityId, :actorId, :actorUsername, :organizationId,
                            :action, :objectType, :objectId, :purpose, :outcome, :correlationId,
                            :previousHash, :hash)
                        """)
                .param("seq", event.seq())
                .param("occurredAt", java.sql.Timestamp.from(event.occurredAt()))
                .param("communityId", entry.communityId())
                .param("actorId", entry.actorId())
                .param("actorUsername", entry.actorUsername())
                .param("organizationId", entry.organizationId())
                .param("action", entry.action())
                .param("objectType", entry.objectType())
                .param("objectId", entry.objectId())
                .param("purpose", entry.purpose())
                .param("outcome", entry.outcome().name())
                .param("correlationId", event.correlationId())
                .param("previousHash", event.previousHash())
                .param("hash", event.hash())
                .update();
    }

    /** Records a read of personal information by a person, with the reason given. */
    @Transactional
    public void recordRead(Actor actor, String objectType, Object objectId, String purpose) {
        record(AuditEntry.by(actor, "PERSONAL_INFORMATION_READ", objectType, objectId)
                .withPurpose(purpose));
    }

    record ChainLink(long seq, byte[] hash) {
        static final ChainLink GENESIS = new ChainLink(0, new byte[32]);
    }
}
