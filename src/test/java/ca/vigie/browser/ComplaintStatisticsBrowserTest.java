package ca.vigie.browser;

import static ca.vigie.browser.Chromium.assertAccessible;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.testing.VigieTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo office's analyst reads its aggregates in English and in French: counts, small ones
 * hidden in words, times to close, deadlines met, and downloads the annual report.
 */
@Order(2)
@VigieTest
class ComplaintStatisticsBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void the_analyst_reads_suppressed_statistics_in_both_languages() throws Exception {
        String base = "http://localhost:" + port;
        try (BrowserContext context = Chromium.context("en-CA", base)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            page.getByLabel("Username").fill("coordinator");
            page.getByLabel("Password").fill("vigie-demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Complaint statistics")
                                    .setExact(true))
                    .click();
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Independent Safe Workplace Office"))
                    .click();
            assertThat(page.locator("h1")).hasText(Pattern.compile("^Complaints received in \\d{4}$"));
            assertThat(page.locator("main")).containsText("hidden (small count)");
            assertThat(page.locator("main")).containsText("Deadlines met on time");
            assertThat(page.locator("main")).not().containsText("Kevin");
            assertAccessible(page);
            Download csv = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Annual report (CSV)"))
                            .click());
            assertThat(Files.readString(csv.path())).contains("Complaints received");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Français"))
                    .click();
            assertThat(page.locator("h1")).hasText(Pattern.compile("^Plaintes reçues en \\d{4}$"));
            assertThat(page.locator("main")).containsText("masqué (petit effectif)");
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }
    }
}
