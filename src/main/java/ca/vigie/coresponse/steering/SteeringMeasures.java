package ca.vigie.coresponse.steering;

import ca.vigie.coresponse.CoresponseSettings;
import ca.vigie.coresponse.calls.CallRole;
import ca.vigie.coresponse.calls.CallSource;
import ca.vigie.coresponse.calls.Disposition;
import ca.vigie.coresponse.calls.Nature;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final CommunityCalendar calendar;
    private final SmallCounts small;

    SteeringMeasures(JdbcClient jdbc, CommunityCalendar calendar, CoresponseSettings settings) {
        this.jdbc = jdbc;
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

    @Transactional(readOnly = true)
    public Measures measure(Team team, YearMonth from, YearMonth to) {
        ZoneId zone = calendar.zone(team.communityId());
        Timestamp start = Timestamp.from(from.atDay(1).atStartOfDay(zone).toInstant());
        Timestamp end =
                Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        String where = " from coresponse_call where team_id = ? and received_at >= ? and received_at < ? ";

        Map<Dimension, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            counts.put(dimension, new TreeMap<>());
        }
        // Every count by month, source, role, disposition and nature, the total and the times: one read of the
        // calls, a count filtered for each cell.
        List<Object> params = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        StringBuilder columns = new StringBuilder("count(*) as total");
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            params.add(Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()));
            params.add(Timestamp.from(
                    month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
            cell(columns, cells, Dimension.MONTH, month.toString(), "received_at >= ? and received_at < ?");
        }
        for (CallSource source : CallSource.values()) {
            cell(columns, cells, Dimension.SOURCE, source.name(), "source = '" + source + "'");
        }
        for (CallRole role : CallRole.values()) {
            cell(columns, cells, Dimension.ROLE, role.name(), "call_role = '" + role + "'");
        }
        cell(columns, cells, Dimension.ROLE, NONE, "call_role is null");
        for (Disposition disposition : Disposition.values()) {
            cell(columns, cells, Dimension.DISPOSITION, disposition.name(), "disposition = '" + disposition + "'");
        }
        cell(columns, cells, Dimension.DISPOSITION, NONE, "disposition is null");
        for (Nature nature : Nature.values()) {
            cell(columns, cells, Dimension.NATURE, nature.name(), "'" + nature + "' = any(natures)");
        }
        params.addAll(List.of(team.id(), start, end));
        int[] total = {0};
        Times times = jdbc.sql("select " + columns + """
                        ,
                               count(*) filter (where disposition is not null and cleared_at is not null) as completed,
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
                        """ + where)
                .params(params)
                .query((rs, row) -> {
                    total[0] = rs.getInt("total");
                    for (Cell cell : cells) {
                        int n = rs.getInt(cell.column());
                        // A month without calls is a month; another value without calls is left out.
                        if (n > 0 || cell.dimension() == Dimension.MONTH) {
                            counts.get(cell.dimension()).put(cell.key(), n);
                        }
                    }
                    return new Times(
                            rs.getInt("completed"),
                            rs.getInt("apprehensions"),
                            rs.getInt("handovers"),
                            (Double) rs.getObject("handover_median"),
                            (Double) rs.getObject("handover_p90"),
                            rs.getInt("on_scene"),
                            (Double) rs.getObject("scene_median"),
                            rs.getDouble("patrol_minutes"));
                })
                .single();

        // The counts whose values are not known beforehand: by area, by alternative and ending (for the
        // diversions) and by person (for the repeat callers, the count kept here, never a person).
        int[] repeat = {0};
        int[] diverted = {0, 0};
        jdbc.sql("""
                        select area_id::text as area, without_team, disposition, person_id, grouping(area_id) as g_area,
                               grouping(without_team) as g_without, count(*) as n
                        """ + where + """
                        group by grouping sets ((area_id), (without_team, disposition), (person_id))
                        """)
                .params(team.id(), start, end)
                .query((rs, row) -> {
                    int n = rs.getInt("n");
                    if (rs.getInt("g_area") == 0) {
                        counts.get(Dimension.AREA).put(orNone(rs.getString("area")), n);
                    } else if (rs.getInt("g_without") == 0) {
                        divert(rs.getString("without_team"), rs.getString("disposition"), n, diverted);
                    } else if (rs.getObject("person_id") != null && n >= 3) {
                        repeat[0]++;
                    }
                    return n;
                })
                .list();

        Map<Dimension, SmallCounts.Published> breakdowns = new LinkedHashMap<>();
        counts.forEach((dimension, published) ->
                breakdowns.put(dimension, small.suppress(published, total[0], dimension.exclusive())));

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

    /** One cell of a breakdown, read from the column of the same index. */
    private record Cell(Dimension dimension, String key, String column) {}

    private static void cell(StringBuilder columns, List<Cell> cells, Dimension dimension, String key, String where) {
        String column = "c" + cells.size();
        columns.append(", count(*) filter (where ")
                .append(where)
                .append(") as ")
                .append(column);
        cells.add(new Cell(dimension, key, column));
    }

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
