package ca.vigie.indicators.registry;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.indicators.DatedTarget;
import ca.vigie.indicators.StatusRule;
import ca.vigie.indicators.ValuePoint;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.StaleEditException;
import java.math.BigDecimal;
import java.sql.Date;
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
 * The values of an indicator, one per period and breakdown. Entering a value for a period that has
 * one is a correction: it needs a reason, and the previous value stays in the history. A locked
 * period takes no new value.
 */
@Service
public class IndicatorValues {

    /** A value's note and correction reason, as the messages say: "Keep this text to 500 characters." */
    private static final int MAX_NOTE = 500;

    private final IndicatorRegistry registry;
    private final Breakdowns breakdowns;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;

    IndicatorValues(
            IndicatorRegistry registry,
            Breakdowns breakdowns,
            JdbcClient jdbc,
            AuditTrail audit,
            CommunityCalendar calendar) {
        this.registry = registry;
        this.breakdowns = breakdowns;
        this.jdbc = jdbc;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** A value as recorded; {@code replacedAt} is set once a correction superseded it. */
    public record Recorded(
            UUID id,
            LocalDate periodStart,
            String breakdown,
            BigDecimal value,
            @Nullable UUID enteredBy,
            Instant enteredAt,
            String note,
            @Nullable String correctionReason,
            @Nullable Instant replacedAt) {}

    /** What a person typed in the value form. {@code replacing} is the value shown when the form was opened. */
    public record Entry(
            LocalDate periodStart,
            String breakdown,
            BigDecimal value,
            String note,
            @Nullable String correctionReason,
            @Nullable UUID replacing) {}

    @Transactional
    public UUID enter(VigiePrincipal person, UUID indicatorId, Entry entry) {
        Indicator indicator = registry.get(person, indicatorId);
        IndicatorAccess.requireEnterValues(person, indicator);
        boolean computed = jdbc.sql("select exists (select 1 from indicator_computation where indicator_id = ?)")
                .param(indicatorId)
                .query(Boolean.class)
                .single();
        if (computed) {
            throw new IndicatorRejection("value", "indicators.computation.noEntry");
        }
        if (!indicator.frequency().isPeriodStart(entry.periodStart())) {
            throw new IndicatorRejection("periodStart", "indicators.period.notAligned");
        }
        if (entry.periodStart().isAfter(indicator.frequency().periodOf(calendar.today(person.communityId())))) {
            throw new IndicatorRejection("periodStart", "indicators.period.future");
        }
        if (isLocked(indicatorId, entry.periodStart())) {
            throw new IndicatorRejection("periodStart", "indicators.period.locked");
        }
        if (!breakdowns.isValid(indicator, entry.breakdown())) {
            throw new IndicatorRejection("breakdown", "validation.invalidChoice");
        }
        if (entry.note().length() > MAX_NOTE) {
            throw new IndicatorRejection("note", "indicators.value.tooLong");
        }
        if (entry.correctionReason() != null && entry.correctionReason().length() > MAX_NOTE) {
            throw new IndicatorRejection("correctionReason", "indicators.value.tooLong");
        }
        indicator.unit().violation(entry.value()).ifPresent(key -> {
            throw new IndicatorRejection("value", key);
        });
        Optional<Recorded> current = current(indicatorId, entry.periodStart(), entry.breakdown());
        boolean correction = current.isPresent();
        if (correction) {
            if (!current.get().id().equals(entry.replacing())) {
                throw new StaleEditException("Indicator value");
            }
            if (entry.correctionReason() == null || entry.correctionReason().isBlank()) {
                throw new IndicatorRejection("correctionReason", "indicators.value.reasonRequired");
            }
            int replaced = jdbc.sql("update indicator_value set replaced_at = ? where id = ? and replaced_at is null")
                    .params(Timestamp.from(calendar.now()), current.get().id())
                    .update();
            if (replaced == 0) {
                throw new StaleEditException("Indicator value");
            }
        } else if (entry.replacing() != null) {
            throw new StaleEditException("Indicator value");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into indicator_value (id, community_id, indicator_id, period_start, breakdown, value,
                                entered_by, entered_at, note, correction_reason)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            indicator.communityId(),
                            indicatorId,
                            Date.valueOf(entry.periodStart()),
                            entry.breakdown(),
                            entry.value(),
                            person.userId(),
                            Timestamp.from(calendar.now()),
                            entry.note().strip(),
                            correction ? entry.correctionReason().strip() : null)
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new StaleEditException("Indicator value");
        }
        audit.record(AuditEntry.by(
                        person,
                        correction ? "INDICATOR_VALUE_CORRECTED" : "INDICATOR_VALUE_ENTERED",
                        "indicator",
                        indicatorId)
                .withPurpose(entry.periodStart() + (entry.breakdown().isEmpty() ? "" : " " + entry.breakdown())));
        return id;
    }

