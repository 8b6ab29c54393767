package ca.vigie.coresponse.caseload;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.FieldEncryption;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.system.SubmissionGuard;
import ca.vigie.system.Text;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up caseload. Anyone on the team in the field proposes a person, with a reason; only the
 * clinical committee, whose decisions the team's lead records, enrols them (on a consent basis, with a
 * lead worker and a review date), declines or defers. A member may propose a discharge; the lead
 * discharges with a reason. A declined or discharged person may be proposed again.
 */
@Service
public class Enrolments {

    public static final int REASON_MAX = 2000;
    public static final int DETAIL_MAX = 500;

    /** Calls in the last days that bring a person the team does not follow to the committee's attention. */
    public static final int FREQUENT_CALLS = 3;

    public static final int FREQUENT_DAYS = 30;

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final CommunityCalendar calendar;
    private final FollowedPeople people;
    private final Committee committee;

    Enrolments(
            FollowedPeople people,
            Committee committee,
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
        this.committee = committee;
    }

    /** An enrolment as the team sees it; the reason is clinical, read only by members in the field. */
    public record Enrolment(
            UUID id,
            UUID personId,
            EnrolmentState state,
            String reason,
            Instant proposedAt,
            @Nullable ConsentBasis consentBasis,
            @Nullable UUID leadWorkerId,
            @Nullable LocalDate reviewOn,
            @Nullable LocalDate deferredTo,
            boolean dischargeProposed,
            int version) {}

    /** Someone the committee should look at because of their calls, by the label the team chose. */
    public record FrequentCaller(UUID personId, int calls) {}

    /** What waits for the committee. */
    public record Queue(
            List<Enrolment> proposals,
            List<Enrolment> reviewsDue,
            List<Enrolment> dischargesProposed,
            List<FrequentCaller> frequentCallers,
            List<Enrolment> enrolled) {}

