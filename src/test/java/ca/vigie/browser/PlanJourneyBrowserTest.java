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
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator creates a plan from each template and gives an item an owner; the owner then finds
 * the plan. In French and in English, with axe on every page.
 */
@Order(2)
@VigieTest
class PlanJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    record Labels(
            String locale,
            String username,
            String password,
            String signIn,
            String plans,
            String newPlan,
            String titleFr,
            String create,
            String add,
            String save,
            String responsible,
            String signOut) {}

    static final Labels FRENCH = new Labels(
            "fr-CA",
            "Nom d’utilisateur",
            "Mot de passe",
            "Se connecter",
            "Plans",
            "Nouveau plan",
            "Titre en français",
            "Créer le plan",
            "Ajouter : ",
            "Enregistrer",
            "Personne responsable",
            "Se déconnecter");
    static final Labels ENGLISH = new Labels(
            "en-CA",
            "Username",
            "Password",
            "Sign in",
            "Plans",
            "New plan",
            "Title in French",
            "Create the plan",
            "Add: ",
            "Save",
            "Responsible person",
            "Sign out");

    @Test
    void a_coordinator_builds_a_plan_from_each_template_in_french() {
        journey(
                FRENCH,
                List.of(
                        new Template(
                                "Plan de sécurité et de bien-être communautaires (Ontario)", "Domaine d’intervention"),
                        new Template("Plan de rétablissement municipal", "Objectif général"),
                        new Template("Programme en piliers", "Pilier"),
                        new Template("Tableau de bord axé sur les résultats", "Programme")));
    }

    @Test
    void a_coordinator_builds_a_plan_from_each_template_in_english() {
        journey(
                ENGLISH,
                List.of(
                        new Template("Community safety and well-being plan (Ontario)", "Focus area"),
                        new Template("Municipal recovery plan", "General objective"),
                        new Template("Programme in pillars", "Pillar"),
                        new Template("Results scorecard", "Programme")));
    }

    record Template(String name, String firstLevel) {}

    private void journey(Labels l, List<Template> templates) {
        TestCommunity community = communities.community();
        VigiePrincipal coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        VigiePrincipal owner = communities.person(community, Role.PLAN_OWNER);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext context = Chromium.context(l.locale(), "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            signIn(page, l, coordinator.username());
            for (Template template : templates) {
                page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions().setName(l.plans()).setExact(true))
                        .first()
                        .click();
                assertAccessible(page);
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(l.newPlan()))
                        .click();
                page.getByLabel(template.name()).check();
                String title = template.firstLevel() + " " + suffix;
                page.getByLabel(l.titleFr()).fill(title);
                assertAccessible(page);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(l.create()))
                        .click();
                assertThat(page.locator("h1")).containsText(title);
                assertAccessible(page);

                page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions()
                                        .setName(l.add() + template.firstLevel())
                                        .setExact(true))
                        .first()
                        .click();
                page.getByLabel(l.titleFr()).fill("");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(l.save()))
                        .click();
                assertThat(page.locator("#titleFr-error")).isVisible();
                assertAccessible(page);
                page.getByLabel(l.titleFr()).fill(template.firstLevel() + " A");
                if (page.getByLabel(l.responsible()).count() > 0) {
                    page.getByLabel(l.responsible()).selectOption(new SelectOption().setLabel(owner.displayName()));
                }
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(l.save()))
                        .click();
                assertThat(page.locator(".tree")).containsText(template.firstLevel() + " A");
                assertAccessible(page);
                page.locator(".tree a")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText(template.firstLevel() + " A"))
                        .first()
                        .click();
                assertThat(page.locator("h1")).containsText(template.firstLevel() + " A");
                assertAccessible(page);
            }
            page.locator("a[href*='#item-']").first().click();
            com.microsoft.playwright.Download export = page.waitForDownload(
                    () -> page.locator("a[href$='export.xlsx']").first().click());
            page.navigate("/plans/import");
            assertAccessible(page);
            page.locator("#file").setInputFiles(export.path());
            page.locator("form[enctype='multipart/form-data'] button[type=submit]")
                    .click();
            page.locator("form[action^='/plans/import/'] button").click();
            assertThat(page.locator(".tree"))
                    .containsText(templates.get(templates.size() - 1).firstLevel() + " A");
            assertAccessible(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(l.signOut()))
                    .click();

            signIn(page, l, owner.username());
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName(l.plans()).setExact(true))
                    .first()
                    .click();
            assertThat(page.locator("table")).containsText(templates.get(0).firstLevel() + " " + suffix);
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }
    }

    private static void signIn(Page page, Labels l, String username) {
        page.navigate("/login");
        page.getByLabel(l.username()).fill(username);
        page.getByLabel(l.password()).fill(TestCommunities.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(l.signIn()))
                .click();
    }
}
