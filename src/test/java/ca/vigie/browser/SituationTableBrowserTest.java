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
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator sets up a situation table in English: a member under an expired agreement is
 * told it cannot receive identifying information until renewed; then representatives and a chair.
 */
@Order(2)
@VigieTest
class SituationTableBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Test
    void an_administrator_sets_up_a_table_and_renews_an_expired_agreement() {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        VigiePrincipal worker = communities.person(community, Role.TABLE_MEMBER);
        String organization = community.organization().nameEn();
        LocalDate today = communities.today();
        try (BrowserContext context = Chromium.context("en-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, admin.username(), "Username", "Password", "Sign in");

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Situation tables")
                                    .setExact(true))
                    .click();
            assertAccessible(page);
            page.getByLabel("Name in French").fill("Table du secteur est");
            page.getByLabel("Name in English").fill("East end table");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the table"))
                    .click();
            assertThat(page.locator("h1")).hasText("East end table");
            assertAccessible(page);

            page.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(organization));
            page.getByLabel("Agreement reference (document number or title)").fill("ISA-2024-07");
            page.getByLabel("Signed on").fill(today.minusYears(2).toString());
            page.getByLabel("Expires on").fill(today.minusYears(3).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the agreement"))
                    .click();
            assertThat(page.locator("#agreementExpires-error"))
                    .hasText("The expiry date must come after the signature date.");
            assertThat(page.getByLabel("Agreement reference (document number or title)"))
                    .hasValue("ISA-2024-07");
            assertAccessible(page);

            page.getByLabel("Expires on").fill(today.minusDays(1).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the agreement"))
                    .click();
            Locator member = page.locator("tr", new Page.LocatorOptions().setHasText("ISA-2024-07"));
            assertThat(member).containsText("No: agreement expired");
            assertThat(member).containsText("no identifying information is revealed");
            assertAccessible(page);

            page.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(organization));
            page.getByLabel("Agreement reference (document number or title)").fill("ISA-2026-11");
            page.getByLabel("Signed on").fill(today.toString());
            page.getByLabel("Expires on").fill(today.plusYears(2).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the agreement"))
                    .click();
            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("ISA-2026-11")))
                    .containsText("Yes: agreement in force");

            page.getByLabel("Person", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel(worker.displayName() + " — " + organization));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the representative"))
                    .click();
            page.getByLabel("Person who chairs the table")
                    .selectOption(new SelectOption().setLabel(worker.displayName()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the chair"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Chair saved.");
            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("ISA-2026-11")))
                    .containsText(worker.displayName());
            assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All situation tables"))
                    .click();
            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("East end table")))
                    .containsText("All in force");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }
    }
}
