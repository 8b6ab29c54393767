package ca.vigie.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.Plans;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Opening a reporting cycle: each mistake is told next to its field, with what was typed kept. */
@VigieTest
class CyclePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCommunities communities;

    @Autowired
    PlanTemplates templates;

    @Autowired
    Plans plans;

    VigiePrincipal coordinator;
    UUID planId;

    @BeforeEach
    void setUp() {
        TestCommunity community = communities.community();
        coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        planId = plans.create(
                coordinator,
                templates.available(community.community().id()).stream()
                        .filter(t -> t.code().equals("PILLARS"))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                new Plan.Settings("Plan", "Plan", "", "", RollupRule.WORST_CHILD, null, null),
                UUID.randomUUID());
    }

    @Test
    void dates_in_the_wrong_order_are_told_by_the_end_date_and_the_typed_dates_stay() throws Exception {
        Document page = refused(open().param("kind", "CUSTOM")
                .param("periodStart", "2026-05-31")
                .param("periodEnd", "2026-05-01")
                .param("dueDate", communities.today().plusDays(3).toString()));

        assertThat(page.select("#periodEnd-error").text()).isNotBlank();
        assertThat(page.select("#periodEnd").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#periodEnd").attr("aria-describedby")).contains("periodEnd-error");
        assertThat(page.select("#periodStart").val()).isEqualTo("2026-05-31");
        assertThat(page.select("#periodEnd").val()).isEqualTo("2026-05-01");
        assertThat(page.select("input[name=kind][value=CUSTOM]").hasAttr("checked"))
                .isTrue();
    }

    @Test
    void a_missing_or_past_due_date_is_told_by_the_due_date() throws Exception {
        Document missing = refused(open().param("kind", "MONTHLY"));
        assertThat(missing.select("#dueDate-error").text())
                .isEqualTo("Indiquez la date à laquelle les mises à jour sont attendues.");

        Document past = refused(open().param("kind", "MONTHLY").param("dueDate", "2020-01-01"));
        assertThat(past.select("#dueDate-error").text()).isEqualTo("L’échéance ne peut pas être dans le passé.");
        assertThat(past.select("#dueDate").val()).isEqualTo("2020-01-01");

        Document notADate = refused(open().param("kind", "MONTHLY").param("dueDate", "demain"));
        assertThat(notADate.select("#dueDate-error").text()).isNotBlank();
    }

    @Test
    void a_cycle_opens_when_the_form_is_right_and_a_second_is_refused_above_the_page() throws Exception {
        mvc.perform(open().param("kind", "MONTHLY")
                        .param("dueDate", communities.today().plusDays(10).toString()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/plans/" + planId + "/cycles"));

        Document again = refused(open().param("kind", "MONTHLY")
                .param("dueDate", communities.today().plusDays(10).toString()));
        assertThat(again.select(".problem[role=alert]").text())
                .isEqualTo("Ce plan a déjà un cycle ouvert; fermez-le d’abord.");
    }

    private MockHttpServletRequestBuilder open() {
        return post("/plans/{plan}/cycles", planId)
                .with(csrf())
                .with(authentication(TestCommunities.signedIn(coordinator)));
    }

    private Document refused(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
