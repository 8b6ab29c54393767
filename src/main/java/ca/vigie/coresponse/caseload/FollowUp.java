package ca.vigie.coresponse.caseload;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.FieldEncryption;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.SubmissionGuard;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the team does with a person it follows: alerts the whole team sees (how to approach, never a
 * diagnosis), contacts with their needs and referrals, and dated milestones. Members in the field read
 * and record them; each record is audited; a person whose details were destroyed takes no new record.
 */
@Service
public class FollowUp {

    public static final int ALERT_MAX = 200;

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;
    private final FollowedPeople people;

    FollowUp(
            FollowedPeople people,
            JdbcClient jdbc,
            FieldEncryption encryption,
            AuditTrail audit,
            SubmissionGuard submissions,
            CommunityCalendar calendar) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
        this.people = people;
    }

    public record Alert(UUID id, String body, UUID createdBy, Instant createdAt) {}

    public record Contact(
            UUID id,
            LocalDate happenedOn,
            ContactMode mode,
            UUID byUser,
            Set<Need> needs,
            Set<Referral> referrals,
            @Nullable Boolean referralsCompleted) {}

    public record Milestone(UUID id, MilestoneKind kind, LocalDate happenedOn) {}

    @Transactional(readOnly = true)
    public List<Alert> alerts(Seat seat, UUID personId) {
        people.require(seat, personId, false);
        return jdbc.sql("""
                        select id, body, created_by, created_at from coresponse_alert
                        where team_id = ? and person_id = ? and active and body is not null order by created_at desc
                        """)
                .params(seat.teamId(), personId)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Alert(
                            id,
                            encryption.decrypt(rs.getBytes("body"), "coresponse_alert.body:" + id),
                            rs.getObject("created_by", UUID.class),
                            rs.getTimestamp("created_at").toInstant());
                })
                .list();
    }

    @Transactional
    public UUID alert(Seat seat, UUID personId, @Nullable String body, UUID formToken) {
        people.require(seat, personId, true);
        String text = Words.required(body, "alertBody", ALERT_MAX);
        return submissions.once(formToken, () -> {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into coresponse_alert (id, team_id, community_id, person_id, body, created_by, created_at)
                            values (?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            seat.teamId(),
                            seat.communityId(),
                            personId,
                            encryption.encrypt(text, "coresponse_alert.body:" + id),
                            seat.person().userId(),
                            Timestamp.from(calendar.now()))
                    .update();
            audit.record(AuditEntry.by(seat.person(), "CORESPONSE_ALERT_ADDED", "coresponse_person", personId));
            return id;
        });
    }

    @Transactional
    public void endAlert(Seat seat, UUID personId, UUID alertId) {
        people.require(seat, personId, false);
        int ended = jdbc.sql(
                        "update coresponse_alert set active = false where id = ? and team_id = ? and person_id = ?")
                .params(alertId, seat.teamId(), personId)
                .update();
        if (ended == 0) {
            throw new NotFoundException("Alert");
        }
        audit.record(AuditEntry.by(seat.person(), "CORESPONSE_ALERT_ENDED", "coresponse_person", personId));
    }

    @Transactional(readOnly = true)
    public List<Contact> contacts(Seat seat, UUID personId) {
        people.require(seat, personId, false);
        return jdbc.sql("""
                        select id, happened_on, mode, by_user, needs, referrals, referrals_completed
                        from coresponse_contact where team_id = ? and person_id = ? order by happened_on desc, created_at desc
                        """)
                .params(seat.teamId(), personId)
                .query((rs, row) -> new Contact(
                        rs.getObject("id", UUID.class),
                        rs.getDate("happened_on").toLocalDate(),
                        ContactMode.valueOf(rs.getString("mode")),
                        rs.getObject("by_user", UUID.class),
                        codes(rs.getArray("needs"), Need.class),
                        codes(rs.getArray("referrals"), Referral.class),
                        (Boolean) rs.getObject("referrals_completed")))
                .list();
    }

    /** A contact on a day not to come, by a member in the field, once however often its form is sent. */
    @Transactional
    public UUID contact(
            Seat seat,
            UUID personId,
            @Nullable LocalDate on,
            @Nullable ContactMode mode,
            Collection<Need> needs,
            Collection<Referral> referrals,
            @Nullable Boolean referralsCompleted,
            UUID formToken) {
        people.require(seat, personId, true);
        LocalDate today = calendar.today(seat.communityId());
        if (on == null) {
            throw new CaseloadRejection("contactOn", "validation.required");
        }
        if (on.isAfter(today) || on.isBefore(today.minusYears(2))) {
            throw new CaseloadRejection("contactOn", "coresponse.followUp.error.contactDate");
        }
        if (mode == null) {
            throw new CaseloadRejection("mode", "validation.required");
        }
        if (referrals.isEmpty() && referralsCompleted != null) {
            throw new CaseloadRejection("referralsCompleted", "coresponse.followUp.error.noReferral");
        }
        return submissions.once(formToken, () -> {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into coresponse_contact (id, team_id, community_id, person_id, happened_on, mode,
                                by_user, needs, referrals, referrals_completed, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?::varchar[], ?, ?)
                            """)
                    .params(
                            id,
                            seat.teamId(),
                            seat.communityId(),
                            personId,
                            Date.valueOf(on),
                            mode.name(),
                            seat.person().userId(),
                            array(needs),
                            array(referrals),
                            referralsCompleted,
                            Timestamp.from(calendar.now()))
                    .update();
            audit.record(AuditEntry.by(seat.person(), "CORESPONSE_CONTACT_RECORDED", "coresponse_person", personId));
            return id;
        });
    }

    @Transactional(readOnly = true)
    public List<Milestone> milestones(Seat seat, UUID personId) {
        people.require(seat, personId, false);
        return jdbc.sql("""
                        select id, kind, happened_on from coresponse_milestone
                        where team_id = ? and person_id = ? order by happened_on desc
                        """)
                .params(seat.teamId(), personId)
                .query((rs, row) -> new Milestone(
                        rs.getObject("id", UUID.class),
                        MilestoneKind.valueOf(rs.getString("kind")),
                        rs.getDate("happened_on").toLocalDate()))
                .list();
    }

    @Transactional
    public UUID milestone(
            Seat seat, UUID personId, @Nullable MilestoneKind kind, @Nullable LocalDate on, UUID formToken) {
        people.require(seat, personId, true);
        LocalDate today = calendar.today(seat.communityId());
        if (kind == null) {
            throw new CaseloadRejection("kind", "validation.required");
        }
        if (on == null) {
            throw new CaseloadRejection("milestoneOn", "validation.required");
        }
        // A court date is set ahead; every other milestone has happened.
        if (kind != MilestoneKind.COURT_DATE && on.isAfter(today)) {
            throw new CaseloadRejection("milestoneOn", "coresponse.followUp.error.milestoneFuture");
        }
        if (on.isBefore(today.minusYears(5)) || on.isAfter(today.plusYears(2))) {
            throw new CaseloadRejection("milestoneOn", "coresponse.followUp.error.milestoneRange");
        }
        return submissions.once(formToken, () -> {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into coresponse_milestone (id, team_id, community_id, person_id, kind, happened_on,
                                recorded_by, recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            seat.teamId(),
                            seat.communityId(),
                            personId,
                            kind.name(),
                            Date.valueOf(on),
                            seat.person().userId(),
                            Timestamp.from(calendar.now()))
                    .update();
            audit.record(AuditEntry.by(seat.person(), "CORESPONSE_MILESTONE_RECORDED", "coresponse_person", personId));
            return id;
        });
    }

    private static String array(Collection<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).sorted().distinct().collect(Collectors.joining(",", "{", "}"));
    }

    private static <E extends Enum<E>> Set<E> codes(Array array, Class<E> type) throws SQLException {
        Set<E> codes = EnumSet.noneOf(type);
        for (Object code : (Object[]) array.getArray()) {
            codes.add(Enum.valueOf(type, (String) code));
        }
        return codes;
    }
}
