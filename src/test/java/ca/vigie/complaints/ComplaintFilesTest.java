package ca.vigie.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.complaints.files.ComplaintFile;
import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.FileLeads;
import ca.vigie.complaints.files.FileLists;
import ca.vigie.complaints.files.FileRejection;
import ca.vigie.complaints.files.FileWork;
import ca.vigie.complaints.files.IdentityReason;
import ca.vigie.complaints.files.OpeningPurpose;
import ca.vigie.complaints.files.Standing;
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
import ca.vigie.organizations.directory.ReportingLines;
import ca.vigie.system.NotFoundException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office's walls on the real database: a file reaches its assigned staff and the office lead
 * once they declare no conflict, and no one else — not the person it names though they work in the
 * office, not that person's manager, not an administrator, not another office's staff.
 */
@VigieTest
class ComplaintFilesTest {

    static final String CANARY = "Ondine Canarivelle";

    @Autowired
    ComplaintOffices offices;

    @Autowired
    ComplaintFiles files;

    @Autowired
    FileLists lists;

    @Autowired
    FileWork work;

    @Autowired
    FileLeads leads;

    @Autowired
    ReportingLines reportingLines;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcTemplate jdbc;

    TestCommunity community;
    VigiePrincipal admin;
    VigiePrincipal lead;
    VigiePrincipal intake;
    VigiePrincipal respondentStaff;
    VigiePrincipal manager;
    VigiePrincipal employee;
    VigiePrincipal otherLead;
    UUID office;

    @BeforeEach
    void setUp() {
        community = communities.community();
        admin = communities.person(community, Role.COMMUNITY_ADMIN);
        lead = communities.person(community, Role.OFFICE_INTAKE);
        intake = communities.person(community, Role.OFFICE_INTAKE);
        respondentStaff = communities.person(community, Role.OFFICE_INTAKE);
        manager = communities.person(community, Role.INVESTIGATOR);
        employee = communities.person(community, Role.EMPLOYEE);
        office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.serve(admin, office, community.organization().id(), Jurisdiction.FEDERAL);
        offices.assign(admin, office, lead.userId(), StaffRole.OFFICE_LEAD);
        offices.assign(admin, office, intake.userId(), StaffRole.INTAKE_OFFICER);
        offices.assign(admin, office, respondentStaff.userId(), StaffRole.INTAKE_OFFICER);
        offices.assign(admin, office, manager.userId(), StaffRole.INVESTIGATOR);
        reportingLines.setManager(admin, respondentStaff.userId(), manager.userId());

        TestCommunity elsewhere = communities.partner(community);
        otherLead = communities.person(community, Role.OFFICE_INTAKE);
        UUID otherOffice = offices.create(admin, "Autre bureau", "Other office", UUID.randomUUID());
        offices.serve(admin, otherOffice, elsewhere.organization().id(), Jurisdiction.ONTARIO);
        offices.assign(admin, otherOffice, otherLead.userId(), StaffRole.OFFICE_LEAD);
    }

    Intake complaintAbout(UUID respondent, ReporterMode mode) {
        return new Intake(
                Set.of(ComplaintType.HARASSMENT, ComplaintType.REPRISAL),
                mode,
                ReporterRole.PRINCIPAL_PARTY,
                communities.today().minusDays(20),
                communities.today().minusDays(3),
                "Salle de réunion B",
                "Remarques répétées en réunion devant " + CANARY + ".",
                List.of(
                        new Intake.Party(respondent, "", Relation.SUPERVISOR),
                        new Intake.Party(null, CANARY, Relation.MEMBER_OF_PUBLIC)),
                "Un collègue, " + CANARY,
                "Que cela cesse.");
    }

    @Test
    void a_named_complaint_opens_for_intake_after_their_declaration_and_for_no_one_it_names_or_above_them() {
        UUID token = UUID.randomUUID();
        UUID id = files.file(employee, complaintAbout(respondentStaff.userId(), ReporterMode.NAMED), token);
        assertThat(files.file(employee, complaintAbout(respondentStaff.userId(), ReporterMode.NAMED), token))
                .as("a double submit is one file")
                .isEqualTo(id);

        assertThat(files.standing(intake, id)).isEqualTo(Standing.DECLARATION_OWED);
        listedAsItStands(intake, id);
        assertThatThrownBy(() -> files.open(intake, id, OpeningPurpose.TRIAGE)).isInstanceOf(NotFoundException.class);
        work.declare(intake, id, false);
        listedAsItStands(intake, id);
        ComplaintFile file = files.open(intake, id, OpeningPurpose.TRIAGE);
        assertThat(file.narrative()).contains(CANARY);
        assertThat(file.people()).extracting(Intake.Party::name).contains(respondentStaff.displayName(), CANARY);
        assertThat(file.reference()).matches("\\d{4}-0001");
        assertThat(files.reporterForStaff(intake, file))
                .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo(employee.displayName()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where object_id = ? and purpose = 'complaint file opened: TRIAGE'",
                        Integer.class,
                        id.toString()))
                .isEqualTo(1);

