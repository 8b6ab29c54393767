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
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator adds a risk factor, rewords it and retires a shipped one, in French, with axe on each page. */
@Order(2)
@VigieTest
class SituationListsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Test
    void an_administrator_extends_rewords_and_retires_reference_values() {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, admin.username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Tables de situation")
                                    .setExact(true))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Listes des tables de situation"))
                    .click();
            assertThat(page.locator("h1")).hasText("Listes des tables de situation");
            assertAccessible(page);

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Facteurs de risque")
                                    .setExact(true))
                    .click();
            page.getByLabel("Libellé en français").fill("Isolement social");
            page.getByLabel("Catégorie")
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Milieu social"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter la valeur"))
                    .click();
            assertThat(page.locator("#labelEn-error")).isVisible();
            assertThat(page.getByLabel("Libellé en anglais")).hasAttribute("aria-invalid", "true");
            assertThat(page.getByLabel("Libellé en français")).hasValue("Isolement social");
            assertAccessible(page);

            page.getByLabel("Libellé en anglais").fill("Social isolation");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter la valeur"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Valeur ajoutée.");
            Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("Isolement social"));
            assertThat(row).containsText("Milieu social");
            assertThat(row).containsText("SOCIAL_ISOLATION");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reformuler « Isolement social »"))
                    .click();
            assertAccessible(page);
            page.getByLabel("Libellé en français").fill("Isolement");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le nouveau libellé"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Nouveau libellé enregistré; l’ancien est conservé.");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retirer « Jeu — la personne »"))
                    .click();
            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Jeu — la personne")))
                    .containsText("Retirée");
            assertAccessible(page);

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Les secteurs des organisations se gèrent avec les organisations."))
                    .click();
            assertThat(page.locator("h1")).hasText("Secteurs");
            page.getByLabel("Libellé en français").fill("Premières Nations");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le secteur"))
                    .click();
            assertThat(page.locator("#labelEn-error")).isVisible();
            assertThat(page.getByLabel("Libellé en français")).hasValue("Premières Nations");
            assertAccessible(page);
            page.getByLabel("Libellé en anglais").fill("First Nations");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le secteur"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Secteur ajouté.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retirer « Justice »"))
                    .click();
            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Premières Nations")))
                    .containsText("En usage");
            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Justice")))
                    .containsText("Retiré");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }
    }
}
