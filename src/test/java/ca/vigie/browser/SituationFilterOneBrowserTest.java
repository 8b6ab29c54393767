package ca.vigie.browser;

import static ca.vigie.browser.Chromium.assertAccessible;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestTables;
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
 * A representative opens a situation at filter 1 in French and shows its identifying details on
 * purpose, on its page and on its correction form, which opens without them and keeps them when
 * saved; a representative of another organisation at the same table does not see it.
 */
@Order(2)
@VigieTest
class SituationFilterOneBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTables testTables;

    @Test
    void a_representative_opens_a_situation_that_only_their_organisation_sees() {
        TestCommunity community = communities.community();
        TestCommunity health = communities.partner(community);
        UUID tableId = testTables.table(community, "Table du centre-ville", "Downtown table", community, health);
        VigiePrincipal worker = communities.person(community, Role.TABLE_MEMBER);
        VigiePrincipal nurse = communities.person(health, Role.TABLE_MEMBER);
        testTables.seat(community, tableId, worker, nurse);

        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, worker.username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mes tables de situation"))
                    .click();
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Table du centre-ville"))
                    .click();
            assertThat(page.getByText("Votre organisation n’a aucune situation en attente d’être présentée."))
                    .isVisible();
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ouvrir une situation"))
                    .click();
            assertAccessible(page);
            page.getByLabel("Une personne", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByLabel("Tranche d’âge").selectOption("AGE_60_PLUS");
            page.getByLabel("Genre").selectOption(new SelectOption().setLabel("Femme ou fille"));
            page.getByLabel("Bref résumé").fill("Vit seule, ne sort plus depuis l’hiver, refuse les visites.");
            page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Alex Tremblay");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir la situation"))
                    .click();
            assertThat(page.locator("#riskFactorIds-error")).hasText("Choisissez au moins un facteur de risque.");
            assertThat(page.getByLabel("Bref résumé"))
                    .hasValue("Vit seule, ne sort plus depuis l’hiver, refuse les visites.");
            assertThat(page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("Alex Tremblay");
            assertAccessible(page);

            page.locator("summary", new Page.LocatorOptions().setHasText("Milieu social"))
                    .click();
            page.getByLabel("Milieu social — la personne").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir la situation"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS))
                    .hasText(
                            "Situation ouverte. Seuls les représentants de votre organisation à cette table la voient.");
            assertThat(page.locator("main")).containsText("Milieu social — la personne");
            assertThat(page.locator("main")).not().containsText("Alex Tremblay");
            assertAccessible(page);

            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Afficher les renseignements identificatoires"))
                    .click();
            assertThat(page.locator("main")).containsText("Alex Tremblay");
            assertAccessible(page);

            // The correction form opens without the details; saving it keeps them.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Corriger la situation"))
                    .click();
            assertThat(page.locator("main")).not().containsText("Alex Tremblay");
            assertThat(page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("");
            assertThat(page.locator("#identity-hidden")).containsText("ne sont affichés que si vous le demandez");
            assertAccessible(page);
            page.getByLabel("Bref résumé").fill("Vit seule, ne sort plus depuis l’hiver.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les corrections"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Corrections enregistrées.");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Corriger la situation"))
                    .click();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Afficher les renseignements identificatoires pour les corriger"))
                    .click();
            assertThat(page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("Alex Tremblay");
            assertThat(page.getByLabel("Bref résumé")).hasValue("Vit seule, ne sort plus depuis l’hiver.");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }

        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            SignInBrowserTest.signIn(page, nurse.username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");
            page.navigate("/situation-tables/" + tableId);
            assertThat(page.getByText("Votre organisation n’a aucune situation en attente d’être présentée."))
                    .isVisible();
        }
    }
}