    @Transactional
    public void lock(VigiePrincipal coordinator, UUID indicatorId, LocalDate periodStart) {
        Indicator indicator = registry.get(coordinator, indicatorId);
        if (!IndicatorAccess.canDefine(coordinator)) {
            throw new AccessDeniedException("Only a planning coordinator locks periods");
        }
        if (!indicator.frequency().isPeriodStart(periodStart)) {
            throw new IndicatorRejection("periodStart", "indicators.period.notAligned");
        }
        jdbc.sql("""
                        insert into indicator_period_lock (indicator_id, community_id, period_start, locked_by, locked_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing
                        """)
                .params(
                        indicatorId,
                        coordinator.communityId(),
                        Date.valueOf(periodStart),
                        coordinator.userId(),
                        Timestamp.from(calendar.now()))
                .update();
        audit.record(AuditEntry.by(coordinator, "INDICATOR_PERIOD_LOCKED", "indicator", indicatorId)
                .withPurpose(periodStart.toString()));
    }

    @Transactional(readOnly = true)
    public boolean isLocked(UUID indicatorId, LocalDate periodStart) {
        return jdbc.sql("select count(*) from indicator_period_lock where indicator_id = ? and period_start = ?")
                        .params(indicatorId, Date.valueOf(periodStart))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Transactional(readOnly = true)
    public List<LocalDate> lockedPeriods(UUID indicatorId) {
        return jdbc.sql("select period_start from indicator_period_lock where indicator_id = ? order by period_start")
                .param(indicatorId)
                .query((rs, row) -> rs.getDate(1).toLocalDate())
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Recorded> current(UUID indicatorId, LocalDate periodStart, String breakdown) {
        return jdbc.sql("""
                        select id, period_start, breakdown, value, entered_by, entered_at, note, correction_reason,
                               replaced_at
                        from indicator_value
                        where indicator_id = ? and period_start = ? and breakdown = ? and replaced_at is null
                        """)
                .params(indicatorId, Date.valueOf(periodStart), breakdown)
                .query(Recorded.class)
                .optional();
    }

    /** Every value ever recorded for the indicator, newest period first, corrections included. */
    @Transactional(readOnly = true)
    public List<Recorded> history(UUID indicatorId) {
        return jdbc.sql("""
                        select id, period_start, breakdown, value, entered_by, entered_at, note, correction_reason,
                               replaced_at
                        from indicator_value where indicator_id = ?
                        order by period_start desc, breakdown, entered_at desc
                        """).param(indicatorId).query(Recorded.class).list();
    }

    /** The current values of one breakdown (the total when empty), oldest first, with their status. */
    @Transactional(readOnly = true)
    public List<ValuePoint> series(Indicator indicator, String breakdown) {
        List<DatedTarget> targets = registry.targets(indicator.id());
        StatusRule rule = indicator.statusRule();
        return jdbc.sql("""
                        select id, period_start, value from indicator_value
                        where indicator_id = ? and breakdown = ? and replaced_at is null
                        order by period_start
                        """)
                .params(indicator.id(), breakdown)
                .query((rs, row) -> {
                    LocalDate period = rs.getDate("period_start").toLocalDate();
                    BigDecimal value = rs.getBigDecimal("value");
                    BigDecimal target = DatedTarget.inForce(targets, period);
                    return new ValuePoint(
                            period, value, target, rule.statusOf(value, target), rs.getObject("id", UUID.class));
                })
                .list();
    }
}
