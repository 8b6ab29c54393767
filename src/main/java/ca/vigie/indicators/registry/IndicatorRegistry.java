package ca.vigie.indicators.registry;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditTrail;
import ca.vigie.indicators.DatedTarget;
import ca.vigie.indicators.Dimension;
import ca.vigie.indicators.Direction;
import ca.vigie.organizations.OrganizationDirectory;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.system.SubmissionGuard;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Definition sheets and dated targets of the indicators of a community. */
@Service
public class IndicatorRegistry {

    private final IndicatorRepository indicators;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SubmissionGuard submissions;
    private final OrganizationDirectory directory;
    private final CommunityCalendar calendar;

    IndicatorRegistry(
            IndicatorRepository indicators,
            JdbcClient jdbc,
            AuditTrail audit,
            SubmissionGuard submissions,
            OrganizationDirectory directory,
            CommunityCalendar calendar) {
        this.indicators = indicators;
        this.directory = directory;
        this.jdbc = jdbc;
        this.audit = audit;
        this.submissions = submissions;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public Indicator get(VigiePrincipal reader, UUID id) {
        return indicators
                .findByIdAndCommunityId(id, reader.communityId())
                .orElseThrow(() -> new NotFoundException("Indicator"));
    }

    @Transactional
    public UUID define(VigiePrincipal coordinator, Indicator.Definition definition, UUID formToken) {
        IndicatorAccess.requireDefine(coordinator);
        check(coordinator, definition);
        return submissions.once(formToken, () -> {
            Indicator indicator = Indicator.define(coordinator.communityId(), definition, calendar.now());
            indicators.save(indicator);
            audit.record(AuditEntry.by(coordinator, "INDICATOR_DEFINED", "indicator", indicator.id()));
            return indicator.id();
        });
    }

    @Transactional
    public void redefine(VigiePrincipal coordinator, UUID id, Indicator.Definition definition, int expectedVersion) {
        IndicatorAccess.requireDefine(coordinator);
        Indicator current = get(coordinator, id);
        check(coordinator, definition);
        try {
            indicators.save(current.redefine(definition, expectedVersion, calendar.now()));
        } catch (OptimisticLockingFailureException stale) {
            throw new StaleEditException("Indicator");
        }
        audit.record(AuditEntry.by(coordinator, "INDICATOR_REDEFINED", "indicator", id));
    }

    @Transactional
    public void setArchived(VigiePrincipal coordinator, UUID id, boolean archived) {
        IndicatorAccess.requireDefine(coordinator);
        indicators.save(get(coordinator, id).withArchived(archived, calendar.now()));
        audit.record(
                AuditEntry.by(coordinator, archived ? "INDICATOR_ARCHIVED" : "INDICATOR_RESTORED", "indicator", id));
    }

    @Transactional(readOnly = true)
    public List<DatedTarget> targets(UUID indicatorId) {
        return jdbc.sql("select target_date, value from indicator_target where indicator_id = ? order by target_date")
                .param(indicatorId)
                .query((rs, row) -> new DatedTarget(rs.getDate("target_date").toLocalDate(), rs.getBigDecimal("value")))
                .list();
    }

    @Transactional
    public void setTarget(VigiePrincipal coordinator, UUID id, LocalDate date, BigDecimal value) {
        IndicatorAccess.requireDefine(coordinator);
        Indicator indicator = get(coordinator, id);
        indicator.unit().violation(value).ifPresent(key -> {
            throw new IndicatorRejection("targetValue", key);
        });
        jdbc.sql("""
                        insert into indicator_target (indicator_id, community_id, target_date, value) values (?, ?, ?, ?)
                        on conflict (indicator_id, target_date) do update set value = excluded.value
                        """)
                .params(id, coordinator.communityId(), Date.valueOf(date), value)
                .update();
        audit.record(AuditEntry.by(coordinator, "INDICATOR_TARGET_SET", "indicator", id));
    }

    @Transactional
    public void removeTarget(VigiePrincipal coordinator, UUID id, LocalDate date) {
        IndicatorAccess.requireDefine(coordinator);
        get(coordinator, id);
        jdbc.sql("delete from indicator_target where indicator_id = ? and target_date = ?")
                .params(id, Date.valueOf(date))
                .update();
        audit.record(AuditEntry.by(coordinator, "INDICATOR_TARGET_REMOVED", "indicator", id));
    }

    private void check(VigiePrincipal coordinator, Indicator.Definition definition) {
        if (definition.direction() == Direction.WITHIN_BAND) {
            if (definition.bandLow() == null) {
                throw new IndicatorRejection("bandLow", "indicators.band.required");
            }
            if (definition.bandHigh() == null) {
                throw new IndicatorRejection("bandHigh", "indicators.band.required");
            }
            if (definition.bandLow().compareTo(definition.bandHigh()) > 0) {
                throw new IndicatorRejection("bandHigh", "indicators.band.order");
            }
        }
        if (definition.baselineValue() != null) {
            definition.unit().violation(definition.baselineValue()).ifPresent(key -> {
                throw new IndicatorRejection("baselineValue", key);
            });
        }
        if (definition.baselineDate() != null
                && definition.baselineDate().isAfter(calendar.today(coordinator.communityId()))) {
            throw new IndicatorRejection("baselineDate", "indicators.baseline.future");
        }
        boolean knownDimensions = definition.breakdowns().stream()
                .allMatch(code -> java.util.Arrays.stream(Dimension.values())
                        .anyMatch(d -> d.name().equals(code)));
        if (!knownDimensions) {
            throw new IndicatorRejection("breakdowns", "validation.invalidChoice");
        }
        if (!directory.isActiveOrganization(coordinator.communityId(), definition.ownerOrganizationId())) {
            throw new IndicatorRejection("ownerOrganizationId", "validation.invalidChoice");
        }
        if (definition.responsibleUserId() != null
                && !directory.isActivePerson(coordinator.communityId(), definition.responsibleUserId())) {
            throw new IndicatorRejection("responsibleUserId", "validation.invalidChoice");
        }
    }
}
