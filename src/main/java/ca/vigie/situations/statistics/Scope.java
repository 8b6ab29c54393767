package ca.vigie.situations.statistics;

import ca.vigie.situations.statistics.SituationStatistics.Duration;
import ca.vigie.situations.statistics.SituationStatistics.Period;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The situations counted: the community's, or one table's, tabled in the period. */
final class Scope {

    static final String AGE_BAND = "coalesce(s.age_band, '" + SituationStatistics.NOT_APPLICABLE + "')";

    private final JdbcClient jdbc;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private @Nullable Map<String, Map<String, Integer>> scalars;
    private final List<String> scalarKeys;
    private final String where;
    private final Period period;

    Scope(JdbcClient jdbc, UUID communityId, @Nullable UUID tableId, Period period, String zone) {
        this.jdbc = jdbc;
        this.period = period;
        params.put("community", communityId);
        params.put("zone", zone);
        StringBuilder where = new StringBuilder("s.community_id = :community and s.stage <> 'ORIGINATING'");
        if (tableId != null) {
            where.append(" and s.table_id = :table");
            params.put("table", tableId);
        }
        if (period.from() != null) {
            where.append(" and s.tabled_at >= :from");
            params.put(
                    "from",
                    Timestamp.from(period.from().atStartOfDay(ZoneId.of(zone)).toInstant()));
        }
        if (period.to() != null) {
            where.append(" and s.tabled_at < :to");
            params.put(
                    "to",
                    Timestamp.from(period.to()
                            .plusDays(1)
                            .atStartOfDay(ZoneId.of(zone))
                            .toInstant()));
        }
        this.where = where.toString();
        // Grouping sets match the grouped expressions by their text, so the zone is written in it rather
        // than bound; it is a zone id from the list an administrator chooses from, checked again here.
        if (!zone.matches("[A-Za-z0-9/_+-]+")) {
            throw new IllegalStateException("Unexpected time zone id");
        }
        this.scalarKeys = List.of(
                "s.stage",
                "s.table_id::text",
                month(),
                "s.situation_type",
                AGE_BAND,
                "s.gender",
                "s.conclusion_reason_id::text");
    }

    /** The month of tabling in the community's zone. */
    String month() {
        return "to_char(s.tabled_at at time zone '" + params.get("zone") + "', 'YYYY-MM')";
    }

    Period period() {
        return period;
    }

    Map<String, Integer> grouped(String key) {
        if (scalars == null) {
            scalars = scalarCounts();
        }
        return scalars.get(key);
    }

    /** Every one-column breakdown in a single pass over the situations, by grouping sets. */
    private Map<String, Map<String, Integer>> scalarCounts() {
        StringBuilder select = new StringBuilder("select ");
        for (int i = 0; i < scalarKeys.size(); i++) {
            select.append(scalarKeys.get(i))
                    .append(" as k")
                    .append(i)
                    .append(", grouping(")
                    .append(scalarKeys.get(i))
                    .append(") as g")
                    .append(i)
                    .append(", ");
        }
        String sets =
                scalarKeys.stream().map(key -> "(" + key + ")").collect(java.util.stream.Collectors.joining(", "));
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        scalarKeys.forEach(key -> counts.put(key, new LinkedHashMap<>()));
        jdbc.sql(select + "count(*) as n from situation s where " + where + " group by grouping sets (" + sets + ")")
                .params(params)
                .query(rs -> {
                    for (int i = 0; i < scalarKeys.size(); i++) {
                        // A null key is a situation the dimension does not apply to yet, such as a reason before
                        // conclusion.
                        if (rs.getInt("g" + i) == 0 && rs.getString("k" + i) != null) {
                            counts.get(scalarKeys.get(i)).put(rs.getString("k" + i), rs.getInt("n"));
                        }
                    }
                });
        return counts;
    }

    Map<String, Integer> riskCategories() {
        return counts("""
                select f.parent_id::text as k, count(distinct s.id) as n from situation s
                join situation_factor sf on sf.situation_id = s.id and sf.kind = 'RISK'
                join situation_reference f on f.id = sf.reference_id
                where %s group by 1
                """.formatted(where));
    }

    Map<String, Integer> dayRanges() {
        return counts("""
                select case
                    when d <= 7 then '0-7' when d <= 14 then '8-14' when d <= 30 then '15-30'
                    when d <= 60 then '31-60' else '61+' end as k, count(*) as n
                from (select s.concluded_on - (s.tabled_at at time zone :zone)::date as d from situation s
                      where %s and s.stage = 'CONCLUDED') days
                group by 1
                """.formatted(where));
    }

    Map<String, Integer> organizationsMobilised() {
        return counts("""
                select t.organization_id::text as k, count(*) as n from situation s
                join situation_team_member t on t.situation_id = s.id
                where %s group by 1 order by 1
                """.formatted(where));
    }

    Map<String, Integer> servicesMobilised() {
        return counts("""
                select v.reference_id::text as k, count(*) as n from situation s
                join situation_service v on v.situation_id = s.id
                where %s group by 1
                """.formatted(where));
    }

    Duration duration() {
        return jdbc.sql("""
                        select percentile_cont(0.5) within group (order by d) as median, avg(d) as average
                        from (select s.concluded_on - (s.tabled_at at time zone :zone)::date as d from situation s
                              where %s and s.stage = 'CONCLUDED') days
                        """.formatted(where))
                .params(params)
                .query((rs, row) -> new Duration(
                        rs.getObject("median") == null ? null : rs.getDouble("median"),
                        rs.getObject("average") == null ? null : Math.round(rs.getDouble("average") * 10) / 10.0))
                .single();
    }

    private Map<String, Integer> counts(String sql) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        // A null key is a situation the dimension does not apply to yet, such as a reason before conclusion.
        jdbc.sql(sql).params(params).query(rs -> {
            if (rs.getString("k") != null) {
                counts.put(rs.getString("k"), rs.getInt("n"));
            }
        });
        return counts;
    }
}
