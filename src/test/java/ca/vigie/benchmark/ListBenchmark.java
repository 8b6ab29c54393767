package ca.vigie.benchmark;

import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.FileLists;
import ca.vigie.complaints.files.FileWork;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestTables;
import ca.vigie.testing.VigieTest;
import ca.vigie.testing.WebSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The list benchmark of docs/benchmarks.md, run on demand (excluded from the build):
 * {@code ./mvnw test-compile surefire:test -Dtest=ListBenchmark -Dspotless.check.skip=true}. Files 1,000 complaints with
 * an office through the service (their identifiers encrypted as in use; half of them name a person
 * who has an account), gives an investigator 100 of them, and writes ten years of weekly meetings
 * for a situation table; then times the lists over loopback HTTP as the office lead, the
 * investigator and the table's chair see them, and the SQL of a page of each straight on JDBC.
 */
@VigieTest
class ListBenchmark {

    /** {@code -Dbenchmark.files=5000} shows how the pages grow, or not, with the office. */
    static final int FILES = Integer.getInteger("benchmark.files", 1_000);

    static final int ASSIGNED = 100;
    static final int WEEKS = 520;

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTables tables;

    @Autowired
    ComplaintOffices offices;

    @Autowired
    ComplaintFiles files;

    @Autowired
    FileLists lists;

    @Autowired
    FileWork work;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void measure() {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        VigiePrincipal employee = communities.person(community, Role.EMPLOYEE);
        VigiePrincipal named = communities.person(community, Role.EMPLOYEE);
        VigiePrincipal lead = communities.person(community, Role.OFFICE_INTAKE);
        VigiePrincipal investigator = communities.person(community, Role.INVESTIGATOR);
        UUID office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.serve(admin, office, community.organization().id(), Jurisdiction.FEDERAL);
        offices.assign(admin, office, lead.userId(), StaffRole.OFFICE_LEAD);
        offices.assign(admin, office, investigator.userId(), StaffRole.INVESTIGATOR);
        long started = System.nanoTime();
        List<UUID> filed = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            filed.add(files.file(employee, intake(community, i % 2 == 0 ? named.userId() : null), UUID.randomUUID()));
        }
        for (UUID file : filed.subList(0, ASSIGNED)) {
            work.declare(lead, file, false);
            work.assign(lead, file, investigator.userId(), StaffRole.INVESTIGATOR, null);
            work.declare(investigator, file, false);
        }

        VigiePrincipal chair = communities.person(community, Role.TABLE_CHAIR);
        UUID table = tables.table(community, community);
        tables.chair(community, table, chair);
        jdbc.update("""
                insert into situation_meeting (id, community_id, table_id, held_on, created_by, created_at)
                select gen_random_uuid(), ?, ?, current_date - 7 * w, ?, now() from generate_series(-4, ?) w
                """, community.community().id(), table, chair.userId(), WEEKS - 5);
        jdbc.execute("analyze");
        System.out.printf(
                "filed %d complaints and %d meetings in %d s%n",
                FILES, WEEKS, (System.nanoTime() - started) / 1_000_000_000);

        WebSession asLead = signedIn(lead);
        WebSession asInvestigator = signedIn(investigator);
        WebSession asChair = signedIn(chair);

        for (int run = 1; run <= 2; run++) {
            System.out.printf("run %d%n", run);
            Timings.report(
                    "office lead's files, first page",
                    () -> asLead.get("/complaint-files").statusCode());
            Timings.report(
                    "office lead's files, page 15",
                    () -> asLead.get("/complaint-files?page=15").statusCode());
            Timings.report(
                    "office lead's files, one reference",
                    () -> asLead.get("/complaint-files?reference=0999").statusCode());
            Timings.report(
                    "investigator's files (100 assigned)",
                    () -> asInvestigator.get("/complaint-files").statusCode());
            Timings.report(
                    "situation table page (520 meetings)",
                    () -> asChair.get("/situation-tables/" + table).statusCode());
            Timings.report("service: a page of the lead's files, no HTTP", () -> {
                lists.reachableBy(lead, null, "", 0, 50);
                return 200;
            });
            Timings.report("service: the lead's 50 soonest deadlines, no HTTP", () -> {
                lists.soonestOwed(lead, 50);
                return 200;
            });
            Timings.report(
                    "table's meetings held, page 5 of 11",
                    () -> asChair.get("/situation-tables/" + table + "/meetings?page=5")
                            .statusCode());
            Timings.report("SQL: a page of the office's files", () -> {
                rawFiles(community.community().id(), office);
                return 200;
            });
            Timings.report("SQL: a page of the table's meetings", () -> {
                jdbc.queryForList(
                        "select id, table_id, held_on from situation_meeting where table_id = ? and held_on < current_date"
                                + " order by held_on desc, id limit 50 offset 200",
                        table);
                return 200;
            });
        }
    }

    /** The fifty newest files of the office with their stage history, as a page needs them. */
    private void rawFiles(UUID community, UUID office) {
        List<UUID> ids = jdbc.queryForList(
                "select id from complaint_file where community_id = ? and office_id = ?"
                        + " order by received_on desc, id limit 50",
                UUID.class,
                community,
                office);
        String in = String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
        jdbc.queryForList("select file_id, stage, entered_on from complaint_file_stage where file_id in (" + in + ")");
        jdbc.queryForList("select file_id, kind, done_on from complaint_file_step where file_id in (" + in + ")");
    }

    private WebSession signedIn(VigiePrincipal who) {
        WebSession session = new WebSession(port);
        session.signIn(who.username(), TestCommunities.PASSWORD);
        return session;
    }

    private Intake intake(TestCommunity community, UUID namedUser) {
        return new Intake(
                Set.of(ComplaintType.HARASSMENT),
                ReporterMode.NAMED,
                ReporterRole.PRINCIPAL_PARTY,
                communities.today().minusDays(2),
                null,
                "",
                "Un récit pour la mesure.",
                List.of(new Intake.Party(namedUser, "Une personne", Relation.CO_WORKER)),
                "",
                "");
    }
}
