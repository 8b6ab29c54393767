package ca.vigie.benchmark;

import ca.vigie.coresponse.dispatch.DispatchImports;
import ca.vigie.coresponse.steering.CaseloadMeasures;
import ca.vigie.coresponse.steering.SteeringMeasures;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.Team;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.FieldEncryption;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestTeams;
import ca.vigie.testing.TestTeams.TestTeam;
import ca.vigie.testing.VigieTest;
import ca.vigie.testing.WebSession;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The co-response benchmark of docs/benchmarks.md, run on demand (excluded from the build):
 * {@code ./mvnw test-compile surefire:test -Dtest=CoresponseBenchmark -Dspotless.check.skip=true}. Generates in the database,
 * with a fixed seed, 1,000,000 calls across the teams of 10 communities; then times, over loopback
 * HTTP, a dyad saving a call and opening the team's list, beside the same insert and list query straight
 * on JDBC; the steering measures over twelve months (page, service, and their SQL on JDBC); and the
 * import of a 10,000-row dispatch export.
 */
@VigieTest
class CoresponseBenchmark {

    static final int COMMUNITIES = 10;
    static final int CALLS_PER_TEAM = 100_000;
    static final int IMPORT_ROWS = 10_000;

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTeams testTeams;

    @Autowired
    DispatchImports imports;

    @Autowired
    CommunityCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SteeringMeasures steering;

    @Autowired
    CaseloadMeasures caseload;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    Teams teams;

    @Test
    void measure() {
        List<TestTeam> teams = new ArrayList<>();
        for (int c = 0; c < COMMUNITIES; c++) {
            teams.add(testTeams.team(communities.community()));
        }
        long started = System.nanoTime();
        jdbc.execute("select setseed(0.20261202)");
        for (TestTeam team : teams) {
            generate(team);
            followUp(team);
        }
        jdbc.execute("analyze");
        System.out.printf(
                "generated %d calls in %d s%n",
                jdbc.queryForObject("select count(*) from coresponse_call", Long.class),
                (System.nanoTime() - started) / 1_000_000_000);

        TestTeam team = teams.get(0);
        WebSession browser = new WebSession(port);
        browser.signIn(team.officer().username(), TestCommunities.PASSWORD);
        browser.get("/coresponse/teams/" + team.id() + "/calls/new");
        for (int run = 1; run <= 2; run++) {
            System.out.printf("run %d%n", run);
            Timings.report(
                    "record a call (form POST, answered by a redirect)",
                    302,
                    () -> browser.post("/coresponse/teams/" + team.id() + "/calls", form(team))
                            .statusCode());
            Timings.report("SQL: insert a call", () -> {
                rawInsert(team);
                return 200;
            });
            Timings.report(
                    "calls page, first 50 of 100,000",
                    () -> browser.get("/coresponse/teams/" + team.id() + "/calls")
                            .statusCode());
            Timings.report("SQL: the list's query", () -> {
                jdbc.queryForList("""
                        select id, received_at, coalesce(incident_number, '') as incident_number, source, dyad_id,
                               disposition, (cleared_at is not null and disposition is not null) as complete, person_id
                        from coresponse_call where team_id = ? and (not ? or cleared_at is null or disposition is null)
                        order by received_at desc, id limit ? offset ?
                        """, team.id(), false, 51, 0);
                return 200;
            });
        }

        Team measured = this.teams.get(team.police().community().id(), team.id());
        YearMonth to = steering.lastWholeMonth(measured);
        YearMonth from = to.minusMonths(11);
        WebSession leadBrowser = new WebSession(port);
        leadBrowser.signIn(team.lead().username(), TestCommunities.PASSWORD);
        TestTeam quiet = testTeams.team(communities.community());
        WebSession quietLead = new WebSession(port);
        quietLead.signIn(quiet.lead().username(), TestCommunities.PASSWORD);
        for (int run = 1; run <= 2; run++) {
            System.out.printf("steering run %d%n", run);
            Timings.report(
                    "steering page of a team without calls (what the page costs besides its reads)",
                    () -> quietLead
                            .get("/coresponse/teams/" + quiet.id() + "/steering?from=" + from + "&to=" + to)
                            .statusCode());
            Timings.report(
                    "steering page, 12 months of a team's 100,000 calls",
                    () -> leadBrowser
                            .get("/coresponse/teams/" + team.id() + "/steering?from=" + from + "&to=" + to)
                            .statusCode());
            Timings.report("steering measures, service, no HTTP", () -> {
                steering.measure(measured, from, to);
                caseload.measure(measured.id(), measured.communityId(), from, to);
                return 200;
            });
            Timings.report("SQL: the measures' queries, one after the other", () -> {
                // As the service reads: in a transaction with memory enough to hash the groups.
                transactions.executeWithoutResult(status -> {
                    jdbc.execute("set local work_mem = '16MB'");
                    rawSteering(team, from, to);
                    rawCaseload(team, from, to);
                });
                return 200;
            });
        }

        Seat lead = testTeams.seat(team, team.lead());
        imports.map(lead, "Incident", "Reçu", "Affecté", "Unité", null);
        for (int run = 1; run <= 3; run++) {
            byte[] export = export(run, lead.communityId());
            long start = System.nanoTime();
            DispatchImports.Report report = imports.importFile(lead, export);
            System.out.printf(
                    "BENCH | dispatch import of %d rows, run %d | %d ms | %s%n",
                    IMPORT_ROWS, run, (System.nanoTime() - start) / 1_000_000, report);
        }
    }

