package ca.vigie.plans.cycles;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.tree.PlanAccess;
import ca.vigie.plans.tree.PlanItem;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.PlanRejection;
import ca.vigie.plans.tree.Plans;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting cycles: a coordinator opens one per plan with a due date; each person responsible for an
 * item owes one structured update, which also sets the item's status and progress.
 */
@Service
public class ReportingCycles {

    private final Plans plans;
    private final PlanItems items;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;

    ReportingCycles(Plans plans, PlanItems items, JdbcClient jdbc, AuditTrail audit, CommunityCalendar calendar) {
        this.plans = plans;
        this.items = items;
        this.jdbc = jdbc;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** An update owed by one person on one item, and whether it came in. */
    public record Owed(
            UUID cycleId,
            LocalDate dueDate,
            UUID planId,
            String planFr,
            String planEn,
            UUID itemId,
            String itemFr,
            String itemEn,
            UUID responsibleId,
            @Nullable Instant submittedAt) {

        public State state(LocalDate today) {
            if (submittedAt != null) {
                return State.RECEIVED;
            }
            return today.isAfter(dueDate) ? State.LATE : State.DUE;
        }
    }

    public enum State {
        RECEIVED,
        DUE,
        LATE
    }

    @Transactional
    public UUID open(
            VigiePrincipal who,
            UUID planId,
            CycleKind kind,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            LocalDate due) {
        return open(plans.access(who, planId), kind, start, end, due);
    }

    /** The same, with the person's standing on the plan already worked out for this request. */
    @Transactional
    public UUID open(
            PlanAccess access, CycleKind kind, @Nullable LocalDate start, @Nullable LocalDate end, LocalDate due) {
        access.requireManage();
        VigiePrincipal who = access.who();
        UUID planId = access.plan().id();
        LocalDate today = calendar.today(who.communityId());
        LocalDate[] period = kind == CycleKind.CUSTOM ? new LocalDate[] {start, end} : kind.lastFullPeriod(today);
        if (period[0] == null || period[1] == null) {
            throw new PlanRejection(period[0] == null ? "periodStart" : "periodEnd", "validation.required");
        }
        if (period[1].isBefore(period[0])) {
            throw new PlanRejection("periodEnd", "plans.dates.order");
        }
        if (due.isBefore(today)) {
            throw new PlanRejection("dueDate", "cycles.due.past");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into reporting_cycle (id, community_id, plan_id, kind, period_start, period_end,
                                due_date, opened_by, opened_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            access.plan().communityId(),
                            planId,
                            kind.name(),
                            Date.valueOf(period[0]),
                            Date.valueOf(period[1]),
                            Date.valueOf(due),
                            who.userId(),
                            Timestamp.from(calendar.now()))
                    .update();
        } catch (DuplicateKeyException alreadyOpen) {
            throw new PlanRejection("dueDate", "cycles.alreadyOpen");
        }
        audit.record(AuditEntry.by(who, "REPORTING_CYCLE_OPENED", "plan", planId));
        return id;
    }

    @Transactional
    public void close(VigiePrincipal who, UUID planId, UUID cycleId) {
        PlanAccess access = plans.access(who, planId);
        if (!access.canManage()) {
            throw new AccessDeniedException("Only a coordinator closes cycles");
        }
        cycle(access, cycleId);
        jdbc.sql("update reporting_cycle set closed_at = ? where id = ? and closed_at is null")
                .params(Timestamp.from(calendar.now()), cycleId)
                .update();
        audit.record(AuditEntry.by(who, "REPORTING_CYCLE_CLOSED", "plan", planId));
    }

    @Transactional(readOnly = true)
    public List<ReportingCycle> cycles(PlanAccess access) {
        return jdbc.sql("select * from reporting_cycle where plan_id = ? order by opened_at desc")
                .param(access.plan().id())
                .query(ReportingCycles::cycle)
                .list();
    }

    @Transactional(readOnly = true)
    public ReportingCycle cycle(PlanAccess access, UUID cycleId) {
        return jdbc.sql("select * from reporting_cycle where id = ? and plan_id = ?")
                .params(cycleId, access.plan().id())
                .query(ReportingCycles::cycle)
                .optional()
                .orElseThrow(() -> new NotFoundException("Reporting cycle"));
    }

    /** What one person owes across the open cycles of their community. */
    @Transactional(readOnly = true)
    public List<Owed> owedBy(VigiePrincipal who) {
        return owed(
                "i.responsible_user_id = :user and c.community_id = :community", who.userId(), who.communityId(), null);
    }

    /** Everything owed in one cycle, for its coordinator. */
    @Transactional(readOnly = true)
    public List<Owed> owedIn(PlanAccess access, UUID cycleId) {
        cycle(access, cycleId);
        return owed(
                "c.id = :cycle and c.community_id = :community",
                null,
                access.plan().communityId(),
                cycleId);
    }

    /** Open cycles whose owed updates are not all in, for reminders. */
    @Transactional(readOnly = true)
    public List<Owed> missing(UUID communityId) {
        return jdbc.sql(SELECT_OWED
                        + " where c.closed_at is null and u.id is null and c.community_id = ? order by c.due_date")
                .param(communityId)
                .query(ReportingCycles::owed)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<ItemUpdate> update(UUID cycleId, UUID itemId) {
        return jdbc.sql("select * from item_update where cycle_id = ? and item_id = ?")
                .params(cycleId, itemId)
                .query(ItemUpdate.class)
                .optional();
    }

    /** The latest update of each item of a plan, for the progress report and the item page. */
    @Transactional(readOnly = true)
    public List<ItemUpdate> latestUpdates(PlanAccess access) {
        return jdbc.sql("""
                        select distinct on (u.item_id) u.* from item_update u
                        join plan_item i on i.id = u.item_id
                        where i.plan_id = ? order by u.item_id, u.submitted_at desc
                        """).param(access.plan().id()).query(ItemUpdate.class).list();
    }

    /**
     * Records or replaces a person's update while the cycle is open, and sets the item's status and
     * progress from it. {@code expectedVersion} is the update's version when the form was opened (null
     * for a first update): a concurrent change is refused.
     */
    @Transactional
    public void submit(
            VigiePrincipal who,
            UUID planId,
            UUID cycleId,
            UUID itemId,
            ItemUpdate.Content content,
            @Nullable Integer expectedVersion) {
        submit(plans.access(who, planId), cycleId, itemId, content, expectedVersion);
    }

    /** The same, with the person's standing on the plan already worked out for this request. */
    @Transactional
    public void submit(
            PlanAccess access,
            UUID cycleId,
            UUID itemId,
            ItemUpdate.Content content,
            @Nullable Integer expectedVersion) {
        VigiePrincipal who = access.who();
        ReportingCycle cycle = cycle(access, cycleId);
        PlanItem item = items.get(access, itemId);
        access.requireUpdate(item);
        if (!cycle.open()) {
            throw new PlanRejection("accomplishments", "cycles.closed");
        }
        for (String text : List.of(content.accomplishments(), content.nextSteps(), content.blockers())) {
            if (text.length() > 4000) {
                throw new PlanRejection("accomplishments", "plans.comments.tooLong");
            }
        }
        // The item takes the reported status and progress first: it refuses a value it cannot hold,
        // and a refused or stale update below undoes it with the rest of the transaction.
        items.applyUpdate(who, access, item, content.statusCode(), content.progress());
        Optional<ItemUpdate> existing = update(cycleId, itemId);
        Instant now = calendar.now();
        if (existing.isPresent()) {
            int changed = jdbc.sql("""
                            update item_update set author_id = ?, status_code = ?, progress = ?, accomplishments = ?,
                                next_steps = ?, blockers = ?, submitted_at = ?, version = version + 1
                            where id = ? and version = ?
                            """)
                    .params(
                            who.userId(),
                            content.statusCode(),
                            content.progress(),
                            content.accomplishments().strip(),
                            content.nextSteps().strip(),
                            content.blockers().strip(),
                            Timestamp.from(now),
                            existing.get().id(),
                            expectedVersion == null ? -1 : expectedVersion)
                    .update();
            if (changed == 0) {
                throw new StaleEditException("Item update");
            }
        } else {
            if (expectedVersion != null) {
                throw new StaleEditException("Item update");
            }
            try {
                jdbc.sql("""
                                insert into item_update (id, community_id, cycle_id, item_id, author_id, status_code,
                                    progress, accomplishments, next_steps, blockers, submitted_at, version)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                                """)
                        .params(
                                UUID.randomUUID(),
                                access.plan().communityId(),
                                cycleId,
                                itemId,
                                who.userId(),
                                content.statusCode(),
                                content.progress(),
                                content.accomplishments().strip(),
                                content.nextSteps().strip(),
                                content.blockers().strip(),
                                Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException raced) {
                throw new StaleEditException("Item update");
            }
        }
        audit.record(AuditEntry.by(who, "ITEM_UPDATE_SUBMITTED", "plan-item", itemId));
    }

    private static final String SELECT_OWED = """
            select c.id as cycle_id, c.due_date, p.id as plan_id, p.title_fr as plan_fr, p.title_en as plan_en,
                   i.id as item_id, i.title_fr as item_fr, i.title_en as item_en, i.responsible_user_id,
                   u.submitted_at
            from reporting_cycle c
            join plan p on p.id = c.plan_id
            join plan_item i on i.plan_id = c.plan_id and i.responsible_user_id is not null and not i.archived
            left join item_update u on u.cycle_id = c.id and u.item_id = i.id
            """;

    private List<Owed> owed(String where, @Nullable UUID user, UUID community, @Nullable UUID cycle) {
        var query = jdbc.sql(SELECT_OWED + " where c.closed_at is null and " + where
                        + " order by c.due_date, lower(p.title_fr), i.position")
                .param("community", community);
        if (user != null) {
            query = query.param("user", user);
        }
        if (cycle != null) {
            query = query.param("cycle", cycle);
        }
        return query.query(ReportingCycles::owed).list();
    }

    private static Owed owed(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Owed(
                rs.getObject("cycle_id", UUID.class),
                rs.getDate("due_date").toLocalDate(),
                rs.getObject("plan_id", UUID.class),
                rs.getString("plan_fr"),
                rs.getString("plan_en"),
                rs.getObject("item_id", UUID.class),
                rs.getString("item_fr"),
                rs.getString("item_en"),
                rs.getObject("responsible_user_id", UUID.class),
                submitted == null ? null : submitted.toInstant());
    }

    private static ReportingCycle cycle(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new ReportingCycle(
                rs.getObject("id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                CycleKind.valueOf(rs.getString("kind")),
                rs.getDate("period_start").toLocalDate(),
                rs.getDate("period_end").toLocalDate(),
                rs.getDate("due_date").toLocalDate(),
                rs.getTimestamp("opened_at").toInstant(),
                closed == null ? null : closed.toInstant());
    }
}
