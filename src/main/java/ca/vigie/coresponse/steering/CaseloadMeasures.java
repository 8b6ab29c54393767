package ca.vigie.coresponse.steering;

import ca.vigie.coresponse.CoresponseSettings;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.SmallCounts;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steering committee reads of a team's follow-up caseload: its size at the end of each month,
 * enrolments and discharges, and, for the people enrolled, the emergency visits, tickets and arrests of
 * the six months before and the six months after enrolment, by the quarter they were enrolled in.
 *
 * <p>An event counts once a day per person and kind, whether a milestone or a call recorded it. Only
 * people enrolled six months ago or more are counted, so that every "after" covers six whole months.
 * Quarters with fewer people than the smallest count shown are pooled with the next, and every count is
 * suppressed as on the rest of the page.
 */
@Service
public class CaseloadMeasures {

    private final JdbcClient jdbc;
    private final CommunityCalendar calendar;
    private final SmallCounts small;

    CaseloadMeasures(JdbcClient jdbc, CommunityCalendar calendar, CoresponseSettings settings) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.small = new SmallCounts(settings.smallestCount());
    }

    /** What the caseload's people went through, as the measures name it. */
    public enum Event {
        EMERGENCY_VISIT,
        TICKET,
        ARREST
    }

    /** A calendar quarter, such as the third of 2026. */
    public record Quarter(int year, int number) {

        public static Quarter of(LocalDate day) {
            return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
        }

        @Override
        public String toString() {
            return year + "-Q" + number;
        }
    }

    /** People enrolled from the first quarter to the last, and their events before and after; null where hidden. */
    public record Cohort(
            Quarter first,
            Quarter last,
            @Nullable Integer people,
            Map<Event, @Nullable Integer> before,
            Map<Event, @Nullable Integer> after) {}

    /**
     * The people followed at the end of the range, the range's enrolments and discharges, and the cohorts;
     * null where hidden. There is no month-by-month series: two months' sizes would tell the small number
     * of people enrolled or discharged between them.
     */
    public record Caseload(
            @Nullable Integer followed,
            @Nullable Integer enrolments,
            @Nullable Integer discharges,
            List<Cohort> cohorts,
            @Nullable Cohort allCohorts) {}

    @Transactional(readOnly = true)
    public Caseload measure(UUID teamId, UUID communityId, YearMonth from, YearMonth to) {
        ZoneId zone = calendar.zone(communityId);
        int[] counts = jdbc.sql("""
                        select count(*) filter (where on_day < :end and (off_day is null or off_day >= :end)) as followed,
                               count(*) filter (where on_day >= :start and on_day < :end) as enrolled,
                               count(*) filter (where off_day >= :start and off_day < :end) as discharged
                        from (select (decided_at at time zone :zone)::date as on_day,
                                     (discharged_at at time zone :zone)::date as off_day
                              from coresponse_enrolment
                              where team_id = :team and state in ('ENROLLED', 'DISCHARGED') and decided_at is not null) e
                        """)
                .param("start", Date.valueOf(from.atDay(1)))
                .param("end", Date.valueOf(to.plusMonths(1).atDay(1)))
                .param("zone", zone.getId())
                .param("team", teamId)
                .query((rs, row) -> new int[] {rs.getInt("followed"), rs.getInt("enrolled"), rs.getInt("discharged")})
                .single();
        List<Cohort> raw =
                cohorts("team_id", teamId, zone, from.atDay(1), to.plusMonths(1).atDay(1), calendar.today(communityId));
        return published(counts[0], counts[1], counts[2], pooled(raw));
    }

    /**
     * The community's people enrolled from one day to another, and their events of one kind before or
     * after enrolment; null while the last of them has not been followed six months, or when small.
     */
    @Transactional(readOnly = true)
    public @Nullable Integer communityEvents(
            UUID communityId, LocalDate from, LocalDate to, Event event, boolean after) {
        LocalDate today = calendar.today(communityId);
        if (to.plusMonths(6).isAfter(today)) {
            return null;
        }
        List<Cohort> cohorts =
                cohorts("community_id", communityId, calendar.zone(communityId), from, to.plusDays(1), today);
        int people = cohorts.stream().mapToInt(c -> c.people()).sum();
        if (people < small.smallest()) {
            return null;
        }
        int events = cohorts.stream()
                .mapToInt(c -> (after ? c.after() : c.before()).get(event))
                .sum();
        return small.count(events);
    }

    /** Cohorts by quarter of enrolment, with every count, for people enrolled six months ago or more. */
    private List<Cohort> cohorts(String owner, UUID id, ZoneId zone, LocalDate from, LocalDate until, LocalDate today) {
        List<Cohort> cohorts = new ArrayList<>();
        jdbc.sql("""
                        with enrolled as (
                            select id, person_id, (decided_at at time zone :zone)::date as on_day
                            from coresponse_enrolment
                            where %1$s = :owner and state in ('ENROLLED', 'DISCHARGED')
                              and decided_at >= :start and decided_at < :end
                              and (decided_at at time zone :zone)::date <= (:today::date - interval '6 months')),
                        events as (
                            select person_id, kind, happened_on as day from coresponse_milestone
                            where %1$s = :owner and kind in ('EMERGENCY_VISIT', 'TICKET', 'ARREST')
                              and person_id in (select person_id from enrolled)
                            union
                            select person_id, 'EMERGENCY_VISIT', (ed_arrival_at at time zone :zone)::date
                            from coresponse_call
                            where %1$s = :owner and ed_arrival_at is not null
                              and person_id in (select person_id from enrolled)
                            union
                            select person_id, disposition, (received_at at time zone :zone)::date from coresponse_call
                            where %1$s = :owner and disposition in ('TICKET', 'ARREST')
                              and person_id in (select person_id from enrolled))
                        select extract(year from e.on_day)::int as year, extract(quarter from e.on_day)::int as quarter,
                               count(distinct e.id) as people,
                               %2$s
                        from enrolled e left join events v on v.person_id = e.person_id
                        group by 1, 2 order by 1, 2
                        """.formatted(owner, columns()))
                .param("zone", zone.getId())
                .param("owner", id)
                .param("start", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("end", Timestamp.from(until.atStartOfDay(zone).toInstant()))
                .param("today", Date.valueOf(today))
                .query((rs, row) -> {
                    Map<Event, @Nullable Integer> before = new EnumMap<>(Event.class);
                    Map<Event, @Nullable Integer> after = new EnumMap<>(Event.class);
                    for (Event event : Event.values()) {
                        before.put(event, rs.getInt(event.name().toLowerCase() + "_before"));
                        after.put(event, rs.getInt(event.name().toLowerCase() + "_after"));
                    }
                    Quarter quarter = new Quarter(rs.getInt("year"), rs.getInt("quarter"));
                    return cohorts.add(new Cohort(quarter, quarter, rs.getInt("people"), before, after));
                })
                .list();
        return cohorts;
    }

    private static String columns() {
        List<String> columns = new ArrayList<>();
        for (Event event : Event.values()) {
            String kind = event.name();
            String name = kind.toLowerCase();
            columns.add("count(*) filter (where v.kind = '" + kind
                    + "' and v.day >= e.on_day - interval '6 months' and v.day < e.on_day) as " + name + "_before");
            columns.add("count(*) filter (where v.kind = '" + kind
                    + "' and v.day > e.on_day and v.day <= e.on_day + interval '6 months') as " + name + "_after");
        }
        return String.join(",\n", columns);
    }

    /** Quarters too small to show are pooled with the next; a small remainder joins the last pool. */
    private List<Cohort> pooled(List<Cohort> quarters) {
        List<Cohort> pools = new ArrayList<>();
        Cohort open = null;
        for (Cohort quarter : quarters) {
            open = open == null ? quarter : merge(open, quarter);
            if (open.people() >= small.smallest()) {
                pools.add(open);
                open = null;
            }
        }
        if (open != null) {
            if (pools.isEmpty()) {
                pools.add(open);
            } else {
                pools.add(merge(pools.remove(pools.size() - 1), open));
            }
        }
        return pools;
    }

    private static Cohort merge(Cohort earlier, Cohort later) {
        Map<Event, @Nullable Integer> before = new EnumMap<>(Event.class);
        Map<Event, @Nullable Integer> after = new EnumMap<>(Event.class);
        for (Event event : Event.values()) {
            before.put(event, earlier.before().get(event) + later.before().get(event));
            after.put(event, earlier.after().get(event) + later.after().get(event));
        }
        return new Cohort(earlier.first(), later.last(), earlier.people() + later.people(), before, after);
    }

    /** Every count of the cohorts suppressed, column by column, with the column's total. */
    private Caseload published(int followed, int enrolled, int discharged, List<Cohort> pools) {
        int people = pools.stream().mapToInt(c -> c.people()).sum();
        if (pools.isEmpty() || people < small.smallest()) {
            return new Caseload(small.count(followed), small.count(enrolled), small.count(discharged), List.of(), null);
        }
        // The cohorts count the range's enrolments of six months ago or more: beside them, the range's
        // enrolments would tell how many were enrolled since, so they are shown only when that is not small.
        int since = enrolled - people;
        Integer enrolments = since == 0 || small.count(since) != null ? small.count(enrolled) : null;
        Map<String, Map<Event, @Nullable Integer>> before = new LinkedHashMap<>();
        Map<String, Map<Event, @Nullable Integer>> after = new LinkedHashMap<>();
        Map<Event, @Nullable Integer> totalBefore = new EnumMap<>(Event.class);
        Map<Event, @Nullable Integer> totalAfter = new EnumMap<>(Event.class);
        pools.forEach(c -> {
            before.put(key(c), new EnumMap<>(Event.class));
            after.put(key(c), new EnumMap<>(Event.class));
        });
        for (Event event : Event.values()) {
            totalBefore.put(event, column(pools, event, false, before));
            totalAfter.put(event, column(pools, event, true, after));
        }
        List<Cohort> shown = pools.stream()
                .map(c -> new Cohort(c.first(), c.last(), c.people(), before.get(key(c)), after.get(key(c))))
                .toList();
        Cohort all =
                new Cohort(pools.get(0).first(), pools.get(pools.size() - 1).last(), people, totalBefore, totalAfter);
        return new Caseload(small.count(followed), enrolments, small.count(discharged), shown, all);
    }

    private @Nullable Integer column(
            List<Cohort> pools, Event event, boolean after, Map<String, Map<Event, @Nullable Integer>> into) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        pools.forEach(c -> counts.put(key(c), (after ? c.after() : c.before()).get(event)));
        SmallCounts.Published published = small.suppress(counts, sum(counts), true);
        published.cells().forEach((key, value) -> into.get(key).put(event, value));
        return published.total();
    }

    private static String key(Cohort cohort) {
        return cohort.first() + "/" + cohort.last();
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
