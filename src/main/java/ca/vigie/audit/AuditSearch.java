package ca.vigie.audit;

import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the trail for the auditor screen and checks that its chain is unbroken. */
@Component
class AuditSearch {

    static final int PAGE_SIZE = 50;
    private static final int VERIFY_BATCH = 5_000;

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(
            @Size(max = 100, message = "{validation.tooLong}") @Nullable
            String person,

            @Size(max = 60, message = "{validation.tooLong}") @Nullable
            String objectType,

            @Size(max = 100, message = "{validation.tooLong}") @Nullable
            String objectId,

            @Size(max = 60, message = "{validation.tooLong}") @Nullable
            String action,

            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable Long before) {}

    record Row(
            long seq,
            Instant occurredAt,
            @Nullable String actorUsername,
            String action,
            @Nullable String objectType,
            @Nullable String objectId,
            @Nullable String purpose,
            String outcome) {}

    record Page(List<Row> rows, @Nullable Long nextBefore) {}

    /**
     * The result of a verification. The head (newest entry and its hash) is the checkpoint to note
     * outside Vigie: a later verification against it reveals entries removed from the end, which the
     * chain alone cannot show.
     */
    record Verification(
            boolean intact,
            long checked,
            @Nullable Long firstBrokenSeq,
            boolean checkpointMatched,
            long headSeq,
            String headHash) {}

    @Transactional(readOnly = true)
    Page search(UUID communityId, Filter filter, ZoneId zone) {
        StringBuilder sql = new StringBuilder(
                "select seq, occurred_at, actor_username, action, object_type, object_id, purpose, outcome "
                        + "from audit_event where community_id = :community");
        var params = new java.util.HashMap<String, Object>();
        params.put("community", communityId);
        if (hasText(filter.person())) {
            sql.append(" and lower(actor_username) = lower(:person)");
            params.put("person", filter.person().strip());
        }
        if (hasText(filter.objectType())) {
            sql.append(" and object_type = :objectType");
            params.put("objectType", filter.objectType().strip());
        }
        if (hasText(filter.objectId())) {
            sql.append(" and object_id = :objectId");
            params.put("objectId", filter.objectId().strip());
        }
        if (hasText(filter.action())) {
            sql.append(" and action = :action");
            params.put("action", filter.action().strip());
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < :to");
            params.put(
                    "to",
                    Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.before() != null) {
            sql.append(" and seq < :before");
            params.put("before", filter.before());
        }
        sql.append(" order by seq desc limit ").append(PAGE_SIZE + 1);
        List<Row> rows = new ArrayList<>(
                jdbc.sql(sql.toString()).params(params).query(AuditSearch::row).list());
        Long nextBefore = null;
        if (rows.size() > PAGE_SIZE) {
            rows = rows.subList(0, PAGE_SIZE);
            nextBefore = rows.get(PAGE_SIZE - 1).seq();
        }
        return new Page(rows, nextBefore);
    }

    List<String> actions(UUID communityId) {
        return jdbc.sql("select distinct action from audit_event where community_id = ? order by action")
                .param(communityId)
                .query(String.class)
                .list();
    }

    /**
     * Walks the whole chain in order: every row must follow its predecessor without a gap, point
     * at its hash, and hash to the value it stores.
     */
    @Transactional(readOnly = true)
    Verification verify(@Nullable Long checkpointSeq, @Nullable String checkpointHash) {
        byte[] previous = AuditTrail.ChainLink.GENESIS.hash();
        boolean checkpointMatched = checkpointSeq == null;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<StoredRow> batch = jdbc.sql("""
                            select seq, occurred_at, community_id, actor_id, actor_username, organization_id,
                                   action, object_type, object_id, purpose, outcome, correlation_id,
                                   previous_hash, hash
                            from audit_event where seq >= ? order by seq limit ?
                            """)
                    .params(expectedSeq, VERIFY_BATCH)
                    .query(AuditSearch::storedRow)
                    .list();
            if (batch.isEmpty()) {
                return new Verification(
                        checkpointMatched,
                        checked,
                        null,
                        checkpointMatched,
                        expectedSeq - 1,
                        HexFormat.of().formatHex(previous));
            }
            for (StoredRow row : batch) {
                boolean linked = row.event().seq() == expectedSeq
                        && Arrays.equals(row.event().previousHash(), previous)
                        && Arrays.equals(row.event().hash(), row.storedHash());
                if (!linked) {
                    return new Verification(
                            false,
                            checked,
                            expectedSeq,
                            false,
                            expectedSeq - 1,
                            HexFormat.of().formatHex(previous));
                }
                if (checkpointSeq != null && row.event().seq() == checkpointSeq) {
                    String noted = checkpointHash == null ? "" : checkpointHash.strip();
                    checkpointMatched =
                            HexFormat.of().formatHex(row.storedHash()).equalsIgnoreCase(noted);
                }
                previous = row.storedHash();
                expectedSeq++;
                checked++;
            }
        }
    }

    private record StoredRow(StoredEvent event, byte[] storedHash) {}

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        return new Row(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor_username"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("purpose"),
                rs.getString("outcome"));
    }

    private static StoredRow storedRow(ResultSet rs, int rowNum) throws SQLException {
        AuditEntry entry = new AuditEntry(
                rs.getObject("community_id", UUID.class),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_username"),
                rs.getObject("organization_id", UUID.class),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("purpose"),
                AuditOutcome.valueOf(rs.getString("outcome")));
        StoredEvent event = new StoredEvent(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                entry,
                rs.getString("correlation_id"),
                rs.getBytes("previous_hash"));
        return new StoredRow(event, rs.getBytes("hash"));
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