    @Transactional
    public UUID propose(Seat seat, UUID personId, @Nullable String reason, UUID formToken) {
        inTheField(seat);
        people.require(seat, personId, true);
        String why = Words.required(reason, "reason", REASON_MAX);
        return submissions.once(formToken, () -> {
            if (current(seat.teamId(), personId).filter(e -> e.state().open()).isPresent()) {
                throw new CaseloadRejection("reason", "coresponse.caseload.error.alreadyOpen");
            }
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into coresponse_enrolment (id, team_id, community_id, person_id, state, reason,
                                proposed_by, proposed_at)
                            values (?, ?, ?, ?, 'PROPOSED', ?, ?, ?)
                            """)
                    .params(
                            id,
                            seat.teamId(),
                            seat.communityId(),
                            personId,
                            encryption.encrypt(why, binding("reason", id)),
                            seat.person().userId(),
                            Timestamp.from(calendar.now()))
                    .update();
            audit.record(AuditEntry.by(seat.person(), "CORESPONSE_ENROLMENT_PROPOSED", "coresponse_person", personId));
            return id;
        });
    }

    /** The committee's decision, recorded by the lead, from the version the lead saw. */
    @Transactional
    public void decide(Seat lead, UUID enrolmentId, CommitteeDecision decision, int expectedVersion) {
        requireLead(lead);
        Enrolment enrolment = get(lead, enrolmentId);
        Committee.Sitting sitting = committee.sitting(lead, "decision");
        LocalDate today = calendar.today(lead.communityId());
        EnrolmentState next = decision.check(enrolment.state(), today);
        if (next == EnrolmentState.ENROLLED
                && lead.team()
                        .member(decision.leadWorkerId())
                        .filter(member -> member.role().inTheField())
                        .isEmpty()) {
            throw new CaseloadRejection("leadWorkerId", "validation.invalidChoice");
        }
        String detail =
                decision.consentDetail() == null ? "" : decision.consentDetail().strip();
        if (Text.hasUnreadable(detail)) {
            throw new CaseloadRejection("consentDetail", "text.unreadable");
        }
        if (detail.length() > DETAIL_MAX) {
            throw new CaseloadRejection("consentDetail", "text.tooLong", DETAIL_MAX);
        }
        boolean enrols = next == EnrolmentState.ENROLLED;
        int changed = jdbc.sql("""
                        update coresponse_enrolment set state = ?, consent_basis = ?, consent_date = ?,
                            consent_detail = ?, lead_worker_id = ?, review_on = ?, deferred_to = ?, decided_by = ?,
                            decided_at = ?, version = version + 1
                        where id = ? and team_id = ? and version = ?
                        """)
                .params(
                        next.name(),
                        enrols ? decision.consentBasis().name() : null,
                        enrols && decision.consentDate() != null ? Date.valueOf(decision.consentDate()) : null,
                        enrols ? encryption.encrypt(detail, binding("consent_detail", enrolmentId)) : null,
                        enrols ? decision.leadWorkerId() : null,
                        enrols ? Date.valueOf(decision.reviewOn()) : null,
                        next == EnrolmentState.DEFERRED ? Date.valueOf(decision.deferredTo()) : null,
                        lead.person().userId(),
                        Timestamp.from(sitting.at()),
                        enrolmentId,
                        lead.teamId(),
                        expectedVersion)
                .update();
        if (changed == 0) {
            throw new StaleEditException("coresponse_enrolment");
        }
        committee.minute(
                lead,
                sitting,
                enrolment,
                switch (next) {
                    case ENROLLED -> CommitteeOutcome.ENROLLED;
                    case DECLINED -> CommitteeOutcome.DECLINED;
                    default -> CommitteeOutcome.DEFERRED;
                },
                switch (next) {
                    case ENROLLED -> decision.reviewOn();
                    case DEFERRED -> decision.deferredTo();
                    default -> null;
                });
        String action = switch (next) {
            case ENROLLED -> "CORESPONSE_ENROLLED";
            case DECLINED -> "CORESPONSE_ENROLMENT_DECLINED";
            default -> "CORESPONSE_ENROLMENT_DEFERRED";
        };
        audit.record(AuditEntry.by(lead.person(), action, "coresponse_person", enrolment.personId()));
    }

    /** A member asks the committee to consider a discharge. */
    @Transactional
    public void proposeDischarge(Seat seat, UUID enrolmentId) {
        inTheField(seat);
        Enrolment enrolment = get(seat, enrolmentId);
        if (enrolment.state() != EnrolmentState.ENROLLED) {
            throw new CaseloadRejection("discharge", "coresponse.caseload.error.notEnrolled");
        }
        jdbc.sql("update coresponse_enrolment set discharge_proposed = true where id = ? and team_id = ?")
                .params(enrolmentId, seat.teamId())
                .update();
        audit.record(AuditEntry.by(
                seat.person(), "CORESPONSE_DISCHARGE_PROPOSED", "coresponse_person", enrolment.personId()));
    }

    /** The committee discharges a person, with a reason, from the version the lead saw. */
    @Transactional
    public void discharge(Seat lead, UUID enrolmentId, @Nullable DischargeReason reason, int expectedVersion) {
        requireLead(lead);
        Enrolment enrolment = get(lead, enrolmentId);
        if (enrolment.state() != EnrolmentState.ENROLLED) {
            throw new CaseloadRejection("dischargeReason", "coresponse.caseload.error.notEnrolled");
        }
        if (reason == null) {
            throw new CaseloadRejection("dischargeReason", "validation.required");
        }
        Committee.Sitting sitting = committee.sitting(lead, "dischargeReason");
        int changed = jdbc.sql("""
                        update coresponse_enrolment set state = 'DISCHARGED', discharge_reason = ?, discharged_at = ?,
                            version = version + 1
                        where id = ? and team_id = ? and version = ?
                        """)
                .params(reason.name(), Timestamp.from(sitting.at()), enrolmentId, lead.teamId(), expectedVersion)
                .update();
        if (changed == 0) {
            throw new StaleEditException("coresponse_enrolment");
        }
        committee.minute(lead, sitting, enrolment, CommitteeOutcome.DISCHARGED, null);
        audit.record(AuditEntry.by(lead.person(), "CORESPONSE_DISCHARGED", "coresponse_person", enrolment.personId()));
    }

    /**
     * The committee reviews a followed person and keeps them on the caseload until a new review date; a
     * discharge proposed before the review is set aside by it.
     */
    @Transactional
    public void review(Seat lead, UUID enrolmentId, @Nullable LocalDate nextReview, int expectedVersion) {
        requireLead(lead);
        Enrolment enrolment = get(lead, enrolmentId);
        if (enrolment.state() != EnrolmentState.ENROLLED) {
            throw new CaseloadRejection("nextReview", "coresponse.caseload.error.notEnrolled");
        }
        if (nextReview == null) {
            throw new CaseloadRejection("nextReview", "validation.required");
        }
        if (!nextReview.isAfter(calendar.today(lead.communityId()))) {
            throw new CaseloadRejection("nextReview", "coresponse.caseload.error.reviewInFuture");
        }
        Committee.Sitting sitting = committee.sitting(lead, "nextReview");
        int changed = jdbc.sql("""
                        update coresponse_enrolment set review_on = ?, discharge_proposed = false, version = version + 1
                        where id = ? and team_id = ? and version = ?
                        """)
                .params(Date.valueOf(nextReview), enrolmentId, lead.teamId(), expectedVersion)
                .update();
        if (changed == 0) {
            throw new StaleEditException("coresponse_enrolment");
        }
        committee.minute(lead, sitting, enrolment, CommitteeOutcome.REVIEWED, nextReview);
        audit.record(AuditEntry.by(lead.person(), "CORESPONSE_REVIEWED", "coresponse_person", enrolment.personId()));
    }

    /** A person's latest enrolment with the team, if any. */
    @Transactional(readOnly = true)
    public Optional<Enrolment> latest(Seat seat, UUID personId) {
        inTheField(seat);
        return current(seat.teamId(), personId);
    }

    @Transactional(readOnly = true)
    public Enrolment get(Seat seat, UUID enrolmentId) {
        inTheField(seat);
        return jdbc.sql("select * from coresponse_enrolment where id = ? and team_id = ?")
                .params(enrolmentId, seat.teamId())
                .query(this::enrolment)
                .optional()
                .orElseThrow(() -> new NotFoundException("Enrolment"));
    }

    /** The committee's queue, for members in the field. */
    @Transactional(readOnly = true)
    public Queue queue(Seat seat) {
        inTheField(seat);
        LocalDate today = calendar.today(seat.communityId());
        List<Enrolment> open =
                jdbc.sql("""
                        select * from coresponse_enrolment
                        where team_id = ? and state in ('PROPOSED', 'DEFERRED', 'ENROLLED') order by proposed_at
                        """).param(seat.teamId()).query(this::enrolment).list();
        List<FrequentCaller> frequent = jdbc.sql("""
                        select c.person_id, count(*) as calls from coresponse_call c
                        join coresponse_person p on p.id = c.person_id and p.destroyed_at is null
                        where c.team_id = ? and c.received_at >= ?
                          and not exists (select 1 from coresponse_enrolment e
                                          where e.person_id = c.person_id and e.state in ('PROPOSED', 'DEFERRED', 'ENROLLED'))
                        group by c.person_id having count(*) >= ? order by count(*) desc, c.person_id
                        """)
                .params(
                        seat.teamId(),
                        Timestamp.from(calendar.startOf(seat.communityId(), today.minusDays(FREQUENT_DAYS))),
                        FREQUENT_CALLS)
                .query((rs, row) -> new FrequentCaller(rs.getObject("person_id", UUID.class), rs.getInt("calls")))
                .list();
        return new Queue(
                open.stream()
                        .filter(e -> e.state() == EnrolmentState.PROPOSED
                                || (e.state() == EnrolmentState.DEFERRED
                                        && !e.deferredTo().isAfter(today)))
                        .toList(),
                open.stream()
                        .filter(e -> e.state() == EnrolmentState.ENROLLED
                                && !e.reviewOn().isAfter(today.plusDays(7)))
                        .toList(),
                open.stream().filter(Enrolment::dischargeProposed).toList(),
                frequent,
                open.stream().filter(e -> e.state() == EnrolmentState.ENROLLED).toList());
    }

    private Optional<Enrolment> current(UUID teamId, UUID personId) {
        return jdbc.sql("""
                        select * from coresponse_enrolment where team_id = ? and person_id = ?
                        order by proposed_at desc limit 1
                        """).params(teamId, personId).query(this::enrolment).optional();
    }

    private Enrolment enrolment(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Date review = rs.getDate("review_on");
        Date deferred = rs.getDate("deferred_to");
        String basis = rs.getString("consent_basis");
        return new Enrolment(
                id,
                rs.getObject("person_id", UUID.class),
                EnrolmentState.valueOf(rs.getString("state")),
                rs.getBytes("reason") == null ? "" : encryption.decrypt(rs.getBytes("reason"), binding("reason", id)),
                rs.getTimestamp("proposed_at").toInstant(),
                basis == null ? null : ConsentBasis.valueOf(basis),
                rs.getObject("lead_worker_id", UUID.class),
                review == null ? null : review.toLocalDate(),
                deferred == null ? null : deferred.toLocalDate(),
                rs.getBoolean("discharge_proposed"),
                rs.getInt("version"));
    }

    private static void inTheField(Seat seat) {
        if (!seat.inTheField()) {
            throw new NotFoundException("Enrolment");
        }
    }

    private static void requireLead(Seat seat) {
        inTheField(seat);
        if (!seat.leads()) {
            throw new AccessDeniedException("Only the team lead records the clinical committee's decisions");
        }
    }

    static String binding(String column, UUID id) {
        return "coresponse_enrolment." + column + ":" + id;
    }
}
