package ca.vigie.browser;

import static ca.vigie.browser.Chromium.assertAccessible;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.RollupRule;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.Plans;
import ca.vigie.testing.ItemDetails;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
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

/** On a plan too large to draw at once, a branch opens in place and takes the focus. */
@Order(2)
@VigieTest
class LargePlanBrowserTest {

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

    @Test
    void a_deep_branch_opens_in_place_with_the_focus_on_it() {
        TestCommunity community = communities.community();
        VigiePrincipal coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        UUID planId = plans.create(
                coordinator,
                templates.available(community.community().id()).stream()
                        .filter(t -> t.code().equals("ONTARIO_CSWB"))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                new Plan.Settings("Grand plan", "Large plan", "", "", RollupRule.WORST_CHILD, null, null),
                UUID.randomUUID());
        UUID focus = add(coordinator, planId, null, "FOCUS_AREA", "Domaine");
        UUID objective = add(coordinator, planId, focus, "OBJECTIVE", "Objectif");
        UUID strategy = add(coordinator, planId, objective, "STRATEGY", "Stratégie chargée");
        for (int i = 1; i <= 610; i++) {
            add(coordinator, planId, strategy, "ACTION", "Action " + i);
        }

        try (BrowserContext context = Chromium.context("fr-CA", "http://localhost:" + port)) {
            Page page = context.newPage();
            List<String> consoleErrors = Chromium.consoleErrors(page);
            page.navigate("/login");
            SignInBrowserTest.signIn(page, coordinator.username(), "Nom d’utilisateur", "Mot de passe", "Se connecter");
            page.navigate("/plans/" + planId);
            assertThat(page.locator("li.tree-item")).hasCount(3);
            assertAccessible(page);

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions()
                                    .setName("Afficher les 610 éléments en dessous de « Stratégie chargée »"))
                    .click();

            assertThat(page.locator("li.tree-item")).hasCount(3 + 610);
            assertThat(page.locator(".branch-more")).hasCount(0);
            assertThat(page.locator("ul.tree[tabindex='-1']")).isFocused();
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/plans/" + planId + "$"));
            assertAccessible(page);
            assertThat(consoleErrors).isEmpty();
        }
    }

    private UUID add(VigiePrincipal coordinator, UUID planId, UUID parent, String level, String title) {
        return items.add(coordinator, planId, parent, level, ItemDetails.titled(title, ""), UUID.randomUUID());
    }
}
