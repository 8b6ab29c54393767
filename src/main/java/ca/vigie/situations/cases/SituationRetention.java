package ca.vigie.situations.cases;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.situations.SituationSettings;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final Clock clock;

    SituationRetention(JdbcClient jdbc, AuditTrail audit, SituationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** A situation whose details were destroyed, and its community. */
    public record Destroyed(UUID situationId, UUID communityId) {}

    @Scheduled(cron = "${vigie.situations.retention-cron:0 30 2 * * *}", zone = "${vigie.zone:America/Toronto}")
    @SchedulerLock(name = "situation-retention", lockAtMostFor = "PT1H")
    @Transactional
    public void daily() {
        List<Destroyed> destroyed = destroyDue(LocalDate.now(clock));
        log.info("Situation retention: details destroyed for {} concluded situations", destroyed.size());
    }

    /** Destroys the details of the situations concluded at least the retention period before a day. */
    @Transactional
    public List<Destroyed> destroyDue(LocalDate today) {
        Date cutoff = Date.valueOf(today.minusDays(settings.retentionDays()));
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Destroyed> destroyed = jdbc.sql("""
                        update situation set details_destroyed_at = ?
                        where stage = ? and concluded_on <= ? and details_destroyed_at is null
                        returning id, community_id
                        """)
                .params(now, Stage.CONCLUDED.name(), cutoff)
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
