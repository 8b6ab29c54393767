package ca.vigie.browser;

import static ca.vigie.browser.Chromium.assertAccessible;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.complaints.files.DeadlineReminders;
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
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An employee files a named complaint in French, and is told what is missing without losing what
 * they typed; in English, the intake officer declares no conflict, opens the file for triage and
 * hands it to a case manager, who is stopped from closing it without a reason and begins the
 * negotiated resolution the federal deadlines ask for, then is reminded by e-mail of the monthly
 * status update coming due.
 */
@Order(2)
@VigieTest
class ComplaintFileBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    ComplaintOffices offices;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    GreenMail smtp;

    TestCommunity community;
    VigiePrincipal employee;
    VigiePrincipal supervisor;
    VigiePrincipal intake;
    VigiePrincipal caseManager;

    @BeforeEach
    void setUp() {
        community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        employee = communities.person(community, Role.EMPLOYEE);
        supervisor = communities.person(community, Role.EMPLOYEE);
        intake = communities.person(community, Role.OFFICE_INTAKE);
        caseManager = communities.person(community, Role.OFFICE_INTAKE);
        UUID office = offices.create(admin, "Bureau fédéral", "Federal office", UUID.randomUUID());
        offices.serve(admin, office, community.organization().id(), Jurisdiction.FEDERAL);
        offices.assign(admin, office, intake.userId(), StaffRole.INTAKE_OFFICER);
        offices.assign(admin, office, caseManager.userId(), StaffRole.CASE_MANAGER);
    }

    @Test
    void a_named_complaint_is_filed_then_triaged_and_taken_into_negotiated_resolution() throws Exception {
        String base = "http://localhost:" + port;
        try (BrowserContext context = Chromium.context("fr-CA", base)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, employee.username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Plaintes au travail")
                                    .setExact(true))
                    .click();
            assertThat(page.locator("main")).containsText("Vous n’avez déposé aucune plainte.");
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Déposer une plainte"))
                    .click();
            page.getByLabel("Harcèlement", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByLabel("la personne qui l’a vécu").check();
            page.getByLabel("Nominative").check();
            page.getByLabel("Date des faits, ou de leur début")
                    .fill(communities.today().minusDays(12).toString());
            page.getByLabel("Où").fill("Salle de pause");
            page.locator("#person0-user").selectOption(new SelectOption().setLabel(supervisor.displayName()));
            page.locator("#person0-relation").selectOption("SUPERVISOR");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la plainte"))
                    .click();
            assertThat(page.locator("#narrative-error")).isVisible();
            assertThat(page.getByLabel("Où")).hasValue("Salle de pause");
            assertThat(page.getByLabel("Harcèlement", new Page.GetByLabelOptions().setExact(true)))
                    .isChecked();
            assertAccessible(page);
            page.getByLabel("Ce qui s’est passé", new Page.GetByLabelOptions().setExact(true))
                    .fill("Des remarques humiliantes devant l’équipe, trois fois cette semaine.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la plainte"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("transmise au bureau");
            assertThat(page.locator("table")).containsText("Reçue");
            assertAccessible(page);
            page.locator("main table a.mono").first().click();
            assertThat(page.locator("main")).containsText("Aucun");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }

        try (BrowserContext context = Chromium.context("en-CA", base)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, intake.username(), "Username", "Password", "Sign in");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Complaint files")
                                    .setExact(true))
                    .click();
            assertThat(page.locator("main")).containsText("Declaration owed");
            assertThat(page.locator("main")).containsText("Contact the principal party (7 days)");
            assertAccessible(page);
            page.locator("main table a.mono").first().click();
            assertThat(page.locator("main")).not().containsText("humiliantes");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record my declaration"))
                    .click();
            assertThat(page.locator("#conflict-error")).isVisible();
            assertAccessible(page);
            page.getByLabel("I have no conflict of interest with this file.").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record my declaration"))
                    .click();
            page.getByLabel("Purpose").selectOption("TRIAGE");
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the file"))
                    .click();
            assertThat(page.locator("main")).containsText("humiliantes");
            assertThat(page.locator("main")).containsText(employee.displayName());
            assertThat(page.locator("main")).containsText(supervisor.displayName() + " (Supervisor)");
            assertAccessible(page);

            page.getByLabel("Step", new Page.GetByLabelOptions().setExact(true)).selectOption("FIRST_CONTACT");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the step"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Step recorded.");
            page.getByLabel("Next stage").selectOption("INITIAL_REVIEW");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the file"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("The file moved on.");
            page.getByLabel("Person", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(caseManager.displayName() + ": Case manager"));
            page.getByLabel("Role in the office").selectOption("CASE_MANAGER");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Assigned to the file.");
            assertThat(page.locator("main")).containsText(caseManager.displayName() + ": Case manager");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }

        try (BrowserContext context = Chromium.context("en-CA", base)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, caseManager.username(), "Username", "Password", "Sign in");
            page.navigate("/complaint-files");
            openFirstFile(page, "CASE_WORK");
            page.getByLabel("Next stage").selectOption("CLOSED");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the file"))
                    .click();
            assertThat(page.locator("#closureReason-error")).isVisible();
            assertThat(page.getByLabel("Next stage")).hasValue("CLOSED");
            assertAccessible(page);
            page.getByLabel("Next stage").selectOption("NEGOTIATED_RESOLUTION");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the file"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("The file moved on.");
            assertThat(page.locator("main .lead")).containsText("Negotiated resolution");
            assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Deadline")))
                    .containsText("Negotiated resolution begun (45 days)");
            assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Deadline")))
                    .containsText("Met");
            page.getByLabel("Notice", new Page.GetByLabelOptions().setExact(true))
                    .selectOption("ACKNOWLEDGEMENT");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate the notice"))
                    .click();
            assertThat(page.locator("#noticeLanguage-error")).isVisible();
            page.getByLabel("Notice", new Page.GetByLabelOptions().setExact(true))
                    .selectOption("ACKNOWLEDGEMENT");
            page.getByLabel("French", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate the notice"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Notice generated and kept on the file.");
            assertThat(page.locator("main")).containsText("Acknowledgement of receipt (French)");
            com.microsoft.playwright.Download notice = page.waitForDownload(() -> page.locator(
                            "main a", new Page.LocatorOptions().setHasText("Acknowledgement of receipt (French)"))
                    .click());
            assertThat(notice.suggestedFilename()).endsWith(".pdf");
            assertAccessible(page);

            // A day before the first monthly status update falls due, the morning's reminders go out.
            String reference = page.locator("h1").textContent().replaceAll(".*?(\\d{4}-\\d{4}).*", "$1");
            reminders.send(
                    community.community().id(),
                    communities.today().plusMonths(1).minusDays(1));
            List<MimeMessage> reminded = TestMail.to(smtp, caseManager.username());
            assertThat(reminded).hasSize(1);
            assertThat(reminded.get(0).getSubject()).contains(reference);
            assertThat(GreenMailUtil.getBody(reminded.get(0))).doesNotContain("humiliantes");
            page.navigate("/complaint-files");
            assertThat(page.locator("main")).containsText("Monthly status update to both parties");
            assertThat(consoleErrors).isEmpty();
        }
    }

    /** In English, a member of staff opens the first file of their list: no conflict declared, then a purpose. */
    static void openFirstFile(Page page, String purpose) {
        page.locator("main table a.mono").first().click();
        page.getByLabel("I have no conflict of interest with this file.").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record my declaration"))
                .click();
        page.getByLabel("Purpose").selectOption(purpose);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the file"))
                .click();
    }
}
