package ca.vigie.browser;

import static ca.vigie.browser.Chromium.assertAccessible;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.testing.VigieTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In French and English, the demo chair reads the demo table's statistics, narrows the period to
 * whole months and downloads the de-identified export; the demo coordinator reads the community's.
 */
@Order(2)
@VigieTest
class SituationStatisticsBrowserTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fr-CA|Nom d’utilisateur|Mot de passe|Se connecter|Statistiques des situations|Table de concertation du centre|Statistiques|Par étape|Présentées à partir du mois de|Présentées jusqu’au mois de|Afficher cette période|Télécharger le CSV dépersonnalisé|Mes tables de situation",
                "en-CA|Username|Password|Sign in|Situation statistics|Downtown situation table|Statistics|By stage|Tabled from the month of|Tabled up to the month of|Show this period|Download the de-identified CSV|My situation tables"
            })
    void the_chair_reads_statistics_and_downloads_the_export(
            String locale,
            String usernameLabel,
            String passwordLabel,
            String signIn,
            String statisticsNav,
            String tableName,
            String statisticsLink,
            String byStage,
            String fromLabel,
            String toLabel,
            String apply,
            String download,
            String myTables)
            throws Exception {
        try (BrowserContext context = Chromium.context(locale, "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            page.getByLabel(usernameLabel).fill("chair");
            page.getByLabel(passwordLabel).fill("vigie-demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(signIn))
                    .click();

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName(myTables).setExact(true))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(tableName))
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName(statisticsLink).setExact(true))
                    .click();
            assertThat(page.locator("h1")).containsText(tableName);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(byStage)))
                    .isVisible();
            String total = page.locator("dl.facts dd").first().textContent().strip();
            assertThat(Integer.parseInt(total)).isGreaterThan(140);
            assertAccessible(page);

            page.getByLabel(fromLabel).fill("2030-02");
            page.getByLabel(toLabel).fill("2030-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(apply))
                    .click();
            assertThat(page.locator("#to-error")).isVisible();
            assertThat(page.getByLabel(toLabel)).hasValue("2030-01");
            assertThat(page.getByLabel(toLabel)).hasAttribute("aria-invalid", "true");
            assertAccessible(page);

            page.getByLabel(fromLabel).fill("2030-01");
            page.getByLabel(toLabel).fill("2030-12");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(apply))
                    .click();
            assertThat(page.locator("dl.facts dd").first()).hasText("0");

            Download file = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(download))
                            .click());
            String csv = Files.readString(file.path(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("row,tabled_month,stage,");
            assertThat(csv.lines().count()).isGreaterThan(140);
            assertThat(csv).doesNotContain("fictive").doesNotContain("Mère seule");
            assertThat(consoleErrors).isEmpty();
        }

        try (BrowserContext context = Chromium.context(locale, "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            page.getByLabel(usernameLabel).fill("coordinator");
            page.getByLabel(passwordLabel).fill("vigie-demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(signIn))
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName(statisticsNav).setExact(true))
                    .click();
            assertThat(page.locator("table", new Page.LocatorOptions().setHasText(tableName)))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(download)))
                    .hasCount(0);
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }
    }
}
