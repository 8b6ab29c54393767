package ca.vigie.situations.statistics;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.SituationSettings;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.SituationAccess;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Stage;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.ReferenceValue;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.situations.tables.SituationTables;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics on the situations brought to a table, or to all the community's tables, from filter 2
 * on (a situation still with its organisation is nobody else's business): by month of tabling,
 * stage, type, age band, gender, risk factor category, conclusion reason, days from tabling to
 * conclusion, and organisations and services mobilised. Every count goes through small-cell
 * suppression; a total that another breakdown would give away is withheld.
 */
@Service
public class SituationStatistics {

    /** The days from tabling to conclusion, grouped. */
    static final List<String> DAY_RANGES = List.of("0-7", "8-14", "15-30", "31-60", "61+");

    private final SituationAccess access;
    private final JdbcClient jdbc;
    private final SituationTables tables;
    private final SituationReference reference;
    private final SmallCells smallCells;
    private final CommunityCalendar calendar;

    SituationStatistics(
            JdbcClient jdbc,
            SituationTables tables,
            SituationReference reference,
            SituationSettings settings,
            CommunityCalendar calendar,
            SituationAccess access) {
        this.access = access;
        this.jdbc = jdbc;
        this.tables = tables;
        this.reference = reference;
        this.smallCells = new SmallCells(settings.smallestCount());
        this.calendar = calendar;
    }

    /** The days of tabling covered, both ends included; either may be open. */
    public record Period(@Nullable LocalDate from, @Nullable LocalDate to) {

        public static final Period ALL = new Period(null, null);

        /** From the first day of a month to the last day of another, either open. */
        public static Period months(@Nullable YearMonth from, @Nullable YearMonth to) {
            return new Period(from == null ? null : from.atDay(1), to == null ? null : to.atEndOfMonth());
        }
    }

    /** How long concluded situations took, shown only when enough concluded to hide who. */
    public record Duration(
            @Nullable Double medianDays, @Nullable Double averageDays) {}

    /** The statistics of a table, or of the community when the table is absent. */
    public record Statistics(
            @Nullable UUID tableId,
            Period period,
            Count total,
            Map<Dimension, Breakdown> breakdowns,
            Duration duration) {

        public Breakdown breakdown(Dimension dimension) {
            return breakdowns.get(dimension);
        }
    }

    /**
     * For the representatives seated at the table. Nobody but someone who also oversees the community
     * reads both a table's statistics and the community's: a hidden count of one table could otherwise
     * be worked out from the community's and the other tables'.
     */
    @Transactional(readOnly = true)
    public Statistics forTable(VigiePrincipal who, UUID tableId, Period period) {
        boolean seated =
                access.seats(who).stream().anyMatch(seat -> seat.table().id().equals(tableId));
        if (!seated) {
            throw new NotFoundException("Situation table");
        }
        return compute(who.communityId(), tableId, period);
    }

    /** For the community's administrators and plan coordinators: every table together, and by table. */
    @Transactional(readOnly = true)
    public Statistics forCommunity(VigiePrincipal who, Period period) {
        if (!mayReadCommunity(who)) {
            throw new NotFoundException("Situation statistics");
        }
        return compute(who.communityId(), null, period);
    }

    public boolean mayReadCommunity(VigiePrincipal who) {
        return who.has(Role.COMMUNITY_ADMIN) || who.has(Role.PLAN_COORDINATOR);
    }

    /**
     * Situations of the community accepted in a quarter, or concluded in it with their outcome, for
     * computed indicators; suppressed like any count.
     */
    @Transactional(readOnly = true)
    public Count acceptedBetween(UUID communityId, LocalDate from, LocalDate to) {
        int accepted = jdbc.sql("""
                        select count(*) from situation
                        where community_id = ? and decided_at is not null and stage <> 'REJECTED'
                          and (decided_at at time zone ?)::date between ? and ?
                        """)
                .params(communityId, zone(communityId), java.sql.Date.valueOf(from), java.sql.Date.valueOf(to))
                .query(Integer.class)
                .single();
        return smallCells.suppress(accepted);
    }

    /** The share, in percent, of situations concluded in a period whose risk was lowered; empty when suppressed. */
    @Transactional(readOnly = true)
    public @Nullable Double shareConcludedWithRiskLowered(UUID communityId, LocalDate from, LocalDate to) {
        Map<String, Integer> byOutcome = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.grouping, count(*) from situation s
                        join situation_reference r on r.id = s.conclusion_reason_id
                        where s.community_id = ? and s.stage = 'CONCLUDED' and s.concluded_on between ? and ?
                        group by r.grouping
                        """)
                .params(communityId, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to))
                .query((rs, row) -> byOutcome.put(rs.getString(1), rs.getInt(2)))
                .list();
        int lowered = byOutcome.getOrDefault("RISK_LOWERED", 0);
        int all = byOutcome.values().stream().mapToInt(Integer::intValue).sum();
        return smallCells.shareShown(lowered, all) ? Math.round(1000.0 * lowered / all) / 10.0 : null;
    }

    /** Instants are counted on the community's calendar: a situation tabled at 23:30 counts in that day's month. */
    private String zone(UUID communityId) {
        return calendar.zone(communityId).getId();
    }

    Statistics compute(UUID communityId, @Nullable UUID tableId, Period period) {
        Scope scope = new Scope(jdbc, communityId, tableId, period, zone(communityId));
        Map<Dimension, Breakdown> breakdowns = new EnumMap<>(Dimension.class);

        Map<String, Integer> byStage = keyed(
                Arrays.stream(Stage.values())
                        .filter(s -> s != Stage.ORIGINATING)
                        .map(Enum::name)
                        .toList(),
                scope.grouped("s.stage"));
        int total = byStage.values().stream().mapToInt(Integer::intValue).sum();
        Breakdown stages = smallCells.suppress(Dimension.STAGE, byStage, total);
        breakdowns.put(Dimension.STAGE, stages);

        if (tableId == null) {
            breakdowns.put(
                    Dimension.TABLE,
                    smallCells.suppress(
                            Dimension.TABLE,
                            keyed(
                                    tables.tables(communityId).stream()
                                            .map(t -> t.id().toString())
                                            .toList(),
                                    scope.grouped("s.table_id::text")),
                            total));
        }
        breakdowns.put(Dimension.MONTH, smallCells.suppress(Dimension.MONTH, byMonth(scope), total));
        breakdowns.put(
                Dimension.SITUATION_TYPE,
                smallCells.suppress(
                        Dimension.SITUATION_TYPE,
                        keyed(names(SituationType.values()), scope.grouped("s.situation_type")),
                        total));
        List<String> ageBands = new java.util.ArrayList<>(names(AgeBand.values()));
        ageBands.add(NOT_APPLICABLE);
        breakdowns.put(
                Dimension.AGE_BAND,
                smallCells.suppress(Dimension.AGE_BAND, keyed(ageBands, scope.grouped(Scope.AGE_BAND)), total));
        breakdowns.put(
                Dimension.GENDER,
                smallCells.suppress(Dimension.GENDER, keyed(names(Gender.values()), scope.grouped("s.gender")), total));

        // Rejected situations keep no factors; those still at work or concluded are the ones with a team.
        Set<Stage> withFactors = EnumSet.of(Stage.TABLED, Stage.ACCEPTED, Stage.INTERVENTION, Stage.CONCLUDED);
        breakdowns.put(
                Dimension.RISK_FACTOR_CATEGORY,
                smallCells.suppress(
                        Dimension.RISK_FACTOR_CATEGORY,
                        keyed(ids(communityId, ReferenceList.RISK_CATEGORY), scope.riskCategories()),
                        sum(byStage, withFactors),
                        !published(stages, withFactors, total)));
        Set<Stage> concludedOnly = EnumSet.of(Stage.CONCLUDED);
        int concluded = byStage.get(Stage.CONCLUDED.name());
        boolean concludedWithheld = !published(stages, concludedOnly, total);
        breakdowns.put(
                Dimension.CONCLUSION_REASON,
                smallCells.suppress(
                        Dimension.CONCLUSION_REASON,
                        keyed(
                                ids(communityId, ReferenceList.CONCLUSION_REASON),
                                scope.grouped("s.conclusion_reason_id::text")),
                        concluded,
                        concludedWithheld));
        breakdowns.put(
                Dimension.DAYS_TO_CONCLUSION,
                smallCells.suppress(
                        Dimension.DAYS_TO_CONCLUSION,
                        keyed(DAY_RANGES, scope.dayRanges()),
                        concluded,
                        concludedWithheld));
        Set<Stage> withTeam = EnumSet.of(Stage.INTERVENTION, Stage.CONCLUDED);
        int teamed = sum(byStage, withTeam);
        boolean teamedWithheld = !published(stages, withTeam, total);
        Map<String, Integer> organizations = scope.organizationsMobilised();
        breakdowns.put(
                Dimension.ORGANIZATION_MOBILISED,
                smallCells.suppress(Dimension.ORGANIZATION_MOBILISED, organizations, teamed, teamedWithheld));
        breakdowns.put(
                Dimension.SERVICE_MOBILISED,
                smallCells.suppress(
                        Dimension.SERVICE_MOBILISED,
                        keyed(ids(communityId, ReferenceList.SERVICE), scope.servicesMobilised()),
                        teamed,
                        teamedWithheld));
        Duration duration = concluded >= smallestCount() ? scope.duration() : new Duration(null, null);
        return new Statistics(tableId, period, stages.total(), breakdowns, duration);
    }

    private int smallestCount() {
        return smallCells.smallestCount();
    }

    /**
     * Whether a subtotal over some stages can be published: it can be worked out from what is shown
     * anyway, because those stages' counts are all shown, or all the others' are and the total too.
     */
    private static boolean published(Breakdown stages, Set<Stage> subset, int total) {
        boolean inShown = stages.cells().stream()
                .filter(cell -> subset.contains(Stage.valueOf(cell.key())))
                .noneMatch(cell -> cell.count().suppressed());
        boolean outShown = !stages.total().suppressed()
                && stages.cells().stream()
                        .filter(cell -> !subset.contains(Stage.valueOf(cell.key())))
                        .noneMatch(cell -> cell.count().suppressed());
        return total == 0 || inShown || outShown;
    }

    private Map<String, Integer> byMonth(Scope scope) {
        Map<String, Integer> found = scope.grouped(scope.month());
        YearMonth first = scope.period().from() != null
                ? YearMonth.from(scope.period().from())
                : found.keySet().stream()
                        .map(YearMonth::parse)
                        .min(YearMonth::compareTo)
                        .orElse(null);
        YearMonth last = scope.period().to() != null
                ? YearMonth.from(scope.period().to())
                : found.keySet().stream()
                        .map(YearMonth::parse)
                        .max(YearMonth::compareTo)
                        .orElse(null);
        Map<String, Integer> months = new LinkedHashMap<>();
        if (first == null || last == null) {
            return months;
        }
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.put(month.toString(), found.getOrDefault(month.toString(), 0));
        }
        return months;
    }

    private List<String> ids(UUID communityId, ReferenceList list) {
        return reference.values(communityId, list).stream()
                .map(ReferenceValue::id)
                .map(UUID::toString)
                .toList();
    }

    /** Every expected key in order, zero when absent, then any other found (a value since removed). */
    private static Map<String, Integer> keyed(List<String> keys, Map<String, Integer> found) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.put(key, found.getOrDefault(key, 0)));
        found.forEach(counts::putIfAbsent);
        return counts;
    }

    private static int sum(Map<String, Integer> byStage, Set<Stage> stages) {
        return stages.stream().mapToInt(stage -> byStage.get(stage.name())).sum();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    static final String NOT_APPLICABLE = "NOT_APPLICABLE";
}
