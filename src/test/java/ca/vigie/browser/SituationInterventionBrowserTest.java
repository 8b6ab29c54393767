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
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Filters 3 and 4 in English, from an accepted situation: the police reveal the details to those
 * present, health reads them and answers, the chair hands the situation to a police-led team, the
 * police plan the intervention and report progress at the next meeting without naming anyone, the
 * chair concludes, and health is left with the de-identified facts and the statistics.
 */
@Order(2)
@VigieTest
class SituationInterventionBrowserTest {

    static final String NAME = "Robin Fictif";

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

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_police_lead_the_team_and_health_keeps_the_de_identified_facts() {
        TestCommunity police = communities.community();
        TestCommunity health = communities.partner(police);
        TestCommunity family = communities.partner(police);
        UUID tableId = testTables.table(police, "Table du sud", "South table", police, health, family);
        VigiePrincipal officer = communities.person(police, Role.TABLE_MEMBER);
        VigiePrincipal nurse = communities.person(health, Role.TABLE_MEMBER);
        VigiePrincipal chair = communities.person(family, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        testTables.seat(police, tableId, officer, nurse);
        testTables.chair(police, tableId, chair);
        UUID meeting = meetings.schedule(chair, tableId, communities.today(), UUID.randomUUID());
        UUID id = situations.open(
                officer,
                tableId,
                new Situation.Facts(
                        SituationType.PERSON,
                        AgeBand.AGE_16_17,
                        Gender.MAN_BOY,
                        "Teen sleeping in stairwells, threatened by older youths, no contact with family.",
                        List.of(reference
                                .choices(police.community().id(), ReferenceList.RISK_FACTOR)
                                .get(0)
                                .id()),
                        List.of()),
                new Situation.Identity(NAME, "2009-03-04", "", ""),
                UUID.randomUUID());
        assertThat(decisions.table(officer, id, meeting)).isEmpty();
        meetings.recordAttendance(chair, meeting, List.of(officer.userId(), nurse.userId(), chair.userId()));
        decisions.decide(chair, id, new Situation.Criteria(true, true, true, true));

        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = signIn(context, officer);
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/situations/" + id);
            page.getByLabel("Legal basis", new Page.GetByLabelOptions().setExact(true))
                    .selectOption("CONSENT");
            page.getByLabel("Consent", new Page.GetByLabelOptions().setExact(true))
                    .selectOption("GIVEN");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reveal to the organisations present"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Identifying details revealed");
            assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Disclosure log")))
                    .containsText(health.organization().nameEn());
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }

        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = signIn(context, nurse);
            page.navigate("/situations/" + id);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the identifying details"))
                    .click();
            assertThat(page.locator("main")).containsText(NAME);
            page.getByLabel("Involved", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the answer"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Answer recorded.");
            assertAccessible(page);
        }

        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = signIn(context, chair);
            page.navigate("/situations/" + id);
            page.getByLabel("Lead organisation")
                    .selectOption(
                            new SelectOption().setLabel(police.organization().nameEn()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Form the team"))
                    .click();
            assertThat(page.locator("main"))
                    .containsText("Lead: " + police.organization().nameEn());
            assertAccessible(page);
        }

        // Two weeks later the table meets again.
        jdbc.update("update situation_meeting set held_on = held_on - 14 where id = ?", meeting);
        jdbc.update("update situation set decided_at = decided_at - interval '14 days' where id = ?", id);
        meetings.schedule(chair, tableId, communities.today(), UUID.randomUUID());

        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = signIn(context, officer);
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/situations/" + id);
            page.getByLabel("Day of the intervention").fill(testTables.today().toString());
            page.locator("fieldset", new Page.LocatorOptions().setHasText("Which team organisations go?"))
                    .getByLabel(police.organization().nameEn())
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the plan"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Intervention plan saved.");

            page.getByLabel("Risk lowering").check();
            page.getByLabel("Remark for the table (optional)")
                    .fill("Met " + NAME + " at the shelter; a youth worker now follows him.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Report the progress"))
                    .click();
            assertThat(page.locator("#progress-hits")).containsText("The remark holds 2 things");
            assertThat(page.locator("#progress-hits")).containsText("“Robin”");
            assertThat(page.getByLabel("Risk lowering")).isChecked();
            assertAccessible(page);
            page.getByLabel("Remark for the table (optional)")
                    .fill("Met at the shelter; a youth worker now follows him.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Report the progress"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Progress reported.");
            assertThat(page.locator("main")).containsText("Risk lowering");
            page.getByLabel("New note").fill("Shelter bed held until Friday for " + NAME + ".");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the note"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Note added.");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }

        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = signIn(context, chair);
            page.navigate("/situations/" + id);
            page.getByLabel("Reason for concluding")
                    .selectOption(new SelectOption().setLabel("Risk lowered — connected to services"));
            page.getByLabel("Concluded on", new Page.GetByLabelOptions().setExact(true))
                    .fill(testTables.today().toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the conclusion"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Situation concluded.");
            assertAccessible(page);
        }

        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = signIn(context, nurse);
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/situations/" + id);
            assertThat(page.locator("main")).containsText("Met at the shelter");
            assertThat(page.locator("main")).not().containsText(NAME);
            assertThat(page.getByRole(
                            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the identifying details")))
                    .hasCount(0);
            page.navigate("/situation-tables/" + tableId);
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Statistics").setExact(true))
                    .click();
            assertThat(page.locator("h1")).hasText("Statistics — South table");
            assertThat(page.locator("main")).containsText("Hidden (fewer than 5)");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }
    }

    private static Page signIn(BrowserContext context, VigiePrincipal who) {
        Page page = context.newPage();
        page.navigate("/login");
        SignInBrowserTest.signIn(page, who.username(), "Username", "Password", "Sign in");
        return page;
    }
}