        assertThat(files.standing(lead, id)).isEqualTo(Standing.DECLARATION_OWED);
        listedAsItStands(lead, id);
        for (VigiePrincipal outsider : List.of(respondentStaff, manager, admin, otherLead, employee)) {
            assertThat(files.standing(outsider, id)).as(outsider.username()).isEqualTo(Standing.NONE);
            assertThatThrownBy(() -> files.header(outsider, id))
                    .as(outsider.username())
                    .isInstanceOf(NotFoundException.class);
            assertThat(lists.reachableBy(outsider))
                    .as(outsider.username())
                    .noneMatch(line -> line.file().id().equals(id));
        }
        assertThatThrownBy(() -> work.assign(intake, id, manager.userId(), StaffRole.INVESTIGATOR, null))
                .extracting(e -> ((FileRejection) e).messageKey())
                .isEqualTo("complaints.assign.notEligible");
        assertThat(files.filedBy(employee)).extracting(f -> f.id()).containsExactly(id);
        assertThat(files.filedBy(intake)).isEmpty();
    }

    @Test
    void a_confidential_reporter_is_known_to_the_lead_alone_until_shared_with_a_reason() {
        VigiePrincipal respondent = communities.person(community, Role.EMPLOYEE);
        UUID id =
                files.file(employee, complaintAbout(respondent.userId(), ReporterMode.CONFIDENTIAL), UUID.randomUUID());
        work.declare(intake, id, false);
        ComplaintFile file = files.open(intake, id, OpeningPurpose.TRIAGE);
        assertThat(files.reporterForStaff(intake, file)).isEmpty();

        work.declare(lead, id, false);
        assertThatThrownBy(() -> leads.readReporter(intake, id, IdentityReason.NEEDED_TO_INVESTIGATE))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> leads.readReporter(lead, id, null))
                .extracting(e -> ((FileRejection) e).field())
                .isEqualTo("identityReason");
        assertThat(leads.readReporter(lead, id, IdentityReason.NEEDED_TO_INVESTIGATE)
                        .name())
                .isEqualTo(employee.displayName());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where object_type = 'complaint_reporter' and object_id = ?"
                                + " and purpose = 'reporter identity read: NEEDED_TO_INVESTIGATE'",
                        Integer.class,
                        id.toString()))
                .isEqualTo(1);

        leads.shareReporter(lead, id, IdentityReason.REPORTER_CONSENTED);
        assertThat(files.reporterForStaff(intake, files.open(intake, id, OpeningPurpose.CASE_WORK)))
                .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo(employee.displayName()));
    }

    @Test
    void a_declared_conflict_and_the_leads_deny_list_keep_staff_out() {
        VigiePrincipal respondent = communities.person(community, Role.EMPLOYEE);
        UUID id = files.file(employee, complaintAbout(respondent.userId(), ReporterMode.NAMED), UUID.randomUUID());
        work.declare(respondentStaff, id, true);
        assertThat(files.standing(respondentStaff, id)).isEqualTo(Standing.NONE);
        listedAsItStands(respondentStaff, id);

        work.declare(lead, id, false);
        work.assign(
                lead,
                id,
                manager.userId(),
                StaffRole.INVESTIGATOR,
                communities.today().plusDays(30));
        assertThat(files.standing(manager, id)).isEqualTo(Standing.DECLARATION_OWED);
        listedAsItStands(manager, id);
        leads.keepOut(lead, id, manager.userId());
        assertThat(files.standing(manager, id)).isEqualTo(Standing.NONE);
        listedAsItStands(manager, id);
        listedAsItStands(lead, id);
        assertThat(lists.reachableBy(lead)).anyMatch(line -> line.file().id().equals(id));
    }

    @Test
    void an_oral_report_opens_for_the_officer_who_took_it_down() {
        VigiePrincipal respondent = communities.person(community, Role.EMPLOYEE);
        UUID id = files.recordOralReport(
                intake,
                community.organization().id(),
                complaintAbout(respondent.userId(), ReporterMode.NAMED),
                new Intake.Reporter(null, CANARY, "613-555-0199"),
                UUID.randomUUID());
        assertThat(files.standing(intake, id)).isEqualTo(Standing.OPEN);
        ComplaintFile file = files.open(intake, id, OpeningPurpose.TRIAGE);
        assertThat(files.reporterForStaff(intake, file))
                .hasValueSatisfying(r -> assertThat(r.contact()).isEqualTo("613-555-0199"));
        assertThatThrownBy(() -> files.recordOralReport(
                        respondentStaff,
                        UUID.randomUUID(),
                        complaintAbout(respondent.userId(), ReporterMode.NAMED),
                        new Intake.Reporter(null, "X", ""),
                        UUID.randomUUID()))
                .extracting(e -> ((FileRejection) e).field())
                .isEqualTo("organizationId");
    }

    @Test
    void a_missing_field_is_refused_with_nothing_saved() {
        int before = jdbc.queryForObject(
                "select count(*) from complaint_file where community_id = ?",
                Integer.class,
                community.community().id());
        Intake blank =
                new Intake(Set.of(), ReporterMode.NAMED, ReporterRole.WITNESS, null, null, "", "", List.of(), "", "");
        assertThatThrownBy(() -> files.file(employee, blank, UUID.randomUUID()))
                .extracting(e -> ((FileRejection) e).field())
                .isEqualTo("types");
        Intake future = new Intake(
                Set.of(ComplaintType.VIOLENCE),
                ReporterMode.NAMED,
                ReporterRole.WITNESS,
                communities.today().plusDays(2),
                null,
                "",
                "Récit",
                List.of(new Intake.Party(null, "Quelqu’un", Relation.CO_WORKER)),
                "",
                "");
        assertThatThrownBy(() -> files.file(employee, future, UUID.randomUUID()))
                .extracting(e -> ((FileRejection) e).messageKey())
                .isEqualTo("complaints.date.future");
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint_file where community_id = ?",
                        Integer.class,
                        community.community().id()))
                .isEqualTo(before);
    }

    @Test
    void no_table_holds_the_canary_in_clear() {
        VigiePrincipal respondent = communities.person(community, Role.EMPLOYEE);
        UUID id =
                files.file(employee, complaintAbout(respondent.userId(), ReporterMode.CONFIDENTIAL), UUID.randomUUID());
        files.recordOralReport(
                intake,
                community.organization().id(),
                complaintAbout(respondent.userId(), ReporterMode.NAMED),
                new Intake.Reporter(null, CANARY, "613-555-0199"),
                UUID.randomUUID());
        work.declare(intake, id, false);
        assertThat(files.open(intake, id, OpeningPurpose.TRIAGE).witnesses()).contains(CANARY);

        String hex = HexFormat.of().formatHex(CANARY.getBytes(StandardCharsets.UTF_8));
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
                String.class);
        assertThat(tables).contains("complaint_file", "complaint_party", "complaint_reporter", "audit_event");
        for (String table : tables) {
            String dump = jdbc.queryForObject(
                    "select coalesce(string_agg(t::text, ' '), '') from \"" + table + "\" t", String.class);
            assertThat(dump)
                    .as(table)
                    .doesNotContain(CANARY)
                    .doesNotContainIgnoringCase(hex)
                    .doesNotContain("Salle de réunion B")
                    .doesNotContain("613-555-0199");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where object_id = ? and actor_id = ?",
                        Integer.class,
                        id.toString(),
                        employee.userId()))
                .as("the confidential reporter is not in the audit trail")
                .isZero();
    }

    /** The list, which works out access for all files at once, says what the file itself says. */
    private void listedAsItStands(VigiePrincipal who, UUID id) {
        Standing standing = files.standing(who, id);
        List<FileLists.Line> listed = lists.reachableBy(who).stream()
                .filter(line -> line.file().id().equals(id))
                .toList();
        if (standing == Standing.NONE) {
            assertThat(listed)
                    .as(who.username() + " lists a file they cannot reach")
                    .isEmpty();
        } else {
            assertThat(listed)
                    .as(who.username())
                    .singleElement()
                    .satisfies(line -> assertThat(line.standing()).isEqualTo(standing));
        }
    }
}
