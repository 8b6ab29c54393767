package ca.vigie.benchmark;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.statistics.SituationStatistics;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestTables;
import ca.vigie.testing.VigieTest;
import ca.vigie.testing.WebSession;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The situation benchmark of docs/benchmarks.md, run on demand (excluded from the build):
 * {@code ./mvnw test-compile surefire:test -Dtest=SituationBenchmark -Dspotless.check.skip=true}. Generates in the
 * database, with a fixed seed, 1,000,000 situations across 100 tables of 10 communities, at every
 * stage, with their factors, teams and services; then times a table's statistics (page and API) and
 * its list of situations over loopback HTTP, the statistics service without HTTP, and the SQL the
 * statistics are built on straight on JDBC.
 */
@VigieTest
class SituationBenchmark {

    static final int COMMUNITIES = 10;
    static final int TABLES_PER_COMMUNITY = 10;
    static final int SITUATIONS_PER_TABLE = 10_000;

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTables testTables;

    @Autowired
    SituationStatistics statistics;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void measure() {
        List<UUID> tables = new ArrayList<>();
        VigiePrincipal member = null;
        UUID measured = null;
        for (int c = 0; c < COMMUNITIES; c++) {
            TestCommunity community = communities.community();
            for (int t = 0; t < TABLES_PER_COMMUNITY; t++) {
                UUID table = testTables.table(community, "Table " + t, "Table " + t, community);
                tables.add(table);
                if (measured == null) {
                    measured = table;
                    member = communities.person(community, Role.TABLE_MEMBER);
                    testTables.seat(community, table, member);
                }
            }
        }
        long started = System.nanoTime();
        jdbc.execute("select setseed(0.20261123)");
        for (UUID table : tables) {
            generate(table);
        }
        jdbc.execute("analyze");
        System.out.printf(
                "generated %d situations in %d s%n",
                jdbc.queryForObject("select count(*) from situation", Long.class),
                (System.nanoTime() - started) / 1_000_000_000);

        UUID table = measured;
        VigiePrincipal reader = member;
        WebSession browser = new WebSession(port);
        browser.signIn(reader.username(), TestCommunities.PASSWORD);
        for (int run = 1; run <= 2; run++) {
            System.out.printf("run %d%n", run);
            Timings.report(
                    "statistics page",
                    () -> browser.get("/situation-tables/" + table + "/statistics")
                            .statusCode());
            Timings.report(
                    "statistics API",
                    () -> browser.get("/api/v1/situation-tables/" + table + "/statistics", "application/json")
                            .statusCode());
            Timings.report(
                    "table page, first 50 situations",
                    () -> browser.get("/situation-tables/" + table).statusCode());
            Timings.report(
                    "situation list API, first page of 100",
                    () -> browser.get("/api/v1/situation-tables/" + table + "/situations", "application/json")
                            .statusCode());
            Timings.report("statistics service, no HTTP", () -> {
                statistics.forTable(reader, table, SituationStatistics.Period.ALL);
                return 200;
            });
            Timings.report("SQL: the statistics' queries", () -> {
                rawStatistics(reader.communityId(), table);
                return 200;
            });
        }
    }

    /** The statistics' group-by queries as the service runs them, straight on JDBC. */
    private void rawStatistics(UUID community, UUID table) {
        String where = "s.community_id = ? and s.stage <> 'ORIGINATING' and s.table_id = ?";
        List<String> keys = List.of(
                "s.stage",
                "s.table_id::text",
                "to_char(s.tabled_at at time zone 'America/Toronto', 'YYYY-MM')",
                "s.situation_type",
                "coalesce(s.age_band, 'NOT_APPLICABLE')",
                "s.gender",
                "s.conclusion_reason_id::text");
        StringBuilder select = new StringBuilder("select ");
        for (int i = 0; i < keys.size(); i++) {
            select.append(keys.get(i))
                    .append(" as k")
                    .append(i)
                    .append(", grouping(")
                    .append(keys.get(i))
                    .append(") as g")
                    .append(i)
                    .append(", ");
        }
        jdbc.queryForList(
                select + "count(*) from situation s where " + where + " group by grouping sets ("
                        + String.join(
                                ", ", keys.stream().map(key -> "(" + key + ")").toList()) + ")",
                community,
                table);
        jdbc.queryForList(
                "select f.parent_id::text, count(distinct s.id) from situation s join situation_factor sf on sf.situation_id = s.id and sf.kind = 'RISK' join situation_reference f on f.id = sf.reference_id where "
                        + where + " group by 1",
                community,
                table);
        jdbc.queryForList(
                "select case when d <= 7 then '0-7' when d <= 14 then '8-14' when d <= 30 then '15-30' when d <= 60 then '31-60' else '61+' end, count(*) from (select s.concluded_on - (s.tabled_at at time zone 'America/Toronto')::date as d from situation s where "
                        + where + " and s.stage = 'CONCLUDED') days group by 1",
                community,
                table);
        jdbc.queryForList(
                "select t.organization_id::text, count(*) from situation s join situation_team_member t on t.situation_id = s.id where "
                        + where + " group by 1",
                community,
                table);
        jdbc.queryForList(
                "select v.reference_id::text, count(*) from situation s join situation_service v on v.situation_id = s.id where "
                        + where + " group by 1",
                community,
                table);
        jdbc.queryForList(
                "select percentile_cont(0.5) within group (order by d), avg(d) from (select s.concluded_on - (s.tabled_at at time zone 'America/Toronto')::date as d from situation s where "
                        + where + " and s.stage = 'CONCLUDED') days",
                community,
                table);
    }

