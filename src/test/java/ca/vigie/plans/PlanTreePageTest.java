package ca.vigie.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.Plans;
import ca.vigie.testing.ItemDetails;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A plan too large to draw at once opens as far as a few hundred items allow; each deeper branch
 * opens on request, as a page of its own or, for htmx, as the list that takes the link's place.
 */
@VigieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanTreePageTest {

    static final int ACTIONS = 620;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCommunities communities;

    @Autowired
    PlanTemplates templates;

    @Autowired
    Plans plans;

    @Autowired
    PlanItems items;

    VigiePrincipal coordinator;
    UUID planId;
    UUID strategyId;
    UUID otherStrategyId;

    @BeforeAll
    void buildLargePlan() {
        TestCommunity community = communities.community();
        coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        planId = plans.create(
                coordinator,
                templates.available(community.community().id()).stream()
                        .filter(t -> t.code().equals("ONTARIO_CSWB"))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                new Plan.Settings("Grand plan", "Large plan", "", "", RollupRule.WORST_CHILD, null, null),
                UUID.randomUUID());
        UUID focus = add(null, "FOCUS_AREA", "Domaine");
        UUID objective = add(focus, "OBJECTIVE", "Objectif");
        strategyId = add(objective, "STRATEGY", "Stratégie chargée");
        otherStrategyId = add(objective, "STRATEGY", "Stratégie courte");
        for (int i = 1; i <= ACTIONS; i++) {
            add(strategyId, "ACTION", "Action " + i);
        }
        add(otherStrategyId, "ACTION", "Action seule");
    }

    @Test
    void the_page_opens_the_levels_that_fit_and_offers_each_deeper_branch() throws Exception {
        Document page = page("/plans/" + planId);

        assertThat(page.select("li.tree-item")).hasSize(4);
        assertThat(page.select(".branch-more a"))
                .extracting(link -> link.text())
                .containsExactly("Afficher les 620 éléments en dessous", "Afficher l’élément en dessous");
        assertThat(page.select(".branch-more a").first().attr("href"))
                .isEqualTo("/plans/" + planId + "?branch=" + strategyId);
        assertThat(page.select(".branch-more a").first().attr("aria-label")).contains("Stratégie chargée");
    }

    @Test
    void a_branch_asked_by_htmx_comes_as_the_list_of_its_children() throws Exception {
        String fragment = mvc.perform(get("/plans/{plan}", planId)
                        .param("branch", otherStrategyId.toString())
                        .header("HX-Request", "true")
                        .with(authentication(TestCommunities.signedIn(coordinator))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document list = Jsoup.parseBodyFragment(fragment);
        assertThat(list.select("body > ul.tree[data-focus-on-load]")).hasSize(1);
        assertThat(list.select("li.tree-item"))
                .extracting(li -> li.selectFirst("a").text())
                .containsExactly("Action seule");
        assertThat(fragment).doesNotContain("<html");
    }

    @Test
    void a_branch_opened_without_script_is_a_page_with_the_way_back_to_the_whole_plan() throws Exception {
        Document page = page("/plans/" + planId + "?branch=" + strategyId);

        assertThat(page.select("li.tree-item")).hasSize(1 + ACTIONS);
        assertThat(page.select("a[href=/plans/" + planId + "]")).isNotEmpty();
        assertThat(page.select("main h1").text()).contains("Grand plan");
    }

    @Test
    void a_branch_of_another_plan_is_not_found() throws Exception {
        UUID elsewhere = plans.create(
                coordinator,
                templates.available(coordinator.communityId()).stream()
                        .filter(t -> t.code().equals("ONTARIO_CSWB"))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                new Plan.Settings("Autre", "Other", "", "", RollupRule.WORST_CHILD, null, null),
                UUID.randomUUID());

        mvc.perform(get("/plans/{plan}", elsewhere)
                        .param("branch", strategyId.toString())
                        .with(authentication(TestCommunities.signedIn(coordinator))))
                .andExpect(status().isNotFound());
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(authentication(TestCommunities.signedIn(coordinator))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private UUID add(UUID parent, String level, String title) {
        return items.add(coordinator, planId, parent, level, ItemDetails.titled(title, ""), UUID.randomUUID());
    }
}
