package ca.vigie.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.DeadlineReminders;
import ca.vigie.complaints.files.FileMessages;
import ca.vigie.complaints.files.FileWork;
import ca.vigie.complaints.files.OpeningPurpose;
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
import ca.vigie.testing.TestMail;
import ca.vigie.testing.VigieTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office's e-mails on a real SMTP server (GreenMail): a reminder to the file's staff before a
 * deadline, word to the lead once it is missed, each once, and a "message waiting" to a named
 * reporter; none carries anything of the file.
 */
@VigieTest
class ComplaintMailTest {

    static final String CANARY = "Ombeline Canardière";

    @Autowired
    GreenMail smtp;

    @Autowired
    ComplaintOffices offices;

    @Autowired
    ComplaintFiles files;

    @Autowired
    FileWork work;

    @Autowired
    FileMessages messages;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deadlines_are_reminded_then_escalated_once_and_a_named_reporter_hears_a_message_is_waiting() throws Exception {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        VigiePrincipal lead = communities.person(community, Role.OFFICE_INTAKE);
        VigiePrincipal intake = communities.person(community, Role.OFFICE_INTAKE);
        VigiePrincipal employee = communities.person(community, Role.EMPLOYEE);
        UUID office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.serve(admin, office, community.organization().id(), Jurisdiction.FEDERAL);
        offices.assign(admin, office, lead.userId(), StaffRole.OFFICE_LEAD);
        offices.assign(admin, office, intake.userId(), StaffRole.INTAKE_OFFICER);
        UUID id = files.file(
                employee,
                new Intake(
                        Set.of(ComplaintType.VIOLENCE),
                        ReporterMode.NAMED,
                        ReporterRole.PRINCIPAL_PARTY,
                        communities.today().minusDays(3),
                        null,
                        "",
                        "Menaces de " + CANARY + " au comptoir.",
                        List.of(new Intake.Party(null, CANARY, Relation.MEMBER_OF_PUBLIC)),
                        "",
                        ""),
                UUID.randomUUID());
        String reference = jdbc.queryForObject("select reference from complaint_file where id = ?", String.class, id);
        LocalDate today = communities.today();

        assertThat(reminders.send(community.community().id(), today.plusDays(4)))
                .isGreaterThanOrEqualTo(1);
        assertThat(reminders.send(community.community().id(), today.plusDays(4)))
                .isZero();
        List<MimeMessage> reminded = to(intake);
        assertThat(reminded).hasSize(1);
        assertThat(reminded.get(0).getSubject()).contains(reference);
        assertThat(GreenMailUtil.getBody(reminded.get(0)))
                .doesNotContain("Menaces")
                .doesNotContain("Canard");
        assertThat(to(lead)).isEmpty();

        assertThat(reminders.send(community.community().id(), today.plusDays(8)))
                .isGreaterThanOrEqualTo(1);
        assertThat(to(lead)).hasSize(1);
        assertThat(to(lead).get(0).getSubject()).contains(reference);
        reminders.send(community.community().id(), today.plusDays(9));
        assertThat(to(lead)).as("escalated once").hasSize(1);
        assertThat(to(intake)).as("reminded once").hasSize(1);

        work.declare(intake, id, false);
        files.open(intake, id, OpeningPurpose.TRIAGE);
        messages.sendFromOffice(intake, id, "Rencontre possible mardi avec " + CANARY + "?", UUID.randomUUID());
        List<MimeMessage> waiting = to(employee);
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).getSubject()).contains(reference);
        assertThat(GreenMailUtil.getBody(waiting.get(0)))
                .doesNotContain("Rencontre")
                .doesNotContain("Canard");
    }

    private List<MimeMessage> to(VigiePrincipal person) {
        return TestMail.to(smtp, person.username());
    }
}