    /** One table's situations, written by the database itself: stages, dates, factors, teams, services. */
    private void generate(UUID table) {
        jdbc.update("""
                insert into situation (id, community_id, table_id, originating_organization_id, opened_at, stage,
                    situation_type, age_band, gender, updated_at, tabled_at, decided_at, concluded_on,
                    conclusion_reason_id, significant_interest, probable_harm, severe_harm, multiple_agencies)
                select gen_random_uuid(), t.community_id, t.id, m.organization_id, opened, stage,
                    (array['PERSON','PERSON','PERSON','FAMILY','DWELLING','NEIGHBOURHOOD'])[1 + floor(random() * 6)::int],
                    (array['AGE_0_5','AGE_6_11','AGE_12_15','AGE_16_17','AGE_18_24','AGE_25_29','AGE_30_39','AGE_40_59','AGE_60_PLUS'])[1 + floor(random() * 9)::int],
                    (array['WOMAN_GIRL','MAN_BOY','WOMAN_GIRL','MAN_BOY','ANOTHER_GENDER','UNKNOWN'])[1 + floor(random() * 6)::int],
                    opened, case when stage = 'ORIGINATING' then null else opened + interval '2 days' end,
                    case when stage in ('ACCEPTED','REJECTED','INTERVENTION','CONCLUDED') then opened + interval '5 days' end,
                    case when stage = 'CONCLUDED' then (opened + interval '5 days' + random() * interval '60 days')::date end,
                    case when stage = 'CONCLUDED' then (select id from situation_reference where list = 'CONCLUSION_REASON' and community_id is null order by random() + n * 0 limit 1) end,
                    stage <> 'REJECTED', true, true, true
                from situation_table t
                join situation_table_member m on m.table_id = t.id,
                     generate_series(1, ?) n,
                     lateral (select now() - random() * interval '730 days' as opened,
                         (array['ORIGINATING','TABLED','ACCEPTED','REJECTED','REJECTED','INTERVENTION','CONCLUDED','CONCLUDED','CONCLUDED','CONCLUDED'])[1 + floor(random() * 10)::int] as stage
                         where n > 0) drawn
                where t.id = ?
                """, SITUATIONS_PER_TABLE, table);
        jdbc.update("""
                insert into situation_factor (situation_id, community_id, reference_id, kind)
                select s.id, s.community_id, f.id, 'RISK' from situation s
                cross join lateral (select id from situation_reference where list = 'RISK_FACTOR' and community_id is null
                    order by random() + (s.id is null)::int limit 2) f
                where s.table_id = ? and s.stage <> 'REJECTED'
                """, table);
        jdbc.update("""
                insert into situation_team_member (situation_id, community_id, organization_id, team_role, goes)
                select s.id, s.community_id, s.originating_organization_id, 'LEAD', true from situation s
                where s.table_id = ? and s.stage in ('INTERVENTION', 'CONCLUDED')
                """, table);
        jdbc.update("""
                insert into situation_service (situation_id, community_id, reference_id)
                select s.id, s.community_id, v.id from situation s
                cross join lateral (select id from situation_reference where list = 'SERVICE' and community_id is null
                    order by random() + (s.id is null)::int limit 2) v
                where s.table_id = ? and s.stage in ('INTERVENTION', 'CONCLUDED')
                """, table);
    }
}
