package ca.vigie.browser;

import static ca.vigie.browser.Chromium.assertAccessible;
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
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In French, a recovery practitioner records a helpline contact, then, once the person agrees,
 * turns it into a formal complaint, stopped first for want of the recorded consent without losing
 * what was typed; in English, the intake officer finds the complaint in their list.
 */
@Order(2)
@VigieTest
class InformalServiceBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    ComplaintOffices offices;

    @Test
    void a_helpline_contact_becomes_a_complaint_once_the_person_consents() {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        VigiePrincipal practitioner = communities.person(community, Role.OFFICE_INTAKE);
        VigiePrincipal intake = communities.person(community, Role.OFFICE_INTAKE);
        UUID office = offices.create(admin, "Bureau fédéral", "Federal office", UUID.randomUUID());
        offices.serve(admin, office, community.organization().id(), Jurisdiction.FEDERAL);
        offices.assign(admin, office, practitioner.userId(), StaffRole.RECOVERY_PRACTITIONER);
        offices.assign(admin, office, intake.userId(), StaffRole.INTAKE_OFFICER);
        String base = "http://localhost:" + port;

        try (BrowserContext context = Chromium.context("fr-CA", base)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(
                    page, practitioner.username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");
            page.navigate("/complaint-files");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Services informels"))
                    .click();
            assertThat(page.locator("h1")).hasText("Services informels");
            assertAccessible(page);
            page.locator("#organizationId")
                    .selectOption(
                            new SelectOption().setLabel(community.organization().nameFr()));
            page.getByLabel("Personne aidée").fill("Mme Girard, poste 2231");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Consigner le service"))
                    .click();
            assertThat(page.locator("#kind-error")).isVisible();
            assertThat(page.getByLabel("Personne aidée")).hasValue("Mme Girard, poste 2231");
            assertAccessible(page);
            page.getByLabel("Ligne d’écoute").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Consigner le service"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Service consigné.");
            assertThat(page.locator("main")).containsText("Mme Girard, poste 2231");
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("En faire une plainte formelle"))
                    .click();
            assertThat(page.locator("#reporterName")).hasValue("Mme Girard, poste 2231");
            page.getByLabel("Harcèlement", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByLabel("la personne qui l’a vécu").check();
            page.getByLabel("Nominative").check();
            page.getByLabel("Date des faits, ou de leur début")
                    .fill(communities.today().minusDays(20).toString());
            page.getByLabel("Ce qui s’est passé", new Page.GetByLabelOptions().setExact(true))
                    .fill("Des messages insistants d’un collègue après chaque quart de nuit.");
            page.locator("#person0-name").fill("Un collègue du quart de nuit");
            page.locator("#person0-relation").selectOption("CO_WORKER");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Consigner le consentement et la plainte"))
                    .click();
            assertThat(page.locator("#consentGiven-error")).isVisible();
            assertThat(page.getByLabel("Ce qui s’est passé", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("Des messages insistants d’un collègue après chaque quart de nuit.");
            assertAccessible(page);
            page.getByLabel("La personne consent à faire de ce service une plainte formelle.")
                    .check();
            page.getByLabel("Forme du consentement").selectOption("VERBALLY");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Consigner le consentement et la plainte"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Plainte consignée.");
            assertThat(page.locator("main")).containsText("consentement donné verbalement");
            assertThat(page.locator("main")).not().containsText("En faire une plainte formelle");
            assertAccessible(page);
            page.navigate("/complaint-services");
            assertThat(page.locator("table")).containsText("Devenu une plainte formelle");
            assertThat(consoleErrors).isEmpty();
        }

        try (BrowserContext context = Chromium.context("en-CA", base)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, intake.username(), "Username", "Password", "Sign in");
            page.navigate("/complaint-files");
            assertThat(page.locator("main")).containsText("Declaration owed");
            ComplaintFileBrowserTest.openFirstFile(page, "TRIAGE");
            assertThat(page.locator("main")).containsText("from an informal service");
            assertThat(page.locator("main")).containsText("messages insistants");
            assertThat(page.locator("main")).containsText("Mme Girard, poste 2231");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }
    }
}
