package ca.vigie.situations.cases;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.situations.SituationSettings;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.DailyRuns;
import java.sql.Date;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys what could identify someone once a concluded situation has been kept long enough: its
 * identifying details, the team's notes and the progress remarks. The de-identified record stays for
 * statistics. One node runs the job at a time; each destruction is an update that only one
 * transaction can win, so even an overlapping run destroys and records each situation once.
 */
@Component
public class SituationRetention {

    private static final Logger log = LoggerFactory.getLogger(SituationRetention.class);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SituationSettings settings;
    private final CommunityCalendar calendar;
    private final DailyRuns dailyRuns;
    private final LocalTime at;

    SituationRetention(
            JdbcClient jdbc,
            AuditTrail audit,
            SituationSettings settings,
            CommunityCalendar calendar,
            DailyRuns dailyRuns,
            @Value("${vigie.situations.retention-local-time:02:30}") String at) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.settings = settings;
        this.calendar = calendar;
        this.dailyRuns = dailyRuns;
        this.at = LocalTime.parse(at);
    }

    /** A situation whose details were destroyed, and its community. */
    public record Destroyed(UUID situationId, UUID communityId) {}

    @Scheduled(cron = "${vigie.jobs.tick:0 */15 * * * *}")
    @SchedulerLock(name = "situation-retention", lockAtMostFor = "PT1H")
    public void daily() {
        dailyRuns.runDue("situation-retention", at, (community, today) -> {
            List<Destroyed> destroyed = destroyDue(community, today);
            log.info("Situation retention: details destroyed for {} concluded situations", destroyed.size());
        });
    }

    /**
     * Destroys the details of a community's situations concluded at least the retention period
     * before a day of its calendar.
     */
    @Transactional
    public List<Destroyed> destroyDue(UUID communityId, LocalDate today) {
        Date cutoff = Date.valueOf(today.minusDays(settings.retentionDays()));
        Timestamp now = Timestamp.from(calendar.now());
        List<Destroyed> destroyed = jdbc.sql("""
                        update situation set details_destroyed_at = ?
                        where community_id = ? and stage = ? and concluded_on <= ? and details_destroyed_at is null
                        returning id, community_id
                        """)
                .params(now, communityId, Stage.CONCLUDED.name(), cutoff)
                .query((rs, row) ->
                        new Destroyed(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class)))
                .list();
        if (destroyed.isEmpty()) {
            return destroyed;
        }
        UUID[] ids = destroyed.stream().map(Destroyed::situationId).toArray(UUID[]::new);
        jdbc.sql("""
                        update situation_identity set full_name = null, date_of_birth = null, address = null,
                            other_contact = null, destroyed_at = ?
                        where situation_id = any(?)
                        """).params(now, ids).update();
        jdbc.sql("update situation_team_note set body = null, destroyed_at = ? where situation_id = any(?)")
                .params(now, ids)
                .update();
        jdbc.sql("update situation_progress set remark = null where situation_id = any(?)")
                .param(ids)
                .update();
        destroyed.forEach(situation -> audit.record(AuditEntry.bySystem(
                        situation.communityId(), "SITUATION_DETAILS_DESTROYED", "situation", situation.situationId())
                .withPurpose("retention after conclusion")));
        return destroyed;
    }
}
