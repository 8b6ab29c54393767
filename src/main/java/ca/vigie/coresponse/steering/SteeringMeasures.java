package ca.vigie.coresponse.steering;

import ca.vigie.coresponse.CoresponseSettings;
import ca.vigie.coresponse.calls.Disposition;
import ca.vigie.coresponse.calls.WithoutTeam;
import ca.vigie.coresponse.teams.Team;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.SmallCounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the steering committee reads of a team's first-line work over whole months: counts by month,
 * source, role, nature, disposition and area, the apprehension rate, the emergency department's
 * handover time, time on scene, people who called three times or more, diversions and the patrol hours
 * they saved, and the share of the month's mental-health calls the team handled. Aggregates only: every
 * count under the community's threshold is hidden, with the cells that would reveal it.
 */
@Service
public class SteeringMeasures {

    /** The longest range one reading covers. */
    public static final int MAX_MONTHS = 60;

    private final JdbcClient jdbc;
    private final ReportReads reads;
    private final CommunityCalendar calendar;
    private final SmallCounts small;

    SteeringMeasures(JdbcClient jdbc, ReportReads reads, CommunityCalendar calendar, CoresponseSettings settings) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.calendar = calendar;
        this.small = new SmallCounts(settings.smallestCount());
    }

    /** The dimensions calls break down by; a call has one value of each but nature, of which it may have several. */
    public enum Dimension {
        MONTH(true),
        SOURCE(true),
        ROLE(true),
        NATURE(false),
        DISPOSITION(true),
        AREA(true);

        private final boolean exclusive;

        Dimension(boolean exclusive) {
            this.exclusive = exclusive;
        }

        public boolean exclusive() {
            return exclusive;
        }
    }

    /** The team's measures over a range of whole months; a value is null where it is hidden or unknown. */
    public record Measures(
            YearMonth from,
            YearMonth to,
            int smallest,
            @Nullable Integer calls,
            Map<Dimension, SmallCounts.Published> breakdowns,
            @Nullable BigDecimal apprehensionRate,
            @Nullable Integer handoverMedianMinutes,
            @Nullable Integer handoverP90Minutes,
            @Nullable Integer sceneMedianMinutes,
            @Nullable Integer repeatPeople,
            @Nullable Integer diversions,
            @Nullable BigDecimal patrolHoursSaved,
            @Nullable BigDecimal shareOfMentalHealthCalls) {}

    /** The default range: the twelve whole months before this one. */
    public YearMonth lastWholeMonth(Team team) {
        return YearMonth.from(calendar.today(team.communityId())).minusMonths(1);
    }

    /**
     * Not one transaction: the two reads of the calls each take a connection of their own, side by side,
     * and this thread holds none while it waits for the other.
     */
    public Measures measure(Team team, YearMonth from, YearMonth to) {
        ZoneId zone = calendar.zone(team.communityId());
        Timestamp start = Timestamp.from(from.atDay(1).atStartOfDay(zone).toInstant());
        Timestamp end =
                Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());

        Map<Dimension, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            counts.put(dimension, new TreeMap<>());
        }
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            counts.get(Dimension.MONTH).put(month.toString(), 0);
        }
        // One read of the calls for every count: each breakdown, the natures (by the set a call has, spread
        // here), the diversions (by alternative and ending) and the repeat callers (by person, the count
        // kept here, never a person).
        CompletableFuture<Times> timesRead = reads.beside(() -> times(team.id(), start, end));
        int[] total = {0};
        int[] repeat = {0};
        int[] diverted = {0, 0};
        reads.read(() -> jdbc.sql("""
                        select to_char(month, 'YYYY-MM') as month, source, call_role, disposition, area, without_team,
                               person_id, natures, grouping(month) as g_month, grouping(source) as g_source,
                               grouping(call_role) as g_role, grouping(disposition) as g_disposition,
                               grouping(area) as g_area, grouping(without_team) as g_without,
                               grouping(person_id) as g_person, grouping(natures) as g_natures, count(*) as n
                        from (select date_trunc('month', received_at at time zone ?) as month, source, call_role,
                                     disposition, area_id::text as area, without_team, person_id, natures
                              from coresponse_call where team_id = ? and received_at >= ? and received_at < ?) c
                        group by grouping sets ((month), (source), (call_role), (disposition), (area),
                                                (without_team, disposition), (person_id), (natures), ())
                        """)
                .params(zone.getId(), team.id(), start, end)
                .query((rs, row) -> {
                    int n = rs.getInt("n");
                    if (rs.getInt("g_month") == 0) {
                        counts.get(Dimension.MONTH).put(rs.getString("month"), n);
                    } else if (rs.getInt("g_source") == 0) {
                        counts.get(Dimension.SOURCE).put(rs.getString("source"), n);
                    } else if (rs.getInt("g_role") == 0) {
                        counts.get(Dimension.ROLE).put(orNone(rs.getString("call_role")), n);
                    } else if (rs.getInt("g_without") == 0) {
                        divert(rs.getString("without_team"), rs.getString("disposition"), n, diverted);
                    } else if (rs.getInt("g_disposition") == 0) {
                        counts.get(Dimension.DISPOSITION).put(orNone(rs.getString("disposition")), n);
                    } else if (rs.getInt("g_area") == 0) {
                        counts.get(Dimension.AREA).put(orNone(rs.getString("area")), n);
                    } else if (rs.getInt("g_person") == 0) {
                        if (rs.getObject("person_id") != null && n >= 3) {
                            repeat[0]++;
                        }
                    } else if (rs.getInt("g_natures") == 0) {
                        for (Object nature : (Object[]) rs.getArray("natures").getArray()) {
                            counts.get(Dimension.NATURE).merge((String) nature, n, Integer::sum);
                        }
                    } else {
                        total[0] = n;
                    }
                    return n;
                })
                .list());

        Map<Dimension, SmallCounts.Published> breakdowns = new LinkedHashMap<>();
        counts.forEach((dimension, published) ->
                breakdowns.put(dimension, small.suppress(published, total[0], dimension.exclusive())));

        Times times = ReportReads.result(timesRead);
        int[] dispatch = jdbc.sql("""
                        select count(*) as incidents, count(*) filter (where by_team) as by_team
                        from coresponse_dispatch_incident where team_id = ? and received_at >= ? and received_at < ?
                        """)
                .params(team.id(), start, end)
                .query((rs, row) -> new int[] {rs.getInt("incidents"), rs.getInt("by_team")})
                .single();

        boolean handoverShown = times.handovers() >= small.smallest() && times.handoverMedian() != null;
        BigDecimal patrolHours = null;
        // The hours are the diversions times a published median: with too few diversions, they would tell how many.
        if (handoverShown && diverted[0] >= small.smallest() && diverted[1] >= small.smallest()) {
            // An emergency visit or an apprehension avoided saves the officers the wait for a handover.
            double minutes = diverted[1] * times.handoverMedian() + times.patrolMinutes();
            patrolHours = BigDecimal.valueOf(minutes / 60).setScale(0, RoundingMode.HALF_UP);
        }
        return new Measures(
                from,
                to,
                small.smallest(),
                small.count(total[0]),
                breakdowns,
                small.shareShown(times.apprehensions(), times.completed())
                        ? percent(times.apprehensions(), times.completed())
                        : null,
                handoverShown ? (int) Math.round(times.handoverMedian()) : null,
                handoverShown && times.handoverP90() != null ? (int) Math.round(times.handoverP90()) : null,
                times.onScene() >= small.smallest() && times.sceneMedian() != null
                        ? (int) Math.round(times.sceneMedian())
                        : null,
                small.count(repeat[0]),
                small.count(diverted[0]),
                patrolHours,
                small.shareShown(dispatch[1], dispatch[0]) ? percent(dispatch[1], dispatch[0]) : null);
    }

    private static final String NONE = "NONE";

    private static final String WHERE =
            " from coresponse_call where team_id = ? and received_at >= ? and received_at < ? ";

    /** How the calls of the range ended and took their time: rates, medians and patrol time. */
    private Times times(UUID teamId, Timestamp start, Timestamp end) {
        return jdbc.sql("""
                        select count(*) filter (where disposition is not null and cleared_at is not null) as completed,
                               count(*) filter (where disposition = 'APPREHENSION') as apprehensions,
                               count(ed_handover_at) as handovers,
                               percentile_cont(0.5) within group (order by extract(epoch from ed_handover_at - ed_arrival_at))
                                   / 60 as handover_median,
                               percentile_cont(0.9) within group (order by extract(epoch from ed_handover_at - ed_arrival_at))
                                   / 60 as handover_p90,
                               count(*) filter (where on_scene_at is not null and cleared_at is not null) as on_scene,
                               percentile_cont(0.5) within group (order by extract(epoch from cleared_at - on_scene_at))
                                   / 60 as scene_median,
                               coalesce(sum(extract(epoch from cleared_at - on_scene_at))
                                   filter (where without_team = 'PATROL_TIME'), 0) / 60 as patrol_minutes
                        """ + WHERE)
                .params(teamId, start, end)
                .query((rs, row) -> new Times(
                        rs.getInt("completed"),
                        rs.getInt("apprehensions"),
                        rs.getInt("handovers"),
                        (Double) rs.getObject("handover_median"),
                        (Double) rs.getObject("handover_p90"),
                        rs.getInt("on_scene"),
                        (Double) rs.getObject("scene_median"),
                        rs.getDouble("patrol_minutes")))
                .single();
    }

    /** The calls' times as the steering reads them. */
    private record Times(
            int completed,
            int apprehensions,
            int handovers,
            @Nullable Double handoverMedian,
            @Nullable Double handoverP90,
            int onScene,
            @Nullable Double sceneMedian,
            double patrolMinutes) {}

    /**
     * Counts the calls of one alternative and ending that the team diverted; the second count leaves out
     * the arrests avoided, which spare no wait at the emergency department.
     */
    private static void divert(@Nullable String alternative, @Nullable String ending, int calls, int[] diverted) {
        if (alternative == null || ending == null) {
            return;
        }
        WithoutTeam without = WithoutTeam.valueOf(alternative);
        if (without.divertedBy(Disposition.valueOf(ending))) {
            diverted[0] += calls;
            if (without != WithoutTeam.ARREST) {
                diverted[1] += calls;
            }
        }
    }

    private static BigDecimal percent(int part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static String orNone(@Nullable String value) {
        return value == null ? NONE : value;
    }

    /** The moment a whole-month range ends, for a check that it has passed. */
    public Instant endOf(Team team, YearMonth to) {
        return to.plusMonths(1)
                .atDay(1)
                .atStartOfDay(calendar.zone(team.communityId()))
                .toInstant();
    }
}
