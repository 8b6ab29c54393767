package ca.vigie.browser;

import static ca.vigie.browser.Chromium.assertAccessible;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.Totp;
import ca.vigie.testing.VigieTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator creates an organisation and a person with a role; that person signs in, replaces
 * the temporary password, sets up a second factor and signs in with it. Every page passes axe.
 */
@Order(2)
@VigieTest
class AdministrationJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Test
    void an_administrator_onboards_a_person_who_then_signs_in_with_a_second_factor() {
        VigiePrincipal admin = communities.person(communities.community(), Role.COMMUNITY_ADMIN);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String organisation = "Maison des familles " + suffix;
        String username = "jdoe" + suffix;
        String temporary = "temporary passphrase " + suffix;
        String chosen = "a sentence only I know " + suffix;

        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, admin.username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Communauté").setExact(true))
                    .first()
                    .click();
            assertAccessible(page);
            page.getByLabel("Fuseau horaire").selectOption("America/Toronto");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le fuseau horaire"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Fuseau horaire enregistré");
            assertAccessible(page);

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Organisations").setExact(true))
                    .first()
                    .click();
            assertThat(page.locator("h1")).hasText("Organisations partenaires");
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvelle organisation"))
                    .click();
            page.getByLabel("Nom en français").fill(organisation);
            page.getByLabel("Nom en anglais").fill("");
            page.getByLabel("Secteur").selectOption("HOUSING");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                    .click();
            assertThat(page.locator("#nameEn-error")).hasText("Ce champ est obligatoire.");
            assertThat(page.getByLabel("Nom en français")).hasValue(organisation);
            assertAccessible(page);
            page.getByLabel("Nom en anglais").fill("Family House " + suffix);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Organisation créée.");
            // the search listens through htmx, a deferred script: typing before it loads is lost
            page.waitForLoadState();
            page.getByLabel("Rechercher par nom").fill(suffix);
            assertThat(page.locator("#results tbody tr")).hasCount(1);
            assertAccessible(page);

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Personnes").setExact(true))
                    .first()
                    .click();
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvelle personne"))
                    .click();
            page.getByLabel("Nom d’utilisateur").fill(username);
            page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Jeanne Doré");
            page.getByLabel("Courriel").fill(username + "@example.org");
            page.getByLabel("Organisation")
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(organisation));
            page.getByLabel("Mot de passe temporaire").fill(temporary);
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer"))
                    .click();
            assertThat(page.locator("h1")).hasText("Jeanne Doré");
            page.getByLabel("Rôle").selectOption("PLAN_OWNER");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accorder le rôle"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Rôle accordé.");
            assertThat(page.locator("table")).containsText("Responsable d’action");
            assertAccessible(page);
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Personnes").setExact(true))
                    .first()
                    .click();
            page.waitForLoadState();
            page.getByLabel("Rechercher par nom, nom d’utilisateur ou courriel").fill(username);
            assertThat(page.locator("#results tbody tr")).hasCount(1);
            assertThat(page.locator("#results")).containsText("Jeanne Doré");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))
                    .click();

            page.navigate("/login");
            page.getByLabel("Nom d’utilisateur").fill(username);
            page.getByLabel("Mot de passe").fill(temporary);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                    .click();
            assertThat(page.locator("h1")).hasText("Changer votre mot de passe");
            assertAccessible(page);
            page.getByLabel("Mot de passe actuel").fill(temporary);
            page.getByLabel("Nouveau mot de passe", new Page.GetByLabelOptions().setExact(true))
                    .fill(chosen);
            page.getByLabel("Nouveau mot de passe, encore une fois").fill(chosen);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Changer le mot de passe"))
                    .click();
            assertThat(page.locator("h1")).hasText("Bienvenue, Jeanne Doré");
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mon compte"))
                    .click();
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Configurer la connexion en deux étapes"))
                    .click();
            assertAccessible(page);
            String secret = page.locator("#mfa-secret").textContent();
            page.getByLabel("Code à usage unique").fill(Totp.code(secret, Instant.now()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer"))
                    .click();
            assertThat(page.locator("#recovery-codes li")).hasCount(10);
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("J’ai conservé mes codes"))
                    .click();
            assertThat(page.locator("h1")).hasText("Mon compte");
            assertThat(page.locator("main")).containsText("Activée");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))
                    .click();

            page.navigate("/login");
            page.getByLabel("Nom d’utilisateur").fill(username);
            page.getByLabel("Mot de passe").fill(chosen);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                    .click();
            assertThat(page.locator("h1")).hasText("Entrez votre code à usage unique");
            assertAccessible(page);
            page.getByLabel("Code à usage unique")
                    .fill(Totp.code(secret, Instant.now().plusSeconds(30)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continuer"))
                    .click();
            assertThat(page.locator("h1")).hasText("Bienvenue, Jeanne Doré");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Vous êtes déconnecté.");
            assertThat(consoleErrors).isEmpty();
        }
    }

    @Test
    void an_administrator_describes_a_template_level_by_level_and_fixes_a_wrong_parent() {
        VigiePrincipal admin = communities.person(communities.community(), Role.COMMUNITY_ADMIN);
        String code = "QUARTIER_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);

        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, admin.username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gabarits de plan"))
                    .first()
                    .click();
            assertThat(page.locator("h1")).hasText("Gabarits de plan");
            assertThat(page.locator("tbody")).containsText("Fourni avec Vigie");
            assertAccessible(page);

            page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code);
            page.getByLabel("Nom en français", new Page.GetByLabelOptions().setExact(true))
                    .fill("Plan de quartier");
            page.getByLabel("Nom en anglais", new Page.GetByLabelOptions().setExact(true))
                    .fill("Neighbourhood plan");
            page.locator("#levelCode0").fill("ACTION");
            page.locator("#levelParent0").fill("OBJECTIF");
            page.locator("#levelFr0").fill("Action");
            page.locator("#levelEn0").fill("Action");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le gabarit"))
                    .click();
            assertThat(page.locator("#levels-error")).isVisible();
            assertThat(page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue(code);
            assertAccessible(page);

            page.locator("#levelParent0").fill("");
            page.locator("input[name=levelFields0]").first().check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le gabarit"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Gabarit ajouté");
            assertThat(page.locator("tbody")).containsText("Plan de quartier");
            assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retirer le gabarit Plan de quartier"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Gabarit retiré");
            assertThat(page.locator("tbody")).not().containsText("Plan de quartier");
            assertThat(consoleErrors).isEmpty();
        }
    }

    @Test
    void an_administrator_keeps_the_neighbourhoods_in_english_on_a_phone() {
        VigiePrincipal admin = communities.person(communities.community(), Role.COMMUNITY_ADMIN);

        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            page.setViewportSize(360, 740);
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, admin.username(), "Username", "Password", "Sign in");
            page.navigate("/admin/areas");
            assertThat(page.locator("h1")).hasText("Neighbourhoods of the community");
            assertThat(page.getByText("No neighbourhood yet.")).isVisible();
            assertAccessible(page);

            page.getByLabel("Name in French", new Page.GetByLabelOptions().setExact(true))
                    .fill("Les Quais");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the neighbourhood"))
                    .click();
            assertThat(page.locator("#nameEn-error")).isVisible();
            assertThat(page.getByLabel("Name in French", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("Les Quais");
            assertAccessible(page);

            page.getByLabel("Name in English", new Page.GetByLabelOptions().setExact(true))
                    .fill("The Wharves");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the neighbourhood"))
                    .click();
            assertThat(page.locator("h1")).hasText("The Wharves");
            page.getByLabel("Name in English", new Page.GetByLabelOptions().setExact(true))
                    .fill("East Wharves");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the names"))
                    .click();
            assertThat(page.locator("h1")).hasText("East Wharves");
            assertAccessible(page);

            page.navigate("/admin/areas");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retire “East Wharves”"))
                    .click();
            assertThat(page.locator("tbody")).containsText("⊘ Retired");
            assertAccessible(page);

            page.navigate("/admin/organizations/" + admin.organizationId());
            assertThat(page.locator("#agreement-heading")).hasText("Information-sharing agreement");
            page.getByLabel("Agreement reference (document number or title)").fill("ISA-2027");
            page.getByLabel("Signed on").fill("2026-12-01");
            page.getByLabel("Expires on").fill("2026-06-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the agreement"))
                    .click();
            assertThat(page.locator("#agreementExpires-error")).isVisible();
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }
    }
}
