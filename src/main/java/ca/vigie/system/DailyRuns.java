package ca.vigie.system;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily work at each community's own hour. A job ticks often on every node; each tick runs the work
 * for the communities whose local time has reached the job's hour and which have not had it on their
 * current local day. A community in Winnipeg gets its 07:00 reminders an hour after one in Toronto,
 * and a run missed while the application was down happens at the next tick.
 */
@Component
public class DailyRuns {

    private static final Logger log = LoggerFactory.getLogger(DailyRuns.class);

    private final JdbcClient jdbc;
    private final CommunityCalendar calendar;
    private final TransactionTemplate transaction;

    DailyRuns(JdbcClient jdbc, CommunityCalendar calendar, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One community's share of a daily job, given the community's calendar date. */
    @FunctionalInterface
    public interface CommunityWork {
        void run(UUID communityId, LocalDate today);
    }

    /**
     * Runs the work where it is due now; returns for how many communities it ran. A community's work
     * and the mark that it is done commit together.
     */
    public int runDue(String job, LocalTime at, CommunityWork work) {
        int ran = 0;
        for (Map.Entry<UUID, ZoneId> community : calendar.communityZones().entrySet()) {
            ZonedDateTime there = calendar.now().atZone(community.getValue());
            if (there.toLocalTime().isBefore(at) || done(job, community.getKey(), there.toLocalDate())) {
                continue;
            }
            try {
                transaction.executeWithoutResult(status -> {
                    work.run(community.getKey(), there.toLocalDate());
                    markDone(job, community.getKey(), there.toLocalDate());
                });
                ran++;
            } catch (RuntimeException failed) {
                // Not marked done: the next tick tries again. The community id names no person.
                log.warn(
                        "Daily job {} failed for community {}: {}",
                        job,
                        community.getKey(),
                        failed.getClass().getSimpleName());
            }
        }
        return ran;
    }

    private boolean done(String job, UUID communityId, LocalDate day) {
        return jdbc.sql("""
                        select exists (select 1 from community_daily_run
                                       where community_id = ? and job = ? and local_date = ?)
                        """)
                .params(communityId, job, Date.valueOf(day))
                .query(Boolean.class)
                .single();
    }

    private void markDone(String job, UUID communityId, LocalDate day) {
        jdbc.sql("""
                        insert into community_daily_run (job, community_id, local_date, finished_at)
                        values (?, ?, ?, ?) on conflict do nothing
                        """)
                .params(job, communityId, Date.valueOf(day), Timestamp.from(calendar.now()))
                .update();
    }
}
