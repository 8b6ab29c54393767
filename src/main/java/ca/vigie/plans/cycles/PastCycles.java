package ca.vigie.plans.cycles;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a cycle's past: a cycle opened before the community used Vigie was due on a day already gone,
 * which no coordinator may choose for a cycle opened today. The demo uses it so that some updates show
 * as late.
 */
@Service
@Transactional
public class PastCycles {

    private final JdbcClient jdbc;

    PastCycles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void wasDue(UUID cycleId, LocalDate due) {
        jdbc.sql("update reporting_cycle set due_date = ? where id = ?")
                .params(Date.valueOf(due), cycleId)
                .update();
    }
}
