package ca.vigie.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.cycles.CycleKind;
import ca.vigie.plans.cycles.ItemUpdate;
import ca.vigie.plans.cycles.ReportingCycles;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestPlans;
import ca.vigie.testing.VigieTest;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A progress update refused or overtaken comes back by its field, or beside what was saved, with what was typed. */
@VigieTest
class UpdateFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestPlans testPlans;

    @Autowired
    PlanItems items;

    @Autowired
    ReportingCycles cycles;

    VigiePrincipal owner;
    UUID planId;
    UUID itemId;
    UUID cycleId;

    @BeforeEach
    void setUp() {
        TestCommunity community = communities.community();
        VigiePrincipal coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        owner = communities.person(community, Role.PLAN_OWNER);
        planId = testPlans.pillars(coordinator, "Plan", "Plan");
        UUID pillar = items.add(
                coordinator,
                planId,
                null,
                "PILLAR",
                TestPlans.item("Formation", null, "NOT_STARTED"),
                UUID.randomUUID());
        itemId = items.add(
                coordinator,
                planId,
                pillar,
                "INITIATIVE",
                TestPlans.item("Formation", owner.userId(), "NOT_STARTED"),
                UUID.randomUUID());
        cycleId = cycles.open(
                coordinator,
                planId,
                CycleKind.MONTHLY,
                null,
                null,
                communities.today().plusDays(5));
    }

    @Test
    void a_progress_that_is_not_a_percentage_is_told_by_its_field_and_the_text_stays() throws Exception {
        Document page = Jsoup.parse(mvc.perform(send().param("statusCode", "ON_TRACK")
                        .param("progress", "12,5")
                        .param("accomplishments", "Deux ateliers donnés"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("#progress-error").text()).isNotBlank();
        assertThat(page.select("#progress").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#progress").val()).isEqualTo("12,5");
        assertThat(page.select("#accomplishments").text()).isEqualTo("Deux ateliers donnés");
    }

    @Test
    void an_update_someone_sent_meanwhile_is_shown_beside_what_was_typed() throws Exception {
        cycles.submit(
                owner, planId, cycleId, itemId, new ItemUpdate.Content("AT_RISK", 30, "Premier envoi", "", ""), null);

        Document page = Jsoup.parse(mvc.perform(send().param("statusCode", "ON_TRACK")
                        .param("progress", "40")
                        .param("accomplishments", "Second envoi"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("[role=alert]").text()).contains("Premier envoi");
        assertThat(page.select("#accomplishments").text()).isEqualTo("Second envoi");
        assertThat(page.select("#version").val()).isEqualTo("0");
    }

    private MockHttpServletRequestBuilder send() {
        return post("/plans/{plan}/cycles/{cycle}/items/{item}/update", planId, cycleId, itemId)
                .with(csrf())
                .with(authentication(TestCommunities.signedIn(owner)));
    }
}
