package ca.vigie.coresponse.caseload;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.system.SubmissionGuard;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinical committee's weekly meetings. The lead opens the day's meeting with who attends, the
 * committee's decisions are recorded in it, and the lead closes it. The minutes are the meeting's
 * attendance and decisions: outcomes and dates, never clinical narrative.
 */
@Service
public class Committee {

    /** How far back a meeting may be recorded, for a lead who writes it up after the fact. */
    public static final int RECORD_WITHIN_DAYS = 14;

    /** A meeting with how many decisions it holds and who attended, as {@link #meeting(ResultSet, int)} reads it. */
    private static final String MEETINGS = """
            select m.*, (select count(*) from coresponse_committee_decision d where d.meeting_id = m.id) as decisions,
                   array(select a.user_id from coresponse_meeting_attendee a where a.meeting_id = m.id) as attendees
            from coresponse_meeting m
            """;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;

    Committee(JdbcClient jdbc, AuditTrail audit, SubmissionGuard submissions, CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    public record Meeting(
            UUID id, LocalDate heldOn, @Nullable Instant closedAt, Set<UUID> attendees, int decisions, int version) {

        public boolean open() {
            return closedAt == null;
        }
    }

    /** One line of the minutes. */
    public record Minute(
            UUID personId,
            CommitteeOutcome outcome,
            @Nullable LocalDate followOn,
            UUID decidedBy,
            Instant decidedAt) {}

    public record Minutes(Meeting meeting, List<Minute> decisions) {}

    @Transactional
    public UUID open(Seat lead, @Nullable LocalDate heldOn, @Nullable Set<UUID> attendees, UUID formToken) {
        requireLead(lead);
        LocalDate today = calendar.today(lead.communityId());
        if (heldOn == null) {
            throw new CaseloadRejection("heldOn", "validation.required");
        }
        if (heldOn.isAfter(today)) {
            throw new CaseloadRejection("heldOn", "coresponse.meeting.error.future");
        }
        if (heldOn.isBefore(today.minusDays(RECORD_WITHIN_DAYS))) {
            throw new CaseloadRejection("heldOn", "coresponse.meeting.error.tooOld", RECORD_WITHIN_DAYS);
        }
        Set<UUID> present = checkedAttendees(lead, attendees);
        return submissions.once(formToken, () -> {
            if (openMeeting(lead.teamId()).isPresent()) {
                throw new CaseloadRejection("heldOn", "coresponse.meeting.error.alreadyOpen");
            }
            if (jdbc.sql("select count(*) from coresponse_meeting where team_id = ? and held_on = ?")
                            .params(lead.teamId(), Date.valueOf(heldOn))
                            .query(Integer.class)
                            .single()
                    > 0) {
                throw new CaseloadRejection("heldOn", "coresponse.meeting.error.sameDay");
            }
            UUID id = UUID.randomUUID();
            try {
                jdbc.sql("""
                                insert into coresponse_meeting (id, team_id, community_id, held_on, opened_by, opened_at)
                                values (?, ?, ?, ?, ?, ?)
                                """)
                        .params(
                                id,
                                lead.teamId(),
                                lead.communityId(),
                                Date.valueOf(heldOn),
                                lead.person().userId(),
                                Timestamp.from(calendar.now()))
                        .update();
            } catch (DuplicateKeyException raced) {
                // Another tab or lead opened one between the checks and this insert: say which rule it broke.
                boolean stillOpen = String.valueOf(raced.getMessage()).contains("coresponse_meeting_open");
                throw new CaseloadRejection(
                        "heldOn",
                        stillOpen ? "coresponse.meeting.error.alreadyOpen" : "coresponse.meeting.error.sameDay");
            }
            attend(lead, id, present);
            audit.record(AuditEntry.by(lead.person(), "CORESPONSE_MEETING_OPENED", "coresponse_meeting", id));
            return id;
        });
    }

    /** Who attends the open meeting, changed from the version the lead saw. */
    @Transactional
    public void attendance(Seat lead, UUID meetingId, @Nullable Set<UUID> attendees, int expectedVersion) {
        requireLead(lead);
        Meeting meeting = meeting(lead, meetingId);
        if (!meeting.open()) {
            throw new CaseloadRejection("attendees", "coresponse.meeting.error.closed");
        }
        Set<UUID> present = checkedAttendees(lead, attendees);
        bump(lead, meetingId, expectedVersion, null);
        jdbc.sql("delete from coresponse_meeting_attendee where meeting_id = ?")
                .param(meetingId)
                .update();
        attend(lead, meetingId, present);
        audit.record(AuditEntry.by(lead.person(), "CORESPONSE_MEETING_ATTENDANCE", "coresponse_meeting", meetingId));
    }

    @Transactional
    public void close(Seat lead, UUID meetingId, int expectedVersion) {
        requireLead(lead);
        if (!meeting(lead, meetingId).open()) {
            throw new CaseloadRejection("meeting", "coresponse.meeting.error.closed");
        }
        bump(lead, meetingId, expectedVersion, calendar.now());
        audit.record(AuditEntry.by(lead.person(), "CORESPONSE_MEETING_CLOSED", "coresponse_meeting", meetingId));
    }

    /** The meeting the lead has open, if any: decisions go into it. */
    @Transactional(readOnly = true)
    public Optional<Meeting> openMeeting(Seat seat) {
        inTheField(seat);
        return openMeeting(seat.teamId()).map(id -> meeting(seat, id));
    }

    /** The team's meetings of a year, the latest first. */
    @Transactional(readOnly = true)
    public List<Meeting> meetings(Seat seat, int year) {
        inTheField(seat);
        return jdbc.sql(MEETINGS + " where m.team_id = ? and m.held_on >= ? and m.held_on < ? order by m.held_on desc")
                .params(
                        seat.teamId(),
                        Date.valueOf(LocalDate.of(year, 1, 1)),
                        Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query(this::meeting)
                .list();
    }

    /** A meeting's minutes: who attended and what was decided, by the people's labels; the read is audited. */
    @Transactional
    public Minutes minutes(Seat seat, UUID meetingId) {
        Meeting meeting = meeting(seat, meetingId);
        List<Minute> decisions = jdbc.sql("""
                        select person_id, outcome, follow_on, decided_by, decided_at from coresponse_committee_decision
                        where meeting_id = ? order by decided_at
                        """)
                .param(meetingId)
                .query((rs, row) -> {
                    Date followOn = rs.getDate("follow_on");
                    return new Minute(
                            rs.getObject("person_id", UUID.class),
                            CommitteeOutcome.valueOf(rs.getString("outcome")),
                            followOn == null ? null : followOn.toLocalDate(),
                            rs.getObject("decided_by", UUID.class),
                            rs.getTimestamp("decided_at").toInstant());
                })
                .list();
        audit.record(AuditEntry.by(seat.person(), "CORESPONSE_MINUTES_READ", "coresponse_meeting", meetingId));
        return new Minutes(meeting, decisions);
    }

    /**
     * The open meeting a decision goes into, and when the decision is dated: now, on the meeting's day;
     * noon of that day, for a meeting written up later, so that the caseload counts it when it was taken.
     */
    record Sitting(UUID meetingId, Instant at) {}

    /** The open meeting, held against closing until the decision is written; without one there is no decision. */
    Sitting sitting(Seat lead, String field) {
        record Open(UUID id, LocalDate heldOn) {}
        Open open = jdbc.sql(
                        "select id, held_on from coresponse_meeting where team_id = ? and closed_at is null for share")
                .param(lead.teamId())
                .query((rs, row) -> new Open(
                        rs.getObject("id", UUID.class), rs.getDate("held_on").toLocalDate()))
                .optional()
                .orElseThrow(() -> new CaseloadRejection(field, "coresponse.meeting.error.noneOpen"));
        Instant at = open.heldOn().equals(calendar.today(lead.communityId()))
                ? calendar.now()
                : open.heldOn()
                        .atTime(12, 0)
                        .atZone(calendar.zone(lead.communityId()))
                        .toInstant();
        return new Sitting(open.id(), at);
    }

    /** Writes a decision into the minutes of the meeting it was taken in. */
    void minute(
            Seat lead,
            Sitting sitting,
            Enrolments.Enrolment enrolment,
            CommitteeOutcome outcome,
            @Nullable LocalDate followOn) {
        minuteIn(
                sitting.meetingId(),
                lead.teamId(),
                lead.communityId(),
                enrolment.id(),
                enrolment.personId(),
                outcome,
                followOn,
                lead.person().userId(),
                sitting.at());
    }

    void minuteIn(
            UUID meetingId,
            UUID teamId,
            UUID communityId,
            UUID enrolmentId,
            UUID personId,
            CommitteeOutcome outcome,
            @Nullable LocalDate followOn,
            UUID decidedBy,
            Instant decidedAt) {
        jdbc.sql("""
                        insert into coresponse_committee_decision (id, meeting_id, team_id, community_id, enrolment_id,
                            person_id, outcome, follow_on, decided_by, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        UUID.randomUUID(),
                        meetingId,
                        teamId,
                        communityId,
                        enrolmentId,
                        personId,
                        outcome.name(),
                        followOn == null ? null : Date.valueOf(followOn),
                        decidedBy,
                        Timestamp.from(decidedAt))
                .update();
    }

    private Optional<UUID> openMeeting(UUID teamId) {
        return jdbc.sql("select id from coresponse_meeting where team_id = ? and closed_at is null")
                .param(teamId)
                .query(UUID.class)
                .optional();
    }

    private Meeting meeting(Seat seat, UUID meetingId) {
        inTheField(seat);
        return jdbc.sql(MEETINGS + " where m.id = ? and m.team_id = ?")
                .params(meetingId, seat.teamId())
                .query(this::meeting)
                .optional()
                .orElseThrow(() -> new NotFoundException("Meeting"));
    }

    private Meeting meeting(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        UUID[] attendees = (UUID[]) rs.getArray("attendees").getArray();
        return new Meeting(
                rs.getObject("id", UUID.class),
                rs.getDate("held_on").toLocalDate(),
                closed == null ? null : closed.toInstant(),
                Set.of(attendees),
                rs.getInt("decisions"),
                rs.getInt("version"));
    }

    private Set<UUID> checkedAttendees(Seat lead, @Nullable Set<UUID> attendees) {
        if (attendees == null || attendees.isEmpty()) {
            throw new CaseloadRejection("attendees", "coresponse.meeting.error.noAttendee");
        }
        if (attendees.stream()
                .anyMatch(id -> id == null || lead.team().member(id).isEmpty())) {
            throw new CaseloadRejection("attendees", "validation.invalidChoice");
        }
        return attendees;
    }

    private void attend(Seat lead, UUID meetingId, Set<UUID> present) {
        for (UUID userId : present) {
            jdbc.sql("insert into coresponse_meeting_attendee (meeting_id, user_id, community_id) values (?, ?, ?)")
                    .params(meetingId, userId, lead.communityId())
                    .update();
        }
    }

    private void bump(Seat lead, UUID meetingId, int expectedVersion, @Nullable Instant closing) {
        int changed = jdbc.sql("""
                        update coresponse_meeting set version = version + 1, closed_at = ?
                        where id = ? and team_id = ? and version = ? and closed_at is null
                        """)
                .params(closing == null ? null : Timestamp.from(closing), meetingId, lead.teamId(), expectedVersion)
                .update();
        if (changed == 0) {
            throw new StaleEditException("coresponse_meeting");
        }
    }

    private static void inTheField(Seat seat) {
        if (!seat.inTheField()) {
            throw new NotFoundException("Meeting");
        }
    }

    private static void requireLead(Seat seat) {
        inTheField(seat);
        if (!seat.leads()) {
            throw new AccessDeniedException("Only the team lead keeps the clinical committee's meetings");
        }
    }
}
