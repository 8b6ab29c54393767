package ca.vigie.browser;

import static ca.vigie.browser.Chromium.assertAccessible;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo's people open Vigie to what waits for them, in French and in English, checked with axe:
 * each sees the cards of their own work and no card of a module they have no work in.
 */
@Order(2)
@ca.vigie.testing.VigieTest
class HomeBrowserTest {

    @LocalServerPort
    int port;

    private record Expected(
            String username, List<String> cardsFr, List<String> cardsEn, Pattern itemFr, Pattern itemEn) {}

    private static final List<Expected> PEOPLE = List.of(
            new Expected(
                    "owner",
                    List.of("Plans"),
                    List.of("Plans"),
                    Pattern.compile("mise à jour est attendue d’ici le"),
                    Pattern.compile("update is due by")),
            new Expected(
                    "chair",
                    List.of("Plans", "Tables de situation"),
                    List.of("Plans", "Situation tables"),
                    Pattern.compile("Prochaine rencontre de Table de concertation du centre"),
                    Pattern.compile("Next meeting of Downtown situation table")),
            new Expected(
                    "police",
                    List.of("Plans", "Tables de situation", "Équipe mixte d’intervention"),
                    List.of("Plans", "Situation tables", "Co-response team"),
                    Pattern.compile("Prochaine rencontre"),
                    Pattern.compile("Next meeting")),
            new Expected(
                    "office",
                    List.of("Plans", "Bureau du milieu de travail sûr"),
                    List.of("Plans", "Workplace safety office"),
                    Pattern.compile("échéances? (manquées?|dans les sept prochains jours)"),
                    Pattern.compile("deadlines? (missed|in the next seven days)")),
            new Expected(
                    "admin",
                    List.of("Administration"),
                    List.of("Administration"),
                    Pattern.compile("ententes? d’échange de renseignements de Table de concertation du centre"),
                    Pattern.compile("information-sharing agreements? at Downtown situation table")),
            new Expected(
                    "auditor",
                    List.of("Audit"),
                    List.of("Audit"),
                    Pattern.compile("chaîne du journal d’audit"),
                    Pattern.compile("audit chain")));

    @Test
    void each_demo_person_sees_what_waits_for_them_in_both_languages() {
        for (Expected person : PEOPLE) {
            try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
                Page page = context.newPage();
                List<String> consoleErrors = Chromium.consoleErrors(page);
                page.navigate("/login");
                page.getByLabel("Nom d’utilisateur").fill(person.username());
                page.getByLabel("Mot de passe").fill("vigie-demo");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                        .click();
                assertThat(page.locator("h1")).containsText("Bienvenue");
                assertCards(page, person.cardsFr(), person.itemFr());
                assertAccessible(page);

                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English"))
                        .click();
                assertThat(page.locator("h1")).containsText("Welcome");
                assertCards(page, person.cardsEn(), person.itemEn());
                assertAccessible(page);

                Locator first = page.locator(".waiting a").first();
                String target = first.getAttribute("href");
                first.click();
                page.waitForURL("**" + target);
                assertThat(page.locator("h1")).not().containsText("Access denied");
                assertThat(page.locator("h1")).not().containsText("not found");
                assertThat(consoleErrors).as(person.username()).isEmpty();
            }
        }
    }

    /** Exactly these cards, in this order, and an item matching what this person has waiting. */
    private static void assertCards(Page page, List<String> cards, Pattern item) {
        assertThat(page.locator("section.card > h2")).hasText(cards.toArray(String[]::new));
        assertThat(page.locator(".waiting li").filter(new Locator.FilterOptions().setHasText(item)))
                .not()
                .hasCount(0);
        // Urgency is said in words, not by colour alone.
        for (Locator urgent : page.locator(".waiting li.urgent").all()) {
            assertThat(urgent.locator(".badge")).containsText("!");
        }
    }
}
