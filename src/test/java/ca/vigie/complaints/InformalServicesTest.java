package ca.vigie.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.FileRejection;
import ca.vigie.complaints.files.InformalServices;
import ca.vigie.complaints.files.Standing;
import ca.vigie.complaints.intake.Channel;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.ConsentForm;
import ca.vigie.complaints.intake.InformalKind;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.complaints.retention.FileRetention;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.NotFoundException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Informal services on the real database: minimal, encrypted, reaching only who gave the help and
 * the office lead, turned into a formal complaint only with the person's consent recorded, and
 * forgotten when the jurisdiction's retention has run.
 */
@VigieTest
class InformalServicesTest {

    static final String CANARY = "Prunelle Canarissot";

    @Autowired
    ComplaintOffices offices;

    @Autowired
    InformalServices services;

    @Autowired
    ComplaintFiles files;

    @Autowired
    FileRetention retention;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcTemplate jdbc;

    TestCommunity community;
    VigiePrincipal admin;
    VigiePrincipal practitioner;
    VigiePrincipal lead;
    VigiePrincipal intake;
    VigiePrincipal analyst;
    UUID organization;
    UUID office;

    @BeforeEach
    void setUp() {
        community = communities.community();
        organization = community.organization().id();
        admin = communities.person(community, Role.COMMUNITY_ADMIN);
        practitioner = communities.person(community, Role.OFFICE_INTAKE);
        lead = communities.person(community, Role.OFFICE_INTAKE);
        intake = communities.person(community, Role.OFFICE_INTAKE);
        analyst = communities.person(community, Role.OFFICE_INTAKE);
        office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.serve(admin, office, organization, Jurisdiction.FEDERAL);
        offices.assign(admin, office, practitioner.userId(), StaffRole.RECOVERY_PRACTITIONER);
        offices.assign(admin, office, lead.userId(), StaffRole.OFFICE_LEAD);
        offices.assign(admin, office, intake.userId(), StaffRole.INTAKE_OFFICER);
        offices.assign(admin, office, analyst.userId(), StaffRole.ANALYST);
    }

    InformalServices.NewService helplineCall(LocalDate on) {
        return new InformalServices.NewService(
                organization, InformalKind.HELPLINE_CONTACT, on, CANARY, "Rappeler " + CANARY + " jeudi.");
    }

    Intake complaint() {
        return new Intake(
                Set.of(ComplaintType.HARASSMENT),
                ReporterMode.NAMED,
                ReporterRole.PRINCIPAL_PARTY,
                communities.today().minusDays(30),
                null,
                "",
                "Des propos humiliants répétés en réunion d’équipe.",
                List.of(new Intake.Party(null, "Chef d’équipe", Relation.SUPERVISOR)),
                "",
                "");
    }

