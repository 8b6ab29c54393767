package ca.vigie.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.FileLeads;
import ca.vigie.complaints.files.FileRejection;
import ca.vigie.complaints.files.FileWork;
import ca.vigie.complaints.files.OpeningPurpose;
import ca.vigie.complaints.files.Transition;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.complaints.process.ClosureReason;
import ca.vigie.complaints.process.Stage;
import ca.vigie.complaints.retention.FileRetention;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention by jurisdiction: a closed file's content is destroyed once its period has run (federal
 * 10 years, Québec 2, Ontario 5 by default), never under a legal hold, each destruction audited, and
 * the de-identified record stays.
 */
@VigieTest
class FileRetentionTest {

    @Autowired
    ComplaintOffices offices;

    @Autowired
    ComplaintFiles files;

    @Autowired
    FileWork work;

    @Autowired
    FileLeads leads;

    @Autowired
    FileRetention retention;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void closed_files_lose_their_content_when_their_period_runs_unless_held() {
        TestCommunity community = communities.community();
        TestCommunity quebec = communities.partner(community);
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        VigiePrincipal lead = communities.person(community, Role.OFFICE_INTAKE);
        UUID office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.serve(admin, office, community.organization().id(), Jurisdiction.FEDERAL);
        offices.serve(admin, office, quebec.organization().id(), Jurisdiction.QUEBEC);
        offices.assign(admin, office, lead.userId(), StaffRole.OFFICE_LEAD);
        offices.assign(admin, office, lead.userId(), StaffRole.INTAKE_OFFICER);

        UUID federalOld = closedFile(lead, community, 11);
        UUID federalHeld = closedFile(lead, community, 11);
        UUID federalRecent = closedFile(lead, community, 9);
        UUID quebecOld = closedFile(lead, quebec, 3);
        leads.hold(lead, federalHeld, true);

        List<UUID> destroyed = retention.destroyDue(community.community().id(), communities.today());

        assertThat(destroyed).contains(federalOld, quebecOld).doesNotContain(federalHeld, federalRecent);
        assertThat(retention.destroyDue(community.community().id(), communities.today()))
                .doesNotContain(federalOld, quebecOld);
        assertThat(jdbc.queryForObject(
                        "select narrative is null and content_destroyed_at is not null from complaint_file where id = ?",
                        Boolean.class,
                        federalOld))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint_party where file_id = ?", Integer.class, federalOld))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint_reporter where file_id = ?", Integer.class, quebecOld))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select stage || ':' || closure_reason from complaint_file where id = ?",
                        String.class,
                        federalOld))
                .isEqualTo("CLOSED:WITHDRAWN");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'COMPLAINT_CONTENT_DESTROYED' and object_id = ?",
                        Integer.class,
                        federalOld.toString()))
                .isEqualTo(1);
        assertThat(files.open(lead, federalHeld, OpeningPurpose.SUPERVISION).narrative())
                .isNotEmpty();
        assertThat(files.open(lead, federalOld, OpeningPurpose.SUPERVISION).narrative())
                .isEmpty();
        assertThatThrownBy(() -> leads.hold(lead, federalOld, true))
                .extracting(e -> ((FileRejection) e).messageKey())
                .isEqualTo("complaints.retention.alreadyDestroyed");

        leads.hold(lead, federalHeld, false);
        assertThat(retention.destroyDue(community.community().id(), communities.today()))
                .contains(federalHeld);
    }

    /** A file filed, then withdrawn, then moved back in time so that it closed some years ago. */
    private UUID closedFile(VigiePrincipal lead, TestCommunity where, int yearsAgo) {
        VigiePrincipal employee = communities.person(where, Role.EMPLOYEE);
        UUID id = files.file(
                employee,
                new Intake(
                        Set.of(ComplaintType.DISCRIMINATION),
                        ReporterMode.NAMED,
                        ReporterRole.PRINCIPAL_PARTY,
                        communities.today().minusDays(2),
                        null,
                        "Bureau 12",
                        "Récit à détruire un jour.",
                        List.of(new Intake.Party(null, "Quelqu’un", Relation.CO_WORKER)),
                        "",
                        ""),
                UUID.randomUUID());
        work.declare(lead, id, false);
        work.advance(lead, id, new Transition(Stage.CLOSED, null, ClosureReason.WITHDRAWN, null, false, ""), 0);
        jdbc.update(
                "update complaint_file_stage set entered_on = entered_on - make_interval(years => ?) where file_id = ?",
                yearsAgo,
                id);
        jdbc.update(
                "update complaint_file set received_on = received_on - make_interval(years => ?) where id = ?",
                yearsAgo,
                id);
        return id;
    }
}
