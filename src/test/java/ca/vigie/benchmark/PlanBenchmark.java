package ca.vigie.benchmark;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import ca.vigie.testing.WebSession;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan benchmark of docs/benchmarks.md, run on demand (excluded from the build):
 * {@code ./mvnw test-compile surefire:test -Dtest=PlanBenchmark -Dspotless.check.skip=true}. Generates, with a fixed seed,
 * a plan of about 5,000 items and 500 indicators of 120 monthly values, then times the tree page,
 * the dashboard and the PDF report over loopback HTTP, and the SQL behind them straight on JDBC.
 */
@VigieTest
class PlanBenchmark {

    static final int FOCUS_AREAS = 10;
    static final int OBJECTIVES = 5;
    static final int STRATEGIES = 10;
    static final int ACTIONS = 9;
    static final int INDICATORS = 500;
    static final int MONTHS = 120;

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void measure() {
        TestCommunity community = communities.community();
        VigiePrincipal coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        long started = System.nanoTime();
        UUID plan = generate(community, coordinator);
        System.out.printf("generated in %d s%n", (System.nanoTime() - started) / 1_000_000_000);

        WebSession browser = new WebSession(port);
        browser.signIn(coordinator.username(), TestCommunities.PASSWORD);
        Timings.report("tree page", () -> browser.get("/plans/" + plan).statusCode());
        UUID strategy = jdbc.queryForObject(
                "select id from plan_item where plan_id = ? and level_code = 'STRATEGY' limit 1", UUID.class, plan);
        Timings.report(
                "tree branch opened in place",
                () -> browser.fragment("/plans/" + plan + "?branch=" + strategy).statusCode());
        Timings.report(
                "dashboard", () -> browser.get("/plans/" + plan + "/dashboard").statusCode());
        Timings.report(
                "report PDF",
                () -> browser.get("/plans/" + plan + "/report.pdf", "application/pdf")
                        .statusCode());
        Timings.report("SQL: items and links", () -> {
            jdbc.queryForList(
                    "select * from plan_item where community_id = ? and plan_id = ? order by parent_id nulls first, position",
                    community.community().id(),
                    plan);
            jdbc.queryForList(
                    "select item_id, organization_id from plan_item_collaborator c join plan_item i on i.id = c.item_id where i.plan_id = ?",
                    plan);
            jdbc.queryForList(
                    "select item_id, indicator_id from plan_item_indicator c join plan_item i on i.id = c.item_id where i.plan_id = ?",
                    plan);
            return 200;
        });
        Timings.report("SQL: indicator tiles", () -> {
            jdbc.queryForList(
                    "select * from indicator where community_id = ?",
                    community.community().id());
            jdbc.queryForList("""
                    select id, indicator_id, period_start, value from (
                        select id, indicator_id, period_start, value,
                               row_number() over (partition by indicator_id order by period_start desc) as rank
                        from indicator_value where community_id = ? and breakdown = '' and replaced_at is null
                    ) latest where rank <= 24""", community.community().id());
            return 200;
        });
    }

    private UUID generate(TestCommunity community, VigiePrincipal coordinator) {
        Random random = new Random(20261123L);
        UUID communityId = community.community().id();
        UUID organization = community.organization().id();
        Timestamp now = Timestamp.from(Instant.now());
        List<UUID> indicators = new ArrayList<>();
        List<Object[]> indicatorRows = new ArrayList<>();
        for (int i = 0; i < INDICATORS; i++) {
            UUID id = UUID.randomUUID();
            indicators.add(id);
            indicatorRows.add(
                    new Object[] {id, communityId, "Indicateur " + i, "Indicator " + i, organization, now, now});
        }
        jdbc.batchUpdate("""
                insert into indicator (id, community_id, name_fr, name_en, unit, direction, frequency,
                    owner_organization_id, version, created_at, updated_at)
                values (?, ?, ?, ?, 'COUNT', 'HIGHER_IS_BETTER', 'MONTHLY', ?, 0, ?, ?)""", indicatorRows);
        LocalDate first = communities.today().withDayOfMonth(1).minusMonths(MONTHS);
        List<Object[]> values = new ArrayList<>();
        for (UUID indicator : indicators) {
            for (int m = 0; m < MONTHS; m++) {
                values.add(new Object[] {
                    UUID.randomUUID(),
                    communityId,
                    indicator,
                    Date.valueOf(first.plusMonths(m)),
                    50 + random.nextInt(50),
                    now
                });
                if (values.size() == 5_000) {
                    insertValues(values);
                }
            }
        }
        insertValues(values);
        UUID plan = UUID.randomUUID();
        jdbc.update("""
                insert into plan (id, community_id, template_id, status_scheme_id, title_fr, title_en, rollup_rule,
                    version, created_by, created_at, updated_at)
                values (?, ?, '7e3a0000-0000-4000-8000-000000000001', '5a7e0000-0000-4000-8000-000000000001',
                    'Plan de référence', 'Benchmark plan', 'WORST_CHILD', 0, ?, ?, ?)""", plan, communityId, coordinator.userId(), now, now);
        String[] statuses = {"NOT_STARTED", "ON_TRACK", "AT_RISK", "BLOCKED", "COMPLETED"};
        List<Object[]> items = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        int strategyIndex = 0;
        for (int f = 0; f < FOCUS_AREAS; f++) {
            UUID focus = item(items, communityId, plan, null, "FOCUS_AREA", f, statuses[random.nextInt(5)], now);
            for (int o = 0; o < OBJECTIVES; o++) {
                UUID objective =
                        item(items, communityId, plan, focus, "OBJECTIVE", o, statuses[random.nextInt(5)], now);
                for (int s = 0; s < STRATEGIES; s++) {
                    UUID strategy =
                            item(items, communityId, plan, objective, "STRATEGY", s, statuses[random.nextInt(5)], now);
                    links.add(new Object[] {strategy, communityId, indicators.get(strategyIndex++ % INDICATORS)});
                    for (int a = 0; a < ACTIONS; a++) {
                        item(items, communityId, plan, strategy, "ACTION", a, statuses[random.nextInt(5)], now);
                    }
                }
            }
        }
        jdbc.batchUpdate(
                """
                insert into plan_item (id, community_id, plan_id, parent_id, level_code, position, title_fr, title_en,
                    status_code, planning_area, lead_organization_id, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PREVENTION', ?, 0, ?, ?)""",
                items.stream()
                        .map(row -> new Object[] {
                            row[0],
                            row[1],
                            row[2],
                            row[3],
                            row[4],
                            row[5],
                            row[6],
                            row[7],
                            row[8],
                            organization,
                            row[9],
                            row[9]
                        })
                        .toList());
        jdbc.batchUpdate(
                "insert into plan_item_indicator (item_id, community_id, indicator_id) values (?, ?, ?)", links);
        System.out.printf("plan of %d items, %d indicators of %d values%n", items.size(), INDICATORS, MONTHS);
        return plan;
    }

    private void insertValues(List<Object[]> values) {
        jdbc.batchUpdate("""
                insert into indicator_value (id, community_id, indicator_id, period_start, breakdown, value, entered_at)
                values (?, ?, ?, ?, '', ?, ?)""", values);
        values.clear();
    }

    private static UUID item(
            List<Object[]> items,
            UUID community,
            UUID plan,
            UUID parent,
            String level,
            int position,
            String status,
            Timestamp now) {
        UUID id = UUID.randomUUID();
        items.add(new Object[] {
            id, community, plan, parent, level, position, level + " " + position, level + " " + position, status, now
        });
        return id;
    }
}
