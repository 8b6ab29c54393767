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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In English: the chair schedules a meeting; a representative's tabling is refused while the summary
 * holds a phone number, then goes through; the chair, of another organisation, reads it on the agenda.
 */
@Order(2)
@VigieTest
class SituationTablingBrowserTest {

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
    SituationReference reference;

    @Autowired
    Meetings meetings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_situation_reaches_the_agenda_only_once_its_summary_identifies_no_one() {
        TestCommunity community = communities.community();
        TestCommunity family = communities.partner(community);
        UUID tableId = testTables.table(community, "Table de l’est", "East table", community, family);
        VigiePrincipal worker = communities.person(community, Role.TABLE_MEMBER);
        VigiePrincipal chair = communities.person(family, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        testTables.seat(community, tableId, worker);
        testTables.chair(community, tableId, chair);
        UUID situationId = situations.open(
                worker,
                tableId,
                new Situation.Facts(
                        SituationType.FAMILY,
                        AgeBand.AGE_12_15,
                        Gender.MULTIPLE,
                        "Teen often absent from school; parent reachable at 613-555-0142 says the home is unsafe.",
                        List.of(reference
                                .choices(community.community().id(), ReferenceList.RISK_FACTOR)
                                .get(0)
                                .id()),
                        List.of()),
                Situation.Identity.NONE,
                UUID.randomUUID());
        // The table met every week for the last six weeks.
        jdbc.update(
                """
                insert into situation_meeting (id, community_id, table_id, held_on, created_by, created_at)
                select gen_random_uuid(), ?, ?, ?::date - 7 * w, ?, now() from generate_series(1, 6) w
                """, community.community().id(), tableId, java.sql.Date.valueOf(testTables.today()), chair.userId());

        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, chair.username(), "Username", "Password", "Sign in");
            page.navigate("/situation-tables/" + tableId);
            page.getByLabel("Date of the next meeting")
                    .fill(testTables.today().plusDays(3).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule the meeting"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Meeting scheduled.");
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All 6 meetings held"))
                    .click();
            assertThat(page.locator("h1")).hasText("Meetings held");
            assertThat(page.locator("#meetings-held li")).hasCount(6);
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }

        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, worker.username(), "Username", "Password", "Sign in");
            page.navigate("/situations/" + situationId);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Table the situation"))
                    .click();
            assertThat(page.locator("#hits")).containsText("Phone number");
            assertThat(page.locator("#hits")).containsText("613-555-0142");
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Correct the situation"))
                    .click();
            page.getByLabel("Short summary").fill("Teen often absent from school; the parent says the home is unsafe.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the corrections"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Table the situation"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS))
                    .hasText("Situation tabled. Every representative at the table now sees its de-identified facts.");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }

        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            page.navigate("/login");
            SignInBrowserTest.signIn(page, chair.username(), "Username", "Password", "Sign in");
            page.navigate("/situation-tables/" + tableId);
            page.locator("main a", new Page.LocatorOptions().setHasText("Meeting of"))
                    .first()
                    .click();
            assertThat(page.locator("article")).containsText("the parent says the home is unsafe");
            assertThat(page.locator("article"))
                    .containsText(
                            "A family, brought by " + community.organization().nameEn());
            assertAccessible(page);
        }

        UUID today = meetings.schedule(chair, tableId, testTables.today(), UUID.randomUUID());
        UUID second = situations.open(
                worker,
                tableId,
                new Situation.Facts(
                        SituationType.PERSON,
                        AgeBand.AGE_40_59,
                        Gender.MAN_BOY,
                        "Neighbour dispute that worries the landlord.",
                        List.of(reference
                                .choices(community.community().id(), ReferenceList.RISK_FACTOR)
                                .get(1)
                                .id()),
                        List.of()),
                Situation.Identity.NONE,
                UUID.randomUUID());
        assertThat(decisions.table(worker, second, today)).isEmpty();
        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, chair.username(), "Username", "Password", "Sign in");
            page.onDialog(dialog -> dialog.accept());
            page.navigate("/situation-tables/" + tableId + "/meetings/" + today);
            assertAccessible(page);
            page.getByLabel(worker.displayName() + ", for "
                            + community.organization().nameEn())
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the attendance"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Attendance saved.");
            assertThat(page.getByLabel(worker.displayName() + ", for "
                            + community.organization().nameEn()))
                    .isChecked();
            page.getByLabel("A significant interest is at stake").check();
            page.getByLabel("Harm is probable").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision on situation 1"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS))
                    .hasText("Decision recorded: not retained. Only the minimal record is kept.");
            assertThat(page.locator("article")).containsText("✗ The harm would be severe — not met");
            assertThat(page.locator("article")).not().containsText("Neighbour dispute");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }
    }
}
