package ca.vigie.browser;

import static ca.vigie.browser.Chromium.assertAccessible;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In French, an administrator sets up a workplace-safety office: the organisation it serves, its law, its staff. */
@Order(2)
@VigieTest
class ComplaintOfficeBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Test
    void an_administrator_sets_up_an_office_and_is_told_what_is_missing() {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        VigiePrincipal intake = communities.person(community, Role.OFFICE_INTAKE);
        VigiePrincipal planner = communities.person(community, Role.PLAN_COORDINATOR);

        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, admin.username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Bureaux pour un milieu de travail sûr")
                                    .setExact(true))
                    .click();
            page.getByLabel("Nom en français").fill("Bureau de l’ouest");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le bureau"))
                    .click();
            assertThat(page.locator("#nameEn-error")).isVisible();
            assertThat(page.getByLabel("Nom en français")).hasValue("Bureau de l’ouest");
            assertAccessible(page);
            page.getByLabel("Nom en anglais").fill("West office");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le bureau"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Bureau créé.");

            page.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(
                            new SelectOption().setLabel(community.organization().nameFr()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Desservir cette organisation"))
                    .click();
            assertThat(page.locator("#jurisdiction-error")).isVisible();
            page.getByLabel("Compétence").selectOption("QUEBEC");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Desservir cette organisation"))
                    .click();
            assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Compétence")))
                    .containsText("Québec (Loi sur les normes du travail)");

            page.getByLabel("Personne")
                    .selectOption(new SelectOption()
                            .setLabel(planner.displayName() + " — "
                                    + community.organization().nameFr()));
            page.getByLabel("Rôle au bureau").selectOption("CASE_MANAGER");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Affecter"))
                    .click();
            assertThat(page.locator("#userId-error")).containsText("ni le rôle d’accueil ni celui d’enquête");
            assertAccessible(page);
            page.getByLabel("Personne")
                    .selectOption(new SelectOption()
                            .setLabel(intake.displayName() + " — "
                                    + community.organization().nameFr()));
            page.getByLabel("Rôle au bureau").selectOption("OFFICE_LEAD");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Affecter"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Personne affectée.");
            assertThat(page.locator("main")).containsText(intake.displayName() + " : Direction du bureau");
            assertAccessible(page);

            page.navigate("/admin/users/reporting-lines");
            page.getByLabel("Fichier CSV")
                    .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                            "liens.csv",
                            "text/csv",
                            ("nom_utilisateur,relève_de\n" + intake.username() + ",inconnu\n")
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier et importer"))
                    .click();
            assertThat(page.locator("#import-problems")).containsText("rien n’a été enregistré");
            assertThat(page.locator("#import-problems")).containsText("inconnu");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }
    }
}
