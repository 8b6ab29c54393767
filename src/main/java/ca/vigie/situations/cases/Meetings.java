package ca.vigie.situations.cases;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.tables.SituationTable;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.SubmissionGuard;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meetings of a table: the chair schedules them; every representative seated there sees them. */
@Service
public class Meetings {

    private final SituationAccess access;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;

    Meetings(
            JdbcClient jdbc,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar,
            SituationAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    /** One page of a table's meetings held, latest first, numbered from 0, and how many there are. */
    public record Held(List<Meeting> meetings, int page, int size, int total) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return (page + 1) * size < total;
        }

        public int pages() {
            return Math.max(1, (total + size - 1) / size);
        }
    }

    /** What a table's page shows of its meetings: those ahead, and the latest held. */
    public record Overview(List<Meeting> upcoming, Held held) {}

    /** The meetings ahead and the {@code recent} latest held, for one seat check. */
    @Transactional(readOnly = true)
    public Overview overview(VigiePrincipal who, UUID tableId, int recent) {
        access.seat(who, tableId);
        return new Overview(upcomingAt(who, tableId), heldAt(who, tableId, 0, recent));
    }

    /** The table's meetings from today on, soonest first: a table schedules a few ahead. */
    @Transactional(readOnly = true)
    public List<Meeting> upcoming(VigiePrincipal who, UUID tableId) {
        access.seat(who, tableId);
        return upcomingAt(who, tableId);
    }

    private List<Meeting> upcomingAt(VigiePrincipal who, UUID tableId) {
        return jdbc.sql("""
                        select id, table_id, held_on from situation_meeting
                        where table_id = ? and held_on >= ? order by held_on
                        """)
                .params(tableId, Date.valueOf(today(who.communityId())))
                .query(Meeting.class)
                .list();
    }

    /**
     * A page of the meetings the table held before today, latest first; a table meeting weekly holds
     * fifty a year. A page past the end gives the last one.
     */
    @Transactional(readOnly = true)
    public Held held(VigiePrincipal who, UUID tableId, int page, int size) {
        access.seat(who, tableId);
        return heldAt(who, tableId, page, size);
    }

    private Held heldAt(VigiePrincipal who, UUID tableId, int page, int size) {
        Date today = Date.valueOf(today(who.communityId()));
        int total = jdbc.sql("select count(*) from situation_meeting where table_id = ? and held_on < ?")
                .params(tableId, today)
                .query(Integer.class)
                .single();
        int last = Math.max(0, (total - 1) / size);
        int shown = Math.min(Math.max(0, page), last);
        List<Meeting> meetings = jdbc.sql("""
                        select id, table_id, held_on from situation_meeting
                        where table_id = ? and held_on < ? order by held_on desc, id limit ? offset ?
                        """)
                .params(tableId, today, size, shown * size)
                .query(Meeting.class)
                .list();
        return new Held(meetings, shown, size, total);
    }

    /** Some of the table's meetings, by id: those a situation's page names. */
    @Transactional(readOnly = true)
    public Map<UUID, Meeting> these(VigiePrincipal who, UUID tableId, Collection<UUID> ids) {
        access.seat(who, tableId);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, table_id, held_on from situation_meeting where table_id = :table and id in (:ids)")
                .param("table", tableId)
                .param("ids", List.copyOf(ids))
                .query(Meeting.class)
                .list()
                .stream()
                .collect(Collectors.toMap(Meeting::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Meeting get(VigiePrincipal who, UUID meetingId) {
        Meeting meeting = jdbc.sql(
                        "select id, table_id, held_on from situation_meeting where community_id = ? and id = ?")
                .params(who.communityId(), meetingId)
                .query(Meeting.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Meeting"));
        access.seat(who, meeting.tableId());
        return meeting;
    }

    /** The chair, seated at the table, schedules a meeting for today or later. */
    @Transactional
    public UUID schedule(VigiePrincipal who, UUID tableId, @Nullable LocalDate heldOn, UUID formToken) {
        if (!access.isChair(who, tableId)) {
            throw new AccessDeniedException("Only a table's chair schedules its meetings");
        }
        if (heldOn == null) {
            throw new SituationRejection("heldOn", "validation.required");
        }
        if (heldOn.isBefore(today(who.communityId()))) {
            throw new SituationRejection("heldOn", "meetings.past");
        }
        return submissions.once(formToken, () -> {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into situation_meeting (id, community_id, table_id, held_on, created_by, created_at)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            who.communityId(),
                            tableId,
                            Date.valueOf(heldOn),
                            who.userId(),
                            Timestamp.from(calendar.now()))
                    .update();
            audit.record(AuditEntry.by(who, "SITUATION_MEETING_SCHEDULED", "situation_meeting", id));
            return id;
        });
    }

    /** The representatives recorded as present at a meeting. */
    @Transactional(readOnly = true)
    public Set<UUID> attendance(VigiePrincipal who, UUID meetingId) {
        get(who, meetingId);
        return Set.copyOf(jdbc.sql("select user_id from situation_meeting_attendance where meeting_id = ?")
                .param(meetingId)
                .query(UUID.class)
                .list());
    }

    /**
     * The chair records who attended, from the table's representatives, on the day of the meeting
     * or after; the list recorded replaces the previous one.
     */
    @Transactional
    public void recordAttendance(VigiePrincipal who, UUID meetingId, Collection<UUID> present) {
        Meeting meeting = get(who, meetingId);
        if (!access.isChair(who, meeting.tableId())) {
            throw new AccessDeniedException("Only a table's chair records attendance");
        }
        if (meeting.heldOn().isAfter(today(who.communityId()))) {
            throw new SituationRejection("present", "meetings.attendance.beforeMeeting");
        }
        if (attendanceLocked(meetingId)) {
            throw new SituationRejection("present", "meetings.attendance.locked");
        }
        SituationTable table = access.seat(who, meeting.tableId()).table();
        for (UUID person : present) {
            if (table.representatives().stream().noneMatch(r -> r.userId().equals(person))) {
                throw new SituationRejection("present", "validation.invalidChoice");
            }
        }
        jdbc.sql("delete from situation_meeting_attendance where meeting_id = ?")
                .param(meetingId)
                .update();
        for (SituationTable.Representative representative : table.representatives()) {
            if (present.contains(representative.userId())) {
                jdbc.sql("""
                                insert into situation_meeting_attendance (meeting_id, community_id, user_id, organization_id)
                                values (?, ?, ?, ?)
                                """)
                        .params(meetingId, who.communityId(), representative.userId(), representative.organizationId())
                        .update();
            }
        }
        audit.record(AuditEntry.by(who, "SITUATION_MEETING_ATTENDANCE", "situation_meeting", meetingId));
    }

    /**
     * Whether the attendance of a meeting is final: filter 3 reveals to the organisations present, so
     * once it has for a situation of the meeting, the list it used is the record.
     */
    @Transactional(readOnly = true)
    public boolean attendanceLocked(UUID meetingId) {
        return jdbc.sql("""
                        select exists (select 1 from situation_disclosure d join situation s on s.id = d.situation_id
                                       where s.meeting_id = ?)
                        """).param(meetingId).query(Boolean.class).single();
    }

    public LocalDate today(UUID communityId) {
        return calendar.today(communityId);
    }
}
