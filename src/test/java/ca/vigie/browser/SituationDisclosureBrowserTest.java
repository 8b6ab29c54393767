package ca.vigie.browser;

import static ca.vigie.browser.Chromium.assertAccessible;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.Meetings;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationDecisions;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestTables;
import ca.vigie.testing.VigieTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Filter 3 in French: the originating organisation reveals the details of an accepted situation,
 * with its legal basis and consent; the health partner present reads them and answers.
 */
@Order(2)
@VigieTest
class SituationDisclosureBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTables testTables;

    @Autowired
    Situations situations;

    @Autowired
    SituationDecisions decisions;

    @Autowired
    Meetings meetings;

    @Autowired
    SituationReference reference;

    @Test
    void an_accepted_situation_is_revealed_to_the_partner_present_who_answers() {
        TestCommunity community = communities.community();
        TestCommunity health = communities.partner(community);
        UUID tableId = testTables.table(community, "Table du nord", "North table", community, health);
        VigiePrincipal worker = communities.person(community, Role.TABLE_MEMBER);
        VigiePrincipal chair = communities.person(health, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        testTables.seat(community, tableId, worker);
        testTables.chair(community, tableId, chair);
        UUID meeting = meetings.schedule(chair, tableId, communities.today(), UUID.randomUUID());
        UUID id = situations.open(
                worker,
                tableId,
                new Situation.Facts(
                        SituationType.PERSON,
                        AgeBand.AGE_25_29,
                        Gender.ANOTHER_GENDER,
                        "Personne qui dort dehors depuis deux semaines.",
                        List.of(reference
                                .choices(community.community().id(), ReferenceList.RISK_FACTOR)
                                .get(0)
                                .id()),
                        List.of()),
                new Situation.Identity("Charlie Exemple", "", "", ""),
                UUID.randomUUID());
        assertThat(decisions.table(worker, id, meeting)).isEmpty();
        meetings.recordAttendance(chair, meeting, List.of(worker.userId(), chair.userId()));
        decisions.decide(chair, id, new Situation.Criteria(true, true, true, true));

        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, worker.username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");
            page.navigate("/situations/" + id);
            page.getByLabel("Consentement", new Page.GetByLabelOptions().setExact(true))
                    .selectOption("COULD_NOT_BE_SOUGHT");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Révéler aux organisations présentes"))
                    .click();
            assertThat(page.locator("#legalBasis-error")).isVisible();
            assertThat(page.getByLabel("Consentement", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("COULD_NOT_BE_SOUGHT");
            assertAccessible(page);

            page.getByLabel("Fondement juridique", new Page.GetByLabelOptions().setExact(true))
                    .selectOption("ONTARIO_PHIPA_40_1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Révéler aux organisations présentes"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Renseignements identificatoires révélés");
            assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Registre des communications")))
                    .containsText(health.organization().nameFr());
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }

        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, chair.username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");
            page.navigate("/situations/" + id);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Afficher les renseignements identificatoires"))
                    .click();
            assertThat(page.locator("main")).containsText("Charlie Exemple");
            page.getByLabel("Engagée", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la réponse"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Réponse consignée.");
            assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Registre des communications")))
                    .containsText("Engagée");
            assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Former l’équipe"))
                    .click();
            assertThat(page.locator("#lead-error")).isVisible();
            page.getByLabel("Organisation responsable")
                    .selectOption(new com.microsoft.playwright.options.SelectOption()
                            .setLabel(health.organization().nameFr()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Former l’équipe"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Équipe d’intervention formée.");
            assertThat(page.locator("main"))
                    .containsText("Responsable : " + health.organization().nameFr());
            page.getByLabel("Nouvelle note").fill("Visite prévue jeudi avec l’intervenante de proximité.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter la note"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Note ajoutée.");
            assertThat(page.locator("article")).containsText("Visite prévue jeudi");
            assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le plan"))
                    .click();
            assertThat(page.locator("#interventionOn-error")).isVisible();
            assertAccessible(page);
            page.getByLabel("Jour de l’intervention")
                    .fill(testTables.today().plusDays(1).toString());
            page.locator("fieldset", new Page.LocatorOptions().setHasText("Quelles organisations"))
                    .getByLabel(health.organization().nameFr())
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le plan"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Plan d’intervention enregistré.");
            assertThat(page.locator("main")).containsText("Prévue le");
            assertThat(page.locator("main"))
                    .containsText("Les progrès se signalent à une rencontre de la table tenue après celle");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Consigner la conclusion"))
                    .click();
            assertThat(page.locator("#reasonId-error")).isVisible();
            assertAccessible(page);
            page.getByLabel("Motif de la conclusion")
                    .selectOption(new com.microsoft.playwright.options.SelectOption()
                            .setLabel("Risque réduit — orienté vers des services"));
            page.getByLabel("Conclue le", new Page.GetByLabelOptions().setExact(true))
                    .fill(testTables.today().toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Consigner la conclusion"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Situation conclue.");
            assertThat(page.locator("main")).containsText("Risque réduit — orienté vers des services");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }

        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            SignInBrowserTest.signIn(page, worker.username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");
            page.navigate("/situations/" + id);
            assertThat(page.locator("main")).containsText("Équipe d’intervention");
            assertThat(page.locator("main")).not().containsText("Visite prévue jeudi");
            assertThat(page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Afficher les renseignements identificatoires")))
                    .hasCount(0);
        }
    }
}
