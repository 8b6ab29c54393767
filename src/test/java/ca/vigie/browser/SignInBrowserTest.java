package ca.vigie.browser;

import static ca.vigie.browser.Chromium.assertAccessible;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.VigieTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in, switching language and signing out, in a real Chromium, checked with axe. */
@Order(2)
@VigieTest
class SignInBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Test
    void a_french_speaking_person_signs_in_switches_to_english_and_signs_out() {
        VigiePrincipal person = communities.person(communities.community(), Role.PLAN_COORDINATOR);
        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);

            page.navigate("/");
            assertThat(page.locator("h1")).hasText("Se connecter à Vigie");
            assertThat(page.locator("html")).hasAttribute("lang", "fr");
            assertAccessible(page);

            page.getByLabel("Nom d’utilisateur").fill(person.username());
            page.getByLabel("Mot de passe").fill("not the password");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("incorrect");
            assertThat(page.getByLabel("Nom d’utilisateur")).hasValue(person.username());
            assertThat(page.getByLabel("Mot de passe")).hasValue("");
            assertAccessible(page);

            page.getByLabel("Mot de passe").fill(TestCommunities.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                    .click();
            assertThat(page.locator("h1")).hasText("Bienvenue, " + person.displayName());
            assertAccessible(page);

            page.navigate("/account/tokens");
            assertAccessible(page);
            page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Tableau régional");
            page.getByLabel("Lire les plans").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le jeton"))
                    .click();
            assertThat(page.locator("#new-token")).containsText("vgt_");
            assertAccessible(page);
            page.navigate("/");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English"))
                    .click();
            assertThat(page.locator("h1")).hasText("Welcome, " + person.displayName());
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are signed out.");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }
    }

    @Test
    void an_english_speaking_browser_gets_english_and_the_choice_is_remembered_for_the_person() {
        VigiePrincipal person = communities.person(communities.community(), Role.AUDITOR);
        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            assertThat(page.locator("h1")).hasText("Sign in to Vigie");

            signIn(page, person.username(), "Username", "Password", "Sign in");
            assertThat(page.locator("h1")).hasText("Welcome, " + person.displayName());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail"))
                    .first()
                    .click();
            assertThat(page.locator("h1")).hasText("Audit trail");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify the chain"))
                    .click();
            assertThat(page.locator("#verification")).containsText("The chain is intact");
            assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Français"))
                    .click();
            assertThat(page.locator("h1")).hasText("Journal d’audit");
            assertAccessible(page);
        }
        try (BrowserContext elsewhere = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = elsewhere.newPage();
            page.navigate("/login");
            signIn(page, person.username(), "Username", "Password", "Sign in");
            assertThat(page.locator("h1")).hasText("Bienvenue, " + person.displayName());
        }
    }

    @Test
    void an_unknown_page_shows_a_bilingual_error_page_with_a_reference() {
        VigiePrincipal person = communities.person(communities.community(), Role.EMPLOYEE);
        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            signIn(page, person.username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");

            page.navigate("/admin/organizations");
            assertThat(page.locator("h1")).hasText("Accès refusé");
            assertThat(page.locator("#correlation-id")).not().isEmpty();
            assertAccessible(page);

            page.navigate("/nothing/here");
            assertThat(page.locator("h1")).hasText("Page introuvable");
            assertAccessible(page);
        }
    }

    static void signIn(Page page, String username, String usernameLabel, String passwordLabel, String button) {
        page.getByLabel(usernameLabel).fill(username);
        page.getByLabel(passwordLabel).fill(TestCommunities.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
    }
}