    /** The measures' queries as the service runs them, straight on JDBC. */
    private void rawSteering(TestTeam team, YearMonth from, YearMonth to) {
        ZoneId zone = calendar.zone(team.police().community().id());
        Timestamp start = Timestamp.from(from.atDay(1).atStartOfDay(zone).toInstant());
        Timestamp end =
                Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        String where = " from coresponse_call where team_id = ? and received_at >= ? and received_at < ? ";
        jdbc.queryForList("""
                select to_char(month, 'YYYY-MM'), source, call_role, disposition, area, without_team, person_id, natures,
                       grouping(month), grouping(source), grouping(call_role), grouping(disposition), grouping(area),
                       grouping(without_team), grouping(person_id), grouping(natures), count(*)
                from (select date_trunc('month', received_at at time zone ?) as month, source, call_role, disposition,
                             area_id::text as area, without_team, person_id, natures
                      from coresponse_call where team_id = ? and received_at >= ? and received_at < ?) c
                group by grouping sets ((month), (source), (call_role), (disposition), (area), (without_team, disposition),
                                        (person_id), (natures), ())
                """, zone.getId(), team.id(), start, end);
        jdbc.queryForList("""
                select count(*) filter (where disposition is not null and cleared_at is not null),
                       count(*) filter (where disposition = 'APPREHENSION'), count(ed_handover_at),
                       percentile_cont(0.5) within group (order by extract(epoch from ed_handover_at - ed_arrival_at)),
                       percentile_cont(0.9) within group (order by extract(epoch from ed_handover_at - ed_arrival_at)),
                       count(*) filter (where on_scene_at is not null and cleared_at is not null),
                       percentile_cont(0.5) within group (order by extract(epoch from cleared_at - on_scene_at)),
                       sum(extract(epoch from cleared_at - on_scene_at)) filter (where without_team = 'PATROL_TIME')
                """ + where, team.id(), start, end);
        jdbc.queryForList(
                "select count(*), count(*) filter (where by_team) from coresponse_dispatch_incident"
                        + " where team_id = ? and received_at >= ? and received_at < ?",
                team.id(),
                start,
                end);
    }

