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
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A coordinator defines an indicator, sets a target and enters values, then corrects one. */
@Order(2)
@VigieTest
class IndicatorBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Test
    void a_coordinator_defines_an_indicator_enters_a_value_and_corrects_it() throws Exception {
        TestCommunity community = communities.community();
        VigiePrincipal coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        String name = "Participation " + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, coordinator.username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Indicateurs").setExact(true))
                    .first()
                    .click();
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvel indicateur"))
                    .click();
            page.getByLabel("Nom en français").fill(name);
            page.getByLabel("Nom en anglais").fill(name);
            page.getByLabel("Unité").selectOption("PERCENT");
            page.getByLabel("Sens").selectOption("WITHIN_BAND");
            page.getByLabel("Organisation responsable")
                    .selectOption(
                            new SelectOption().setLabel(community.organization().nameFr()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                    .click();
            assertThat(page.locator("#bandLow-error")).containsText("fourchette");
            assertAccessible(page);
            page.getByLabel("Sens").selectOption("HIGHER_IS_BETTER");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                    .click();
            assertThat(page.locator("h1")).hasText(name);
            assertAccessible(page);

            page.getByLabel("Date de la cible").fill("2030-12-31");
            page.getByLabel("Cible", new Page.GetByLabelOptions().setExact(true))
                    .fill("80");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter ou remplacer la cible"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Cible enregistrée.");

            page.getByLabel("Valeur (%)").fill("72,5");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la valeur"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Valeur enregistrée.");
            assertThat(page.locator("svg.sparkline"))
                    .hasAttribute("aria-label", java.util.regex.Pattern.compile("Tendance"));
            assertAccessible(page);

            page.getByLabel("Valeur (%)").fill("74");
            assertThat(page.getByLabel("Motif de la correction")).hasAttribute("required", "");
            page.getByLabel("Motif de la correction").fill("Recompte des feuilles de présence");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Corriger la valeur"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Valeur enregistrée.");
            assertThat(page.locator("main")).containsText("Recompte des feuilles de présence");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }
    }
}
