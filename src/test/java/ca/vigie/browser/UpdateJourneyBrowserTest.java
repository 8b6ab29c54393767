package ca.vigie.browser;

import static ca.vigie.browser.Chromium.assertAccessible;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.RollupRule;
import ca.vigie.plans.cycles.CycleKind;
import ca.vigie.plans.cycles.ReportingCycles;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanItem;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.Plans;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An owner finds their item in "My updates" and sends an update; the coordinator sees it received in
 * the cycle. In French and in English, with axe on every page.
 */
@Order(2)
@VigieTest
class UpdateJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    PlanTemplates templates;

    @Autowired
    Plans plans;

    @Autowired
    PlanItems items;

    @Autowired
    ReportingCycles cycles;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fr-CA|Nom d’utilisateur|Mot de passe|Se connecter|Mes mises à jour|Réalisations|Envoyer la mise à jour|Mise à jour envoyée. Merci.|Cycles de reddition de comptes|Reçue|Se déconnecter",
                "en-CA|Username|Password|Sign in|My updates|Accomplishments|Send the update|Update sent. Thank you.|Reporting cycles|Received|Sign out"
            })
    void an_owner_sends_an_update_that_the_coordinator_sees(
            String locale,
            String username,
            String password,
            String signIn,
            String myUpdates,
            String accomplishments,
            String send,
            String sent,
            String cyclesLink,
            String received,
            String signOut) {
        TestCommunity community = communities.community();
        VigiePrincipal coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        VigiePrincipal owner = communities.person(community, Role.PLAN_OWNER);
        String initiative = "Initiative " + UUID.randomUUID().toString().substring(0, 6);
        UUID planId = plans.create(
                coordinator,
                templates.available(community.community().id()).stream()
                        .filter(t -> t.code().equals("PILLARS"))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                new Plan.Settings("Programme", "Programme", "", "", RollupRule.WORST_CHILD, null, null),
                UUID.randomUUID());
        UUID pillar = items.add(coordinator, planId, null, "PILLAR", details("Pilier", null), UUID.randomUUID());
        items.add(coordinator, planId, pillar, "INITIATIVE", details(initiative, owner.userId()), UUID.randomUUID());
        cycles.open(
                coordinator,
                planId,
                CycleKind.MONTHLY,
                null,
                null,
                communities.today().plusDays(7));

        try (BrowserContext context = Chromium.context(locale, "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, owner.username(), username, password, signIn);
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName(myUpdates).setExact(true))
                    .first()
                    .click();
            assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(initiative))
                    .click();
            assertAccessible(page);
            page.getByLabel(accomplishments).fill("Atelier tenu avec deux équipes");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(send))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText(sent);
            assertThat(page.locator("table")).containsText(received);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(signOut))
                    .click();

            page.navigate("/login");
            SignInBrowserTest.signIn(page, coordinator.username(), username, password, signIn);
            page.navigate("/plans/" + planId);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(cyclesLink))
                    .click();
            assertThat(page.locator("table")).containsText(received);
            assertAccessible(page);
            page.navigate("/plans/" + planId + "/dashboard");
            assertThat(page.locator("h1")).containsText("Programme");
            assertThat(page.locator("#dashboard table").first()).containsText("1");
            assertAccessible(page);
            page.navigate("/plans/" + planId + "/report");
            assertThat(page.locator("main")).containsText("Atelier tenu avec deux équipes");
            assertAccessible(page);
            com.microsoft.playwright.Download download = page.waitForDownload(
                    () -> page.locator("a[href*='report.pdf']").first().click());
            try (org.apache.pdfbox.pdmodel.PDDocument pdf =
                    org.apache.pdfbox.Loader.loadPDF(download.path().toFile())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                        .contains("Atelier tenu avec deux équipes");
            } catch (java.io.IOException e) {
                throw new AssertionError("The report is not a readable PDF", e);
            }
            assertThat(consoleErrors).isEmpty();
        }
    }

    private static PlanItem.Details details(String title, UUID responsible) {
        return new PlanItem.Details(
                title,
                title,
                "",
                "",
                null,
                responsible,
                List.of(),
                null,
                null,
                null,
                "NOT_STARTED",
                null,
                null,
                null,
                null,
                "",
                "",
                List.of());
    }
}
