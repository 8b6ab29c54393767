package ca.vigie.browser;

import static ca.vigie.browser.Chromium.assertAccessible;
import static ca.vigie.testing.TestDocuments.PNG;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In French, someone without an account reports anonymously, is told what is missing without
 * losing what they typed, saves their receipt code, and comes back with it to write to the office;
 * in English the intake officer reads the report and answers; the reporter reads the answer.
 */
@Order(2)
@VigieTest
class AnonymousReportBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    ComplaintOffices offices;

    @Test
    void an_anonymous_report_is_followed_with_its_code_and_answered_by_the_office() {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        VigiePrincipal intake = communities.person(community, Role.OFFICE_INTAKE);
        UUID office = offices.create(admin, "Bureau du quai", "Wharf office", UUID.randomUUID());
        offices.serve(admin, office, community.organization().id(), Jurisdiction.ONTARIO);
        offices.assign(admin, office, intake.userId(), StaffRole.INTAKE_OFFICER);
        String base = "http://localhost:" + port;
        String code;

        try (BrowserContext context = Chromium.context("fr-CA", base)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/report/" + office);
            assertThat(page.locator("h1")).hasText("Signaler de façon anonyme");
            assertAccessible(page);
            page.getByLabel("Votre milieu de travail")
                    .selectOption(
                            new SelectOption().setLabel(community.organization().nameFr()));
            page.getByLabel("Violence", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByLabel("un témoin").check();
            page.getByLabel("Ce qui s’est passé", new Page.GetByLabelOptions().setExact(true))
                    .fill("Un chauffeur a été frappé au quai 4 par un répartiteur.");
            page.getByLabel("Ajouter des documents").setInputFiles(new FilePayload("quai4.png", "image/png", PNG));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le signalement"))
                    .click();
            assertThat(page.locator("#occurredFrom-error")).isVisible();
            assertThat(page.getByLabel("Garder quai4.png (1 Ko)")).isChecked();
            assertThat(page.getByLabel("Ce qui s’est passé", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("Un chauffeur a été frappé au quai 4 par un répartiteur.");
            assertThat(page.getByLabel("un témoin")).isChecked();
            assertAccessible(page);
            page.getByLabel("Date des faits, ou de leur début")
                    .fill(communities.today().minusDays(1).toString());
            page.locator("#person0-name").fill("Le répartiteur de nuit");
            page.locator("#person0-relation").selectOption("CO_WORKER");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le signalement"))
                    .click();
            code = page.locator("#receipt-code").textContent().strip();
            assertThat(code.replace(" ", "")).hasSize(24).containsOnlyDigits();
            assertAccessible(page);
            page.getByLabel("J’ai conservé mon code de reçu.").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terminé"))
                    .click();
            assertThat(page.locator("h1")).hasText("Merci");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Suivre un signalement avec son code de reçu"))
                    .click();
            page.getByLabel("Code de reçu").fill("1111 2222 3333 4444 5555 6666");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir mon dossier"))
                    .click();
            assertThat(page.locator("#code-error"))
                    .hasText("Ce code n’ouvre aucun dossier. Vérifiez les chiffres et réessayez.");
            assertAccessible(page);
            page.getByLabel("Code de reçu").fill(code);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir mon dossier"))
                    .click();
            assertThat(page.locator("main")).containsText("Reçue");
            page.getByLabel("Votre message").fill("Il y avait aussi une caméra au-dessus de la porte.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le message"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Message envoyé.");
            assertThat(page.locator("main")).containsText("caméra au-dessus de la porte");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }

        try (BrowserContext context = Chromium.context("en-CA", base)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, intake.username(), "Username", "Password", "Sign in");
            page.navigate("/complaint-files");
            ComplaintFileBrowserTest.openFirstFile(page, "TRIAGE");
            assertThat(page.locator("main")).containsText("frappé au quai 4");
            assertThat(page.locator("main")).containsText("Anonymous reporter: no one knows who they are.");
            assertThat(page.locator("main")).containsText("caméra au-dessus de la porte");
            Download photo = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("quai4.png"))
                            .click());
            assertThat(photo.suggestedFilename()).isEqualTo("quai4.png");
            page.getByLabel("Your message").fill("Merci. Nous demandons les images de cette caméra.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the message"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Message sent.");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }

        try (BrowserContext context = Chromium.context("en-CA", base)) {
            Page page = context.newPage();
            page.navigate("/report/follow");
            page.getByLabel("Receipt code").fill(code);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open my file"))
                    .click();
            assertThat(page.locator("main")).containsText("Nous demandons les images de cette caméra.");
            assertThat(page.locator("main")).not().containsText(intake.displayName());
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close my file"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your file is closed on this device.");
        }
    }
}
