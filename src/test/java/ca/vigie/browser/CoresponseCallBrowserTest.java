package ca.vigie.browser;

import static ca.vigie.browser.Chromium.assertAccessible;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestTeams;
import ca.vigie.testing.TestTeams.TestTeam;
import ca.vigie.testing.VigieTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer records a call on a 360-pixel phone, one hand on the "now" buttons; a time out of order is
 * shown by its field with everything kept; a worker opens the person's identity with a purpose; the
 * administrator's team page and the roster read in English. Every page passes axe.
 */
@Order(2)
@VigieTest
class CoresponseCallBrowserTest {

    private static final Pattern MINUTE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTeams teams;

    @Autowired
    ca.vigie.coresponse.calls.Calls calls;

    @Autowired
    ca.vigie.coresponse.caseload.Enrolments enrolments;

    @Test
    void an_officer_records_a_call_on_a_phone_and_a_worker_reads_the_identity_with_a_purpose() {
        TestTeam team = teams.team(communities.community());

        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            page.setViewportSize(360, 740);
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(
                    page, team.officer().username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Intervention mixte"))
                    .click();
            assertThat(page.getByText("Aucun appel pour l’instant.")).isVisible();
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Consigner un appel"))
                    .click();
            assertThat(page.getByLabel("Duo", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue(team.dyadId().toString());
            assertThat(page.getByLabel("Reçu", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue(MINUTE);
            assertAccessible(page);
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                    .as(
                            "the form fits a 360-pixel screen: %s",
                            page.evaluate(
                                    "window.innerWidth + ' ' + document.body.scrollWidth + ' ' + [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 361 || e.scrollWidth > 361)"
                                            + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ':'"
                                            + " + Math.round(e.getBoundingClientRect().right)).join(' ')"))
                    .isLessThanOrEqualTo(360);

            page.getByLabel("Provenance de l’appel").selectOption("DISPATCH_911");
            page.getByLabel("Numéro d’événement de la répartition").fill("BH-2026-000777");
            nowFor(page, "Sur les lieux").click();
            Locator onScene = page.getByLabel("Sur les lieux", new Page.GetByLabelOptions().setExact(true));
            assertThat(onScene).hasValue(MINUTE);
            page.getByLabel("Psychose").check();
            page.getByLabel("Itinérance").check();
            page.getByLabel("Issue").selectOption("RESOLVED_ON_SCENE");
            page.getByLabel("Sans l’équipe, le plus probable").selectOption("EMERGENCY_VISIT");
            // Cleared an hour before the dyad was there: refused by its field, everything else kept.
            String scene = onScene.inputValue();
            String hourBefore = (String) page.evaluate(
                    "s => { const d = new Date(s + ':00Z'); d.setUTCHours(d.getUTCHours() - 1);"
                            + " return d.toISOString().slice(0, 16); }",
                    scene);
            page.getByLabel("Terminé", new Page.GetByLabelOptions().setExact(true))
                    .fill(hourBefore);
            page.getByText("Une personne que l’équipe n’a pas encore rencontrée")
                    .click();
            page.getByLabel("Étiquette").fill("Marc D.");
            page.getByLabel("Nom complet").fill("Marc Dupuis");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Consigner l’appel"))
                    .click();
            assertThat(page.locator("#clearedAt-error")).hasText("Ce moment précède l’arrivée du duo sur les lieux.");
            assertThat(page.getByLabel("Nom complet")).hasValue("Marc Dupuis");
            assertThat(page.getByLabel("Psychose")).isChecked();
            assertAccessible(page);

            nowFor(page, "Terminé").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Consigner l’appel"))
                    .click();
            assertThat(page.getByText("Appel consigné.")).isVisible();
            assertThat(page.getByText("Marc D.").first()).isVisible();
            assertThat(page.getByText("Dupuis")).hasCount(0);
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }

        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            page.setViewportSize(360, 740);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, team.worker().username(), "Username", "Password", "Sign in");
            page.navigate("/coresponse");
            page.locator("tbody a").first().click();
            assertAccessible(page);
            page.getByLabel("Why you need the identity").selectOption("CONTACT_THE_PERSON");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the identity"))
                    .click();
            assertThat(page.getByText("Marc Dupuis")).isVisible();
            assertAccessible(page);
        }
    }

    @Test
    void the_administrator_reads_the_team_s_set_up_and_keeps_its_roster_in_english() {
        TestTeam team = teams.team(communities.community());

        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            SignInBrowserTest.signIn(page, team.admin().username(), "Username", "Password", "Sign in");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Co-response teams"))
                    .click();
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mixed team"))
                    .click();
            assertThat(page.getByText("Health and social services").first()).isVisible();
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the roster"))
                    .click();
            page.getByLabel("Dyad").selectOption(team.dyadId().toString());
            page.getByLabel("Officer").selectOption(team.officer().userId().toString());
            page.getByLabel("Worker").selectOption(team.worker().userId().toString());
            page.getByLabel("Starts").fill("2030-01-10T08:00");
            page.getByLabel("Ends").fill("2030-01-10T07:00");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the shift"))
                    .click();
            assertThat(page.locator("#endsAt-error")).hasText("The shift must end after it starts.");
            assertAccessible(page);
            page.getByLabel("Ends").fill("2030-01-10T20:00");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the shift"))
                    .click();
            assertThat(page.getByText("Shift added.")).isVisible();
            assertAccessible(page);
        }
    }

    @Test
    void the_lead_maps_the_dispatch_export_imports_it_after_a_refusal_and_creates_a_token() {
        TestTeam team = teams.team(communities.community());
        String yesterday = java.time.LocalDate.now().minusDays(2).toString();

        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            SignInBrowserTest.signIn(page, team.lead().username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");
            page.navigate("/coresponse/teams/" + team.id() + "/dispatch");
            assertAccessible(page);
            page.getByLabel("Colonne du numéro d’événement").fill("Incident");
            page.getByLabel("Colonne de l’heure de réception").fill("Reçu");
            page.getByLabel("Colonne de l’unité").fill("Unité");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les colonnes"))
                    .click();
            assertThat(page.getByText("Colonnes enregistrées.")).isVisible();

            page.getByLabel("Fichier CSV")
                    .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                            "export.csv",
                            "text/csv",
                            ("Incident;Reçu;Unité\nBH-1;" + yesterday + " 10:00;Alpha\nBH-2;demain;Alpha\n")
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer"))
                    .click();
            assertThat(page.getByText("Un problème empêche l’import.", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertAccessible(page);

            page.getByLabel("Fichier CSV")
                    .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                            "export.csv",
                            "text/csv",
                            ("Incident;Reçu;Unité\nBH-1;" + yesterday + " 10:00;Alpha\nBH-2;" + yesterday
                                            + " 11:00;P-4\n")
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer"))
                    .click();
            assertThat(page.getByText("Import terminé : 1 appels créés", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();

            page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Centre de répartition");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le jeton"))
                    .click();
            assertThat(page.locator(".secret")).hasText(Pattern.compile("vgd_[a-z0-9]+"));
            assertAccessible(page);
        }
    }

    @Test
    void a_worker_writes_a_note_and_passes_part_of_it_to_the_police_side_with_its_legal_basis() {
        TestTeam team = teams.team(communities.community());
        java.util.UUID met = teams.personMet(team, "Rita P.");
        String personPage = "/coresponse/teams/" + team.id() + "/people/" + met;

        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            page.setViewportSize(360, 740);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, team.worker().username(), "Username", "Password", "Sign in");
            page.navigate(personPage);
            assertThat(page.getByText("No note you may read yet.")).isVisible();
            assertAccessible(page);
            page.getByLabel("Date of the contact")
                    .fill(java.time.LocalDate.now().minusDays(1).toString());
            page.getByLabel("How", new Page.GetByLabelOptions().setExact(true)).selectOption("ACCOMPANIMENT");
            page.getByLabel("Housing", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByLabel("Housing service").check();
            page.getByLabel("Referrals completed").selectOption("true");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the contact"))
                    .click();
            assertThat(page.getByText("Contact recorded.")).isVisible();
            assertAccessible(page);
            page.getByLabel("New note").fill("Hospitalised three days last week after a crisis; new treatment.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the note"))
                    .click();
            assertThat(page.getByText("Note saved.")).isVisible();

            page.getByText("Pass something to the other side").click();
            page.getByLabel("What to pass across").fill("High risk of suicide: do not leave her alone.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pass it across"))
                    .click();
            assertThat(page.locator(".error").first()).hasText("Choose the legal basis of the disclosure.");
            assertThat(page.getByLabel("What to pass across"))
                    .hasValue("High risk of suicide: do not leave her alone.");
            assertAccessible(page);
            page.getByLabel("Legal basis").selectOption("CONSENT");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pass it across"))
                    .click();
            assertThat(page.getByText("Passed to the other side and written to the disclosure log."))
                    .isVisible();
            assertThat(page.getByText(
                            Pattern.compile("From Health and social services to Police, under The person's consent")))
                    .isVisible();
            assertAccessible(page);
        }

        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            SignInBrowserTest.signIn(page, team.officer().username(), "Username", "Password", "Sign in");
            page.navigate(personPage);
            assertThat(page.getByText("High risk of suicide: do not leave her alone."))
                    .isVisible();
            assertThat(page.getByText("new treatment", new Page.GetByTextOptions().setExact(false)))
                    .hasCount(0);
            assertAccessible(page);
        }
    }

    @Test
    void the_demo_coordinator_reads_the_team_s_steering_measures_in_both_languages() {
        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            page.getByLabel("Nom d’utilisateur").fill("coordinator");
            page.getByLabel("Mot de passe").fill("vigie-demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Intervention mixte"))
                    .click();
            assertAccessible(page);
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Mesures du comité directeur de Équipe mixte de la Baie"))
                    .first()
                    .click();
            assertThat(page.locator("h1")).hasText("Équipe mixte de la Baie");
            assertThat(page.getByRole(AriaRole.TABLE).first()).isVisible();
            assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English"))
                    .click();
            assertThat(page.getByText("Emergency-department handover, median")).isVisible();
            assertAccessible(page);
        }
    }

    @Test
    void the_committee_enrols_a_proposed_person_after_a_refusal_by_its_field() {
        TestTeam team = teams.team(communities.community());
        java.util.UUID met = teams.personMet(team, "Yves T.");
        enrolments.propose(
                teams.seat(team, team.officer()),
                met,
                "Three crises this month; he accepts help.",
                java.util.UUID.randomUUID());

        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            SignInBrowserTest.signIn(page, team.lead().username(), "Username", "Password", "Sign in");
            page.navigate("/coresponse/teams/" + team.id() + "/committee");
            assertThat(page.getByText("Three crises this month; he accepts help."))
                    .isVisible();
            assertThat(page.getByText("Open this week's meeting to record the committee's decision."))
                    .isVisible();
            assertAccessible(page);

            Locator attendees = page.locator("fieldset:has(legend:text('Who attends')) input[type=checkbox]");
            for (int i = 0; i < attendees.count(); i++) {
                attendees.nth(i).uncheck();
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the meeting"))
                    .click();
            assertThat(page.locator("#attendees-error")).hasText("Tick at least one person who attends.");
            assertAccessible(page);
            page.getByLabel(team.lead().displayName() + " — Team lead").check();
            page.getByLabel(team.worker().displayName() + " — Worker").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the meeting"))
                    .click();
            assertThat(page.getByText("Meeting opened.", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();

            page.getByLabel("Decision", new Page.GetByLabelOptions().setExact(true))
                    .selectOption("ENROL");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision on Yves T."))
                    .click();
            assertThat(page.locator(".error").first()).hasText("Enrolment needs its consent basis.");
            assertAccessible(page);

            page.getByLabel("Decision", new Page.GetByLabelOptions().setExact(true))
                    .selectOption("ENROL");
            page.getByLabel("Consent basis").selectOption("EXPRESS_CONSENT");
            page.getByLabel("Date of the consent")
                    .fill(java.time.LocalDate.now().minusDays(1).toString());
            page.getByLabel("What was consented to, or the legal exception").fill("Follow-up by the team");
            page.getByLabel("Lead worker").selectOption(team.worker().userId().toString());
            page.getByLabel("Review date")
                    .fill(java.time.LocalDate.now().plusMonths(3).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision on Yves T."))
                    .click();
            assertThat(page.getByText("Decision recorded.")).isVisible();
            assertThat(page.getByText("No proposal waits.")).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Yves T.")))
                    .isVisible();
            assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the meeting and its minutes"))
                    .click();
            assertThat(page.locator("h1")).containsText("Minutes of the meeting of");
            assertThat(page.locator("table")).containsText("Yves T.");
            assertThat(page.locator("table")).containsText("Enrolled");
            assertThat(page.getByRole(AriaRole.LISTITEM)
                            .filter(new Locator.FilterOptions()
                                    .setHasText(team.worker().displayName())))
                    .hasCount(1);
            assertAccessible(page);
        }
    }

    private static Locator nowFor(Page page, String label) {
        return page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Maintenant : " + label).setExact(true));
    }
}
