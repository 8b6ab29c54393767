package ca.vigie.coresponse.caseload;

import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.FieldEncryption;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a caseload's past, each step dated when it happened: the committee's weekly meetings and their
 * decisions, and the follow-up's contacts and milestones. Like {@code PastCalls}, nothing here checks
 * who may act or asks the clock; it brings a history in, which the demo does for its fictional team, and
 * what it is given must already follow the rules the screens enforce.
 */
@Service
@Transactional
public class PastCaseload {

    /** Someone the committee enrolled, as proposed and as decided. */
    public record Enrolled(
            UUID teamId,
            UUID communityId,
            UUID personId,
            UUID proposedBy,
            Instant proposedAt,
            String reason,
            ConsentBasis basis,
            @Nullable LocalDate consentDate,
            String consentDetail,
            UUID leadWorker,
            LocalDate reviewOn) {}

    public record Contact(
            UUID teamId,
            UUID communityId,
            UUID personId,
            LocalDate on,
            ContactMode mode,
            UUID by,
            Set<Need> needs,
            Set<Referral> referrals,
            @Nullable Boolean referralsCompleted) {}

    public record Milestone(UUID teamId, UUID communityId, UUID personId, MilestoneKind kind, LocalDate on, UUID by) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final FieldEncryption encryption;
    private final Committee committee;
    private final CommunityCalendar calendar;

    PastCaseload(
            JdbcClient jdbc,
            JdbcTemplate batch,
            FieldEncryption encryption,
            Committee committee,
            CommunityCalendar calendar) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.batch = batch;
        this.encryption = encryption;
        this.committee = committee;
    }

    /** A meeting held and closed an hour after it opened, with who attended. */
    public UUID meeting(
            UUID teamId, UUID communityId, UUID lead, LocalDate heldOn, Instant opened, Set<UUID> attendees) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into coresponse_meeting (id, team_id, community_id, held_on, opened_by, opened_at, closed_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        teamId,
                        communityId,
                        Date.valueOf(heldOn),
                        lead,
                        Timestamp.from(opened),
                        Timestamp.from(opened.plus(Duration.ofHours(1))))
                .update();
        for (UUID attendee : attendees) {
            jdbc.sql("insert into coresponse_meeting_attendee (meeting_id, user_id, community_id) values (?, ?, ?)")
                    .params(id, attendee, communityId)
                    .update();
        }
        return id;
    }

    /** A person proposed, then enrolled in a meeting: the enrolment's id. */
    public UUID enrolled(UUID meetingId, Enrolled person, UUID decidedBy, Instant decidedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into coresponse_enrolment (id, team_id, community_id, person_id, state, reason, proposed_by,
                            proposed_at, consent_basis, consent_date, consent_detail, lead_worker_id, review_on,
                            decided_by, decided_at)
                        values (?, ?, ?, ?, 'ENROLLED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        person.teamId(),
                        person.communityId(),
                        person.personId(),
                        encryption.encrypt(person.reason(), Enrolments.binding("reason", id)),
                        person.proposedBy(),
                        Timestamp.from(person.proposedAt()),
                        person.basis().name(),
                        person.consentDate() == null ? null : Date.valueOf(person.consentDate()),
                        encryption.encrypt(person.consentDetail(), Enrolments.binding("consent_detail", id)),
                        person.leadWorker(),
                        Date.valueOf(person.reviewOn()),
                        decidedBy,
                        Timestamp.from(decidedAt))
                .update();
        committee.minuteIn(
                meetingId,
                person.teamId(),
                person.communityId(),
                id,
                person.personId(),
                CommitteeOutcome.ENROLLED,
                person.reviewOn(),
                decidedBy,
                decidedAt);
        return id;
    }

    /** A review in a meeting that keeps the person followed until the next one. */
    public void reviewed(UUID meetingId, UUID enrolmentId, LocalDate nextReview, UUID decidedBy, Instant decidedAt) {
        Enrolment row = row(enrolmentId);
        jdbc.sql("update coresponse_enrolment set review_on = ?, version = version + 1 where id = ?")
                .params(Date.valueOf(nextReview), enrolmentId)
                .update();
        committee.minuteIn(
                meetingId,
                row.teamId(),
                row.communityId(),
                enrolmentId,
                row.personId(),
                CommitteeOutcome.REVIEWED,
                nextReview,
                decidedBy,
                decidedAt);
    }

    /** A discharge decided in a meeting. */
    public void discharged(
            UUID meetingId, UUID enrolmentId, DischargeReason reason, UUID decidedBy, Instant decidedAt) {
        Enrolment row = row(enrolmentId);
        jdbc.sql("""
                        update coresponse_enrolment set state = 'DISCHARGED', discharge_reason = ?, discharged_at = ?,
                            version = version + 1
                        where id = ?
                        """)
                .params(reason.name(), Timestamp.from(decidedAt), enrolmentId)
                .update();
        committee.minuteIn(
                meetingId,
                row.teamId(),
                row.communityId(),
                enrolmentId,
                row.personId(),
                CommitteeOutcome.DISCHARGED,
                null,
                decidedBy,
                decidedAt);
    }

    public void contacts(List<Contact> contacts) {
        batch.batchUpdate(
                """
                insert into coresponse_contact (id, team_id, community_id, person_id, happened_on, mode, by_user, needs,
                    referrals, referrals_completed, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?::varchar[], ?, ?)
                """,
                contacts.stream()
                        .map(c -> new Object[] {
                            UUID.randomUUID(),
                            c.teamId(),
                            c.communityId(),
                            c.personId(),
                            Date.valueOf(c.on()),
                            c.mode().name(),
                            c.by(),
                            array(c.needs()),
                            array(c.referrals()),
                            c.referralsCompleted(),
                            Timestamp.from(c.on().atTime(17, 0)
                                    .atZone(calendar.zone(c.communityId()))
                                    .toInstant())
                        })
                        .toList());
    }

    public void milestones(List<Milestone> milestones) {
        batch.batchUpdate(
                """
                insert into coresponse_milestone (id, team_id, community_id, person_id, kind, happened_on, recorded_by,
                    recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                milestones.stream()
                        .map(m -> new Object[] {
                            UUID.randomUUID(),
                            m.teamId(),
                            m.communityId(),
                            m.personId(),
                            m.kind().name(),
                            Date.valueOf(m.on()),
                            m.by(),
                            Timestamp.from(m.on().atTime(18, 0)
                                    .atZone(calendar.zone(m.communityId()))
                                    .toInstant())
                        })
                        .toList());
    }

    private record Enrolment(UUID teamId, UUID communityId, UUID personId) {}

    private Enrolment row(UUID enrolmentId) {
        return jdbc.sql("select team_id, community_id, person_id from coresponse_enrolment where id = ?")
                .param(enrolmentId)
                .query((rs, n) -> new Enrolment(
                        rs.getObject("team_id", UUID.class),
                        rs.getObject("community_id", UUID.class),
                        rs.getObject("person_id", UUID.class)))
                .single();
    }

    private static String array(Collection<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).sorted().distinct().collect(Collectors.joining(",", "{", "}"));
    }
}
