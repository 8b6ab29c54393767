package ca.vigie.situations.cases;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.FieldEncryption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an intervention stands at the table's follow-up meetings: the chair or a team member reports a
 * status and a remark the whole table reads, so a remark that could identify someone is refused with
 * what to remove; the remark is stored encrypted.
 */
@Service
public class ProgressReports {

    static final int MAX_REMARK = 500;

    private final SituationAccess access;
    private final JdbcClient jdbc;
    private final Situations situations;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;

    ProgressReports(
            JdbcClient jdbc,
            Situations situations,
            FieldEncryption encryption,
            AuditTrail audit,
            CommunityCalendar calendar,
            SituationAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.situations = situations;
        this.encryption = encryption;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** Progress reported at a follow-up meeting; the remark, checked for identifiers, may be empty. */
    public record ProgressReport(UUID meetingId, Progress status, String remark, Instant recordedAt) {}

    /**
     * The chair or a team member reports progress at a follow-up meeting: a meeting of the table held
     * after the one that accepted the situation, today or earlier. The remark is read by the whole
     * table, so a remark that could identify someone is refused with what to remove. Reporting again
     * at the same meeting replaces the report.
     */
    @Transactional
    public List<IdentifierCheck.Hit> reportProgress(
            VigiePrincipal who, UUID situationId, @Nullable UUID meetingId, @Nullable Progress status, String remark) {
        Situation situation = situations.get(who, situationId);
        if (situation.stage() != Stage.INTERVENTION) {
            throw new SituationRejection("status", "interventions.conclusion.notIntervention");
        }
        if (!access.isChair(who, situation.tableId()) && !access.onTeam(who, situation)) {
            throw new AccessDeniedException("Only the chair or the team reports progress");
        }
        if (meetingId == null || !followUpMeetings(who, situation).contains(meetingId)) {
            throw new SituationRejection("meetingId", "interventions.progress.meeting");
        }
        if (status == null) {
            throw new SituationRejection("status", "validation.required");
        }
        if (remark.strip().length() > MAX_REMARK) {
            throw new SituationRejection("remark", "text.tooLong", MAX_REMARK);
        }
        List<IdentifierCheck.Hit> hits = IdentifierCheck.find(remark, situations.namesToAvoid(situationId));
        if (!hits.isEmpty()) {
            return hits;
        }
        jdbc.sql("""
                        insert into situation_progress
                            (situation_id, community_id, meeting_id, status, remark, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (situation_id, meeting_id) do update set status = excluded.status,
                            remark = excluded.remark, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                        """)
                .params(
                        situationId,
                        who.communityId(),
                        meetingId,
                        status.name(),
                        remark.isBlank()
                                ? null
                                : encryption.encrypt(remark.strip(), remarkBinding(situationId, meetingId)),
                        who.userId(),
                        Timestamp.from(calendar.now()))
                .update();
        audit.record(AuditEntry.by(who, "SITUATION_PROGRESS_REPORTED", "situation", situationId));
        return List.of();
    }

    /** The meetings at which progress may be reported: held after the accepting one, up to today. */
    @Transactional(readOnly = true)
    public List<UUID> followUpMeetings(VigiePrincipal who, Situation situation) {
        return jdbc.sql("""
                        select m.id from situation_meeting m
                        join situation_meeting tabled on tabled.id = ?
                        where m.table_id = ? and m.held_on > tabled.held_on and m.held_on <= ?
                        order by m.held_on desc
                        """)
                .params(
                        situation.meetingId(),
                        situation.tableId(),
                        java.sql.Date.valueOf(calendar.today(who.communityId())))
                .query(UUID.class)
                .list();
    }

    /** The progress reported at one meeting, by situation; de-identified, for the whole table. */
    @Transactional(readOnly = true)
    public Map<UUID, ProgressReport> progressAt(UUID meetingId) {
        Map<UUID, ProgressReport> reports = new LinkedHashMap<>();
        jdbc.sql("select * from situation_progress where meeting_id = ?")
                .param(meetingId)
                .query((rs, row) -> {
                    UUID situationId = rs.getObject("situation_id", UUID.class);
                    return reports.put(situationId, report(rs, situationId, meetingId));
                })
                .list();
        return reports;
    }

    /** The progress reported so far, latest meeting first; de-identified, for the whole table. */
    @Transactional(readOnly = true)
    public List<ProgressReport> progress(UUID situationId) {
        return jdbc.sql("""
                        select p.* from situation_progress p join situation_meeting m on m.id = p.meeting_id
                        where p.situation_id = ? order by m.held_on desc
                        """)
                .param(situationId)
                .query((rs, row) -> report(rs, situationId, rs.getObject("meeting_id", UUID.class)))
                .list();
    }

    private ProgressReport report(java.sql.ResultSet rs, UUID situationId, UUID meetingId)
            throws java.sql.SQLException {
        byte[] remark = rs.getBytes("remark");
        return new ProgressReport(
                meetingId,
                Progress.valueOf(rs.getString("status")),
                remark == null ? "" : encryption.decrypt(remark, remarkBinding(situationId, meetingId)),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static String remarkBinding(UUID situationId, UUID meetingId) {
        return "situation_progress.remark:" + situationId + ":" + meetingId;
    }
}