    /** The caseload's two queries as the service runs them, straight on JDBC. */
    private void rawCaseload(TestTeam team, YearMonth from, YearMonth to) {
        UUID community = team.police().community().id();
        ZoneId zone = calendar.zone(community);
        jdbc.queryForList(
                """
                select count(*) filter (where on_day < ? and (off_day is null or off_day >= ?)),
                       count(*) filter (where on_day >= ? and on_day < ?),
                       count(*) filter (where off_day >= ? and off_day < ?)
                from (select (decided_at at time zone ?)::date as on_day, (discharged_at at time zone ?)::date as off_day
                      from coresponse_enrolment
                      where team_id = ? and state in ('ENROLLED', 'DISCHARGED') and decided_at is not null) e
                """,
                java.sql.Date.valueOf(to.plusMonths(1).atDay(1)),
                java.sql.Date.valueOf(to.plusMonths(1).atDay(1)),
                java.sql.Date.valueOf(from.atDay(1)),
                java.sql.Date.valueOf(to.plusMonths(1).atDay(1)),
                java.sql.Date.valueOf(from.atDay(1)),
                java.sql.Date.valueOf(to.plusMonths(1).atDay(1)),
                zone.getId(),
                zone.getId(),
                team.id());
        StringBuilder columns = new StringBuilder();
        for (String kind : List.of("EMERGENCY_VISIT", "TICKET", "ARREST")) {
            columns.append(", count(*) filter (where v.kind = '")
                    .append(kind)
                    .append("' and v.day >= e.on_day - interval '6 months' and v.day < e.on_day)")
                    .append(", count(*) filter (where v.kind = '")
                    .append(kind)
                    .append("' and v.day > e.on_day and v.day <= e.on_day + interval '6 months')");
        }
        jdbc.queryForList(
                """
                with enrolled as (
                    select id, person_id, (decided_at at time zone ?)::date as on_day from coresponse_enrolment
                    where team_id = ? and state in ('ENROLLED', 'DISCHARGED') and decided_at >= ? and decided_at < ?
                      and (decided_at at time zone ?)::date <= (current_date - interval '6 months')),
                events as (
                    select person_id, kind, happened_on as day from coresponse_milestone
                    where team_id = ? and kind in ('EMERGENCY_VISIT', 'TICKET', 'ARREST')
                      and person_id in (select person_id from enrolled)
                    union
                    select person_id, 'EMERGENCY_VISIT', (ed_arrival_at at time zone ?)::date from coresponse_call
                    where team_id = ? and ed_arrival_at is not null and person_id in (select person_id from enrolled)
                    union
                    select person_id, disposition, (received_at at time zone ?)::date from coresponse_call
                    where team_id = ? and disposition in ('TICKET', 'ARREST')
                      and person_id in (select person_id from enrolled))
                select extract(year from e.on_day), extract(quarter from e.on_day), count(distinct e.id)""" + columns + """

                from enrolled e left join events v on v.person_id = e.person_id group by 1, 2 order by 1, 2
                """,
                zone.getId(),
                team.id(),
                Timestamp.from(from.atDay(1).atStartOfDay(zone).toInstant()),
                Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()),
                zone.getId(),
                team.id(),
                zone.getId(),
                team.id(),
                zone.getId(),
                team.id());
    }

    /**
     * Who the team met: 3,000 people, a third of the calls linked to one of them, and 40 followed, each
     * with ten milestones around their enrolment.
     */
    private void followUp(TestTeam team) {
        UUID community = team.police().community().id();
        // Labels are encrypted as the application writes them, bound to their row, so that pages can read them.
        List<Object[]> people = new ArrayList<>();
        for (int n = 0; n < 3000; n++) {
            UUID id = UUID.randomUUID();
            people.add(new Object[] {
                id,
                team.id(),
                community,
                encryption.encrypt("Personne " + n, "coresponse_person.label:" + id),
                team.officer().userId()
            });
        }
        jdbc.batchUpdate("""
                insert into coresponse_person (id, team_id, community_id, label, created_at, created_by)
                values (?, ?, ?, ?, now() - interval '540 days', ?)
                """, people);
        jdbc.update("""
                update coresponse_call c set person_id = p.id
                from (select id, row_number() over (order by id) as n from coresponse_person where team_id = ?) p
                where c.team_id = ? and p.n = 1 + abs(hashtext(c.id::text)) % 3000 and random() < 0.35
                """, team.id(), team.id());
        jdbc.update(
                """
                insert into coresponse_enrolment (id, team_id, community_id, person_id, state, proposed_by, proposed_at,
                    consent_basis, lead_worker_id, review_on, decided_by, decided_at)
                select gen_random_uuid(), ?, ?, id, 'ENROLLED', ?, d - interval '7 days', 'EXPRESS_CONSENT', ?,
                       current_date + 30, ?, d
                from (select id, now() - random() * interval '500 days' as d from coresponse_person
                      where team_id = ? order by id limit 40) p
                """,
                team.id(),
                community,
                team.officer().userId(),
                team.worker().userId(),
                team.lead().userId(),
                team.id());
        jdbc.update("""
                insert into coresponse_milestone (id, team_id, community_id, person_id, kind, happened_on, recorded_by,
                    recorded_at)
                select gen_random_uuid(), e.team_id, e.community_id, e.person_id,
                       (array['EMERGENCY_VISIT','TICKET','ARREST','HOUSED'])[1 + floor(random() * 4)::int],
                       least((e.decided_at - interval '7 months' + random() * interval '14 months')::date, current_date - 1),
                       ?, now()
                from coresponse_enrolment e, generate_series(1, 10) where e.team_id = ?
                """, team.worker().userId(), team.id());
    }

    private Map<String, String> form(TestTeam team) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("dyadId", team.dyadId().toString());
        form.put("source", "DISPATCH_911");
        form.put("role", "PRIMARY");
        LocalDateTime received = calendar.now(team.police().community().id())
                .toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES)
                .minusMinutes(40);
        form.put("receivedAt", received.toString());
        form.put("onSceneAt", received.plusMinutes(12).toString());
        form.put("clearedAt", received.plusMinutes(35).toString());
        form.put("natures", "PSYCHOSIS");
        form.put("disposition", "RESOLVED_ON_SCENE");
        form.put("withoutTeam", "EMERGENCY_VISIT");
        form.put("formToken", UUID.randomUUID().toString());
        return form;
    }

    private void rawInsert(TestTeam team) {
        jdbc.update("""
                insert into coresponse_call (id, team_id, community_id, origin, created_at, updated_at, dyad_id,
                    source, call_role, received_at, on_scene_at, cleared_at, natures, disposition, without_team)
                values (?, ?, ?, 'FIELD', now(), now(), ?, 'DISPATCH_911', 'PRIMARY', now() - interval '40 minutes',
                    now() - interval '28 minutes', now() - interval '5 minutes', '{PSYCHOSIS}', 'RESOLVED_ON_SCENE',
                    'EMERGENCY_VISIT')
                """, UUID.randomUUID(), team.id(), team.police().community().id(), team.dyadId());
    }

    /** A team's calls over eighteen months, with realistic times and endings, generated in the database. */
    private void generate(TestTeam team) {
        jdbc.update("""
                insert into coresponse_call (id, team_id, community_id, dyad_id, incident_number, origin, source,
                    call_role, received_at, dispatched_at, on_scene_at, cleared_at, natures, disposition,
                    apprehension_basis, ed_arrival_at, ed_handover_at, without_team, created_at, updated_at)
                select gen_random_uuid(), ?, ?, ?, 'G-' || n, 'IMPORT', (array['DISPATCH_911','PATROL_REQUEST',
                       'DIRECT_CALL','PARTNER_REFERRAL','WALK_IN'])[1 + floor(random() * 5)::int],
                       'PRIMARY', r, r + interval '5 minutes', r + interval '20 minutes', r + interval '80 minutes',
                       array[(array['PSYCHOSIS','INTOXICATION','SUICIDAL_IDEATION','ACUTE_DISTRESS'])[1 + floor(random() * 4)::int]],
                       d, case when d = 'APPREHENSION' then 'QC_S8_CRISIS_WORKER' end,
                       case when d in ('APPREHENSION','VOLUNTARY_TRANSPORT') then r + interval '50 minutes' end,
                       case when d in ('APPREHENSION','VOLUNTARY_TRANSPORT')
                            then r + interval '50 minutes' + (random() * interval '150 minutes') end,
                       'EMERGENCY_VISIT', r, r
                from (select n, now() - random() * interval '540 days' as r,
                             (array['RESOLVED_ON_SCENE','RESOLVED_ON_SCENE','REFERRAL','VOLUNTARY_TRANSPORT',
                                    'APPREHENSION','DECLINED','ARREST','TICKET'])[1 + floor(random() * 8)::int] as d
                      from generate_series(1, ?) n) g
                """, team.id(), team.police().community().id(), team.dyadId(), CALLS_PER_TEAM);
    }

    /** A dispatch export of new incidents, half of them the team's. */
    private byte[] export(int run, UUID communityId) {
        StringBuilder csv = new StringBuilder("Incident;Reçu;Affecté;Unité\n");
        LocalDateTime start = calendar.now(communityId)
                .toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES)
                .minusDays(20);
        for (int i = 0; i < IMPORT_ROWS; i++) {
            LocalDateTime received = start.plusMinutes(i);
            csv.append("R")
                    .append(run)
                    .append('-')
                    .append(i)
                    .append(';')
                    .append(received.toString().replace('T', ' '))
                    .append(';')
                    .append(received.plusMinutes(4).toString().replace('T', ' '))
                    .append(';')
                    .append(i % 2 == 0 ? "Alpha" : "P-" + (i % 7))
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