    @Test
    void a_service_keeps_little_reaches_its_giver_and_the_lead_and_is_refused_when_incomplete() {
        UUID token = UUID.randomUUID();
        UUID id = services.record(practitioner, helplineCall(communities.today()), token);
        assertThat(services.record(practitioner, helplineCall(communities.today()), token))
                .as("a double submit is one service")
                .isEqualTo(id);

        assertThat(services.reachableBy(practitioner))
                .extracting(InformalServices.Line::id)
                .containsExactly(id);
        assertThat(services.reachableBy(lead))
                .extracting(InformalServices.Line::id)
                .containsExactly(id);
        InformalServices.Opened opened = services.open(lead, id);
        assertThat(opened.person()).isEqualTo(CANARY);
        assertThat(opened.note()).contains("jeudi");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where object_type = 'complaint_informal_service'"
                                + " and object_id = ? and purpose = 'informal service opened'",
                        Integer.class,
                        id.toString()))
                .isEqualTo(1);

        for (VigiePrincipal outsider : List.of(intake, analyst, admin)) {
            assertThat(services.reachableBy(outsider)).as(outsider.username()).isEmpty();
            assertThatThrownBy(() -> services.open(outsider, id))
                    .as(outsider.username())
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> services.record(analyst, helplineCall(communities.today()), UUID.randomUUID()))
                .as("an analyst sees aggregates only")
                .extracting(e -> ((FileRejection) e).field())
                .isEqualTo("organizationId");
        assertThatThrownBy(() -> services.record(
                        practitioner,
                        new InformalServices.NewService(organization, null, communities.today(), "", ""),
                        UUID.randomUUID()))
                .extracting(e -> ((FileRejection) e).field())
                .isEqualTo("kind");
        assertThatThrownBy(() -> services.record(
                        practitioner, helplineCall(communities.today().plusDays(1)), UUID.randomUUID()))
                .extracting(e -> ((FileRejection) e).field())
                .isEqualTo("providedOn");

        String hex = HexFormat.of().formatHex(CANARY.getBytes(StandardCharsets.UTF_8));
        for (String table : List.of("complaint_informal_service", "audit_event")) {
            assertThat(jdbc.queryForObject(
                            "select coalesce(string_agg(t::text, ' '), '') from \"" + table + "\" t", String.class))
                    .as(table)
                    .doesNotContain(CANARY)
                    .doesNotContainIgnoringCase(hex);
        }
    }

    @Test
    void a_service_becomes_a_complaint_only_with_recorded_consent_and_goes_to_intake() {
        UUID id = services.record(practitioner, helplineCall(communities.today().minusDays(3)), UUID.randomUUID());
        Intake.Reporter reporter = new Intake.Reporter(null, CANARY, "");
        int filesBefore = jdbc.queryForObject(
                "select count(*) from complaint_file where community_id = ?",
                Integer.class,
                community.community().id());

        assertThatThrownBy(() -> services.turnIntoComplaint(
                        practitioner,
                        id,
                        new InformalServices.Consent(false, ConsentForm.VERBALLY, communities.today()),
                        complaint(),
                        reporter,
                        UUID.randomUUID()))
                .extracting(e -> ((FileRejection) e).messageKey())
                .isEqualTo("complaints.informal.consentRequired");
        assertThatThrownBy(() -> services.turnIntoComplaint(
                        practitioner,
                        id,
                        new InformalServices.Consent(
                                true, ConsentForm.VERBALLY, communities.today().minusDays(4)),
                        complaint(),
                        reporter,
                        UUID.randomUUID()))
                .extracting(e -> ((FileRejection) e).field())
                .isEqualTo("consentOn");
        assertThatThrownBy(() -> services.turnIntoComplaint(
                        intake,
                        id,
                        new InformalServices.Consent(true, ConsentForm.IN_WRITING, communities.today()),
                        complaint(),
                        reporter,
                        UUID.randomUUID()))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint_file where community_id = ?",
                        Integer.class,
                        community.community().id()))
                .as("nothing half-saved")
                .isEqualTo(filesBefore);

        UUID fileId = services.turnIntoComplaint(
                practitioner,
                id,
                new InformalServices.Consent(true, ConsentForm.IN_WRITING, communities.today()),
                complaint(),
                reporter,
                UUID.randomUUID());
        InformalServices.Line line = services.reachableBy(practitioner).get(0);
        assertThat(line.fileId()).isEqualTo(fileId);
        assertThat(line.consentHow()).isEqualTo(ConsentForm.IN_WRITING);
        assertThat(line.consentOn()).isEqualTo(communities.today());
        assertThat(services.complaintReference(practitioner, id))
                .hasValueSatisfying(r -> assertThat(r).matches("\\d{4}-\\d{4}"));
        assertThat(files.standing(intake, fileId)).isEqualTo(Standing.DECLARATION_OWED);
        assertThat(files.standing(practitioner, fileId))
                .as("the informal helper is not on the formal file unless assigned")
                .isEqualTo(Standing.NONE);
        assertThat(files.header(intake, fileId).channel()).isEqualTo(Channel.INFORMAL_SERVICE);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'COMPLAINT_INFORMAL_SERVICE_TURNED_INTO_COMPLAINT'"
                                + " and object_id = ? and purpose = 'consent given IN_WRITING'",
                        Integer.class,
                        id.toString()))
                .isEqualTo(1);
        assertThatThrownBy(() -> services.turnIntoComplaint(
                        lead,
                        id,
                        new InformalServices.Consent(true, ConsentForm.IN_WRITING, communities.today()),
                        complaint(),
                        reporter,
                        UUID.randomUUID()))
                .extracting(e -> ((FileRejection) e).messageKey())
                .isEqualTo("complaints.informal.alreadyComplaint");
    }

    @Test
    void whoever_leaves_the_office_no_longer_reaches_the_help_they_gave() {
        UUID id = services.record(practitioner, helplineCall(communities.today()), UUID.randomUUID());
        offices.unassign(admin, office, practitioner.userId(), StaffRole.RECOVERY_PRACTITIONER);
        offices.assign(admin, office, practitioner.userId(), StaffRole.ANALYST);

        assertThat(services.reachableBy(practitioner)).isEmpty();
        assertThatThrownBy(() -> services.open(practitioner, id)).isInstanceOf(NotFoundException.class);
        assertThat(services.reachableBy(lead))
                .extracting(InformalServices.Line::id)
                .contains(id);
    }

    @Test
    void who_was_helped_is_forgotten_when_the_retention_period_runs() {
        UUID old =
                services.record(practitioner, helplineCall(communities.today().minusDays(1)), UUID.randomUUID());
        UUID recent = services.record(practitioner, helplineCall(communities.today()), UUID.randomUUID());
        jdbc.update(
                "update complaint_informal_service set provided_on = provided_on - interval '10 years' where id = ?",
                old);

        assertThat(retention.destroyDueServices(community.community().id(), communities.today()))
                .contains(old)
                .doesNotContain(recent);
        InformalServices.Opened forgotten = services.open(practitioner, old);
        assertThat(forgotten.person()).isEmpty();
        assertThat(forgotten.note()).isEmpty();
        assertThat(forgotten.line().contentDestroyed()).isTrue();
        assertThat(services.open(practitioner, recent).person()).isEqualTo(CANARY);
    }
}
