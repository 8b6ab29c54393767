package ca.vigie.coresponse.calls;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.coresponse.CoresponseSettings;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.DailyRuns;
import ca.vigie.system.NotFoundException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys the identity of a person the team met, and the notes about them, once kept long enough: after
 * their last call for someone never followed ({@code vigie.coresponse.never-enrolled-years}), after their
 * discharge for someone who was ({@code vigie.coresponse.discharged-years}); never while proposed or
 * followed, nor while the team's lead holds them for a legal reason. The calls stay, de-identified, for the team's figures. One node runs the job at a
 * time; each destruction is an update only one transaction can win, recorded once in the audit trail.
 */
@Component
public class PeopleRetention {

    private static final Logger log = LoggerFactory.getLogger(PeopleRetention.class);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CoresponseSettings settings;
    private final CommunityCalendar calendar;
    private final DailyRuns dailyRuns;
    private final LocalTime at;

    PeopleRetention(
            JdbcClient jdbc,
            AuditTrail audit,
            CoresponseSettings settings,
            CommunityCalendar calendar,
            DailyRuns dailyRuns,
            @Value("${vigie.coresponse.retention-local-time:02:45}") String at) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.settings = settings;
        this.calendar = calendar;
        this.dailyRuns = dailyRuns;
        this.at = LocalTime.parse(at);
    }

    @Scheduled(cron = "${vigie.jobs.tick:0 */15 * * * *}")
    @SchedulerLock(name = "coresponse-people-retention", lockAtMostFor = "PT1H")
    public void daily() {
        dailyRuns.runDue("coresponse-people-retention", at, (community, today) -> {
            List<UUID> destroyed = destroyDue(community, today);
            log.info("Co-response retention: identities destroyed for {} people", destroyed.size());
        });
    }

    /**
     * Destroys the identities of a community's people whose last call (or, with none, their first
     * meeting) is at least the retention period before a day of its calendar, and the notes about them.
     */
    @Transactional
    public List<UUID> destroyDue(UUID communityId, LocalDate today) {
        Timestamp cutoff =
                Timestamp.from(calendar.startOf(communityId, today.minusYears(settings.neverEnrolledYears())));
        Timestamp now = Timestamp.from(calendar.now());
        Timestamp dischargeCutoff =
                Timestamp.from(calendar.startOf(communityId, today.minusYears(settings.dischargedYears())));
        // Someone proposed or followed is kept; someone discharged, for the longer period after discharge.
        List<UUID> destroyed = jdbc.sql("""
                        update coresponse_person p set label = null, full_name = null, date_of_birth = null,
                            phone = null, destroyed_at = ?
                        where p.community_id = ? and p.destroyed_at is null and not p.legal_hold
                          and coalesce((select max(c.received_at) from coresponse_call c where c.person_id = p.id),
                                       p.created_at) < ?
                          and not exists (select 1 from coresponse_enrolment e where e.person_id = p.id
                                          and (e.state in ('PROPOSED', 'DEFERRED', 'ENROLLED')
                                               or e.discharged_at >= ?))
                        returning p.id
                        """)
                .params(now, communityId, cutoff, dischargeCutoff)
                .query(UUID.class)
                .list();
        if (destroyed.isEmpty()) {
            return destroyed;
        }
        UUID[] ids = destroyed.toArray(UUID[]::new);
        jdbc.sql(
                        "update coresponse_note set body = null, destroyed_at = ? where person_id = any(?) and body is not null")
                .params(now, ids)
                .update();
        jdbc.sql("update coresponse_disclosure set basis_detail = null where person_id = any(?)")
                .param(ids)
                .update();
        jdbc.sql("update coresponse_goal set body = null where person_id = any(?)")
                .param(ids)
                .update();
        jdbc.sql("update coresponse_alert set body = null, active = false where person_id = any(?)")
                .param(ids)
                .update();
        jdbc.sql("update coresponse_enrolment set reason = null, consent_detail = null where person_id = any(?)")
                .param(ids)
                .update();
        destroyed.forEach(person -> audit.record(
                AuditEntry.bySystem(communityId, "CORESPONSE_PERSON_DESTROYED", "coresponse_person", person)
                        .withPurpose("retention after the last call")));
        return destroyed;
    }

    /** The team's lead holds a person's identity and notes against destruction, or releases them. */
    @Transactional
    public void hold(Seat lead, UUID personId, boolean held) {
        if (!lead.leads()) {
            throw new AccessDeniedException("Only the team lead places a legal hold");
        }
        int changed = jdbc.sql("""
                        update coresponse_person set legal_hold = ? where team_id = ? and id = ? and destroyed_at is null
                        """).params(held, lead.teamId(), personId).update();
        if (changed == 0) {
            throw new NotFoundException("Person");
        }
        audit.record(AuditEntry.by(
                lead.person(),
                held ? "CORESPONSE_LEGAL_HOLD_PLACED" : "CORESPONSE_LEGAL_HOLD_RELEASED",
                "coresponse_person",
                personId));
    }

    /** Whether a person is held against destruction. */
    @Transactional(readOnly = true)
    public boolean held(UUID teamId, UUID personId) {
        return jdbc.sql("select legal_hold from coresponse_person where team_id = ? and id = ?")
                .params(teamId, personId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }
}
