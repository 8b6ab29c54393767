package ca.vigie.indicators.registry;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.indicators.ComputedSource;
import ca.vigie.indicators.ComputedSourceChanged;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators whose values are computed from other modules' records instead of entered. A coordinator
 * chooses the source; the values of the last two years' periods are recomputed then and every hour,
 * each change kept in the value history like a correction. A suppressed period has no value, and a
 * locked period keeps the one it had.
 */
@Service
public class ComputedIndicators {

    static final int YEARS_COMPUTED = 2;
    private static final Logger log = LoggerFactory.getLogger(ComputedIndicators.class);

    private final Map<String, ComputedSource> sources;
    private final IndicatorRegistry registry;
    private final IndicatorRepository indicators;
    private final IndicatorValues values;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CommunityCalendar calendar;

    ComputedIndicators(
            List<ComputedSource> sources,
            IndicatorRegistry registry,
            IndicatorRepository indicators,
            IndicatorValues values,
            JdbcClient jdbc,
            AuditTrail audit,
            CommunityCalendar calendar) {
        this.sources = sources.stream()
                .collect(Collectors.toMap(
                        ComputedSource::code, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
        this.registry = registry;
        this.indicators = indicators;
        this.values = values;
        this.jdbc = jdbc;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** The sources an indicator may be computed from, by code. */
    public List<ComputedSource> sources() {
        return List.copyOf(sources.values());
    }

    /** The code of the source the indicator is computed from, if it is computed. */
    @Transactional(readOnly = true)
    public Optional<String> sourceOf(UUID indicatorId) {
        return jdbc.sql("select source from indicator_computation where indicator_id = ?")
                .param(indicatorId)
                .query(String.class)
                .optional();
    }

    /**
     * A coordinator makes the indicator computed from a source with its unit, or, with no source,
     * entered by people again; the values computed so far stay in its history.
     */
    @Transactional
    public void compute(VigiePrincipal coordinator, UUID indicatorId, @Nullable String sourceCode) {
        Indicator indicator = registry.get(coordinator, indicatorId);
        IndicatorAccess.requireDefine(coordinator);
        if (sourceCode == null || sourceCode.isBlank()) {
            jdbc.sql("delete from indicator_computation where indicator_id = ?")
                    .param(indicatorId)
                    .update();
            audit.record(AuditEntry.by(coordinator, "INDICATOR_COMPUTATION_REMOVED", "indicator", indicatorId));
            return;
        }
        ComputedSource source = sources.get(sourceCode);
        if (source == null) {
            throw new IndicatorRejection("source", "validation.invalidChoice");
        }
        if (source.unit() != indicator.unit()) {
            throw new IndicatorRejection("source", "indicators.computation.unit");
        }
        jdbc.sql("""
                        insert into indicator_computation (indicator_id, community_id, source, set_by, set_at) values (?, ?, ?, ?, ?)
                        on conflict (indicator_id) do update set source = excluded.source, set_by = excluded.set_by,
                            set_at = excluded.set_at
                        """)
                .params(
                        indicatorId,
                        coordinator.communityId(),
                        sourceCode,
                        coordinator.userId(),
                        Timestamp.from(calendar.now()))
                .update();
        audit.record(AuditEntry.by(coordinator, "INDICATOR_COMPUTATION_SET", "indicator", indicatorId)
                .withPurpose(sourceCode));
        refresh(indicator, source);
    }

    /**
     * Recomputes, once the change is committed, the period holding the day of the change for each
     * indicator of the community computed from that source. The publication is recorded with the
     * change, so a refresh that fails is tried again at the next start, and the hourly run catches
     * up in any case.
     */
    @ApplicationModuleListener
    void on(ComputedSourceChanged changed) {
        ComputedSource source = sources.get(changed.source());
        if (source == null) {
            return;
        }
        jdbc.sql("""
                        select c.indicator_id from indicator_computation c
                        join indicator i on i.id = c.indicator_id
                        where c.source = ? and i.community_id = ? and not i.archived
                        """)
                .params(changed.source(), changed.communityId())
                .query(UUID.class)
                .list()
                .forEach(id -> refreshPeriod(indicators.findById(id).orElseThrow(), source, changed.on()));
    }

    @Scheduled(cron = "${vigie.indicators.computed-cron:0 5 * * * *}")
    @SchedulerLock(name = "computed-indicators", lockAtMostFor = "PT30M")
    @Transactional
    public void hourly() {
        log.info("Computed indicators: {} values changed", refreshAll());
    }

    /** Recomputes every computed indicator still in use; returns how many values changed. */
    @Transactional
    public int refreshAll() {
        record Computed(UUID indicatorId, String source) {}
        int changed = 0;
        List<Computed> computed = jdbc.sql("""
                        select c.indicator_id, c.source from indicator_computation c
                        join indicator i on i.id = c.indicator_id where not i.archived
                        """)
                .query((rs, row) -> new Computed(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        for (Computed one : computed) {
            ComputedSource source = sources.get(one.source());
            if (source != null) {
                changed += refresh(indicators.findById(one.indicatorId()).orElseThrow(), source);
            }
        }
        return changed;
    }

    private int refresh(Indicator indicator, ComputedSource source) {
        LocalDate today = calendar.today(indicator.communityId());
        int changed = 0;
        for (LocalDate period = indicator.frequency().periodOf(today.minusYears(YEARS_COMPUTED));
                !period.isAfter(today);
                period = indicator.frequency().next(period)) {
            changed += refreshPeriod(indicator, source, period);
        }
        return changed;
    }

    /** Recomputes the period holding the day; returns 1 when its value changed. */
    private int refreshPeriod(Indicator indicator, ComputedSource source, LocalDate day) {
        // Refreshes of one indicator follow each other: a change's refresh and the hourly run may meet.
        jdbc.sql("select id from indicator where id = ? for update")
                .param(indicator.id())
                .query(UUID.class)
                .single();
        LocalDate period = indicator.frequency().periodOf(day);
        if (values.isLocked(indicator.id(), period)) {
            return 0;
        }
        LocalDate end = indicator.frequency().next(period).minusDays(1);
        Optional<BigDecimal> value = source.value(indicator.communityId(), period, end);
        Optional<IndicatorValues.Recorded> current = values.current(indicator.id(), period, "");
        boolean same = value.isPresent() == current.isPresent()
                && value.map(v -> v.compareTo(current.get().value()) == 0).orElse(true);
        if (same) {
            return 0;
        }
        current.ifPresent(recorded -> jdbc.sql("update indicator_value set replaced_at = ? where id = ?")
                .params(Timestamp.from(calendar.now()), recorded.id())
                .update());
        value.ifPresent(v -> jdbc.sql("""
                        insert into indicator_value (id, community_id, indicator_id, period_start, breakdown, value,
                            entered_at, note)
                        values (?, ?, ?, ?, '', ?, ?, '')
                        """)
                .params(
                        UUID.randomUUID(),
                        indicator.communityId(),
                        indicator.id(),
                        Date.valueOf(period),
                        v,
                        Timestamp.from(calendar.now()))
                .update());
        return 1;
    }
}
