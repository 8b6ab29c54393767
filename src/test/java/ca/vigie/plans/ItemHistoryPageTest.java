package ca.vigie.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanItem;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.Plans;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An item's history names organisations, people, statuses and choices, never their identifiers or codes. */
@VigieTest
class ItemHistoryPageTest {

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

    @Test
    void the_history_puts_stored_values_into_words_in_the_readers_language() throws Exception {
        TestCommunity community = communities.community();
        VigiePrincipal coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        VigiePrincipal owner = communities.person(community);
        UUID planId = plans.create(
                coordinator,
                templates.available(community.community().id()).stream()
                        .filter(t -> t.code().equals("RECOVERY"))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                new Plan.Settings("Plan", "Plan", "", "", RollupRule.WORST_CHILD, null, null),
                UUID.randomUUID());
        UUID general = items.add(
                coordinator,
                planId,
                null,
                "GENERAL_OBJECTIVE",
                details(null, null, null, null, "NOT_STARTED"),
                UUID.randomUUID());
        UUID area = items.add(
                coordinator,
                planId,
                general,
                "ISSUE_AREA",
                details(null, null, null, null, "NOT_STARTED"),
                UUID.randomUUID());
        UUID objective = items.add(
                coordinator,
                planId,
                area,
                "OPERATIONAL_OBJECTIVE",
                details(null, null, null, null, "NOT_STARTED"),
                UUID.randomUUID());
        UUID action = items.add(
                coordinator,
                planId,
                objective,
                "ACTION",
                details(null, null, null, null, "NOT_STARTED"),
                UUID.randomUUID());
        items.edit(
                coordinator,
                planId,
                action,
                details(
                        community.organization().id(),
                        owner.userId(),
                        TimeHorizon.MEDIUM,
                        LocalDate.of(2026, 6, 30),
                        "AT_RISK"),
                0);
        PlanItem.Details second = details(null, null, null, null, "NOT_STARTED");
        UUID otherObjective = items.add(
                coordinator,
                planId,
                area,
                "OPERATIONAL_OBJECTIVE",
                new PlanItem.Details(
                        "Objectif suivant",
                        "",
                        "",
                        "",
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        second.statusCode(),
                        null,
                        null,
                        null,
                        null,
                        "",
                        "",
                        List.of()),
                UUID.randomUUID());
        items.move(coordinator, planId, action, otherObjective);
        items.setArchived(coordinator, planId, action, true);

        Document page = Jsoup.parse(mvc.perform(get("/plans/{plan}/items/{item}", planId, action)
                        .with(authentication(TestCommunities.signedIn(coordinator))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        String history =
                page.select("h2:contains(Historique) + .table-wrap tbody").text();
        assertThat(history)
                .contains(community.organization().nameFr())
                .contains(owner.displayName())
                .contains("À risque")
                .contains("Pas commencé")
                .contains("Moyen terme")
                .contains("30 juin 2026")
                .contains("Objectif suivant")
                .contains("Archivé")
                .contains("En usage")
                .doesNotContain(otherObjective.toString())
                .doesNotContain(objective.toString())
                .doesNotContain(community.organization().id().toString())
                .doesNotContain(owner.userId().toString())
                .doesNotContain("AT_RISK")
                .doesNotContain("MEDIUM")
                .doesNotContain("2026-06-30");
    }

    @Test
    void a_stale_edit_shows_each_differing_field_saved_and_typed_and_keeps_what_was_typed() throws Exception {
        TestCommunity community = communities.community();
        VigiePrincipal coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        VigiePrincipal colleague = communities.person(community, Role.PLAN_COORDINATOR);
        UUID planId = plans.create(
                coordinator,
                templates.available(community.community().id()).stream()
                        .filter(t -> t.code().equals("RECOVERY"))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                new Plan.Settings("Plan", "Plan", "", "", RollupRule.WORST_CHILD, null, null),
                UUID.randomUUID());
        UUID general = items.add(
                coordinator,
                planId,
                null,
                "GENERAL_OBJECTIVE",
                details(null, null, null, null, "NOT_STARTED"),
                UUID.randomUUID());
        items.edit(colleague, planId, general, details(null, null, TimeHorizon.LONG, null, "BLOCKED"), 0);

        String body = mvc.perform(post("/plans/{plan}/items/{item}", planId, general)
                        .param("titleFr", "Élément")
                        .param("titleEn", "Item")
                        .param("timeHorizon", "SHORT")
                        .param("statusCode", "COMPLETED")
                        .param("descriptionFr", "Ma description")
                        .param("version", "0")
                        .with(csrf())
                        .with(authentication(TestCommunities.signedIn(coordinator))))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(body);
        assertThat(page.select(".problem[role=alert]").text()).contains(colleague.displayName());
        assertThat(page.select(".problem table tbody tr"))
                .extracting(row -> row.text())
                .contains(
                        "État ✗ Bloqué ● Terminé",
                        "Horizon Long terme Court terme",
                        "Description en français Ma description");
        assertThat(page.select("textarea[name=descriptionFr]").text()).isEqualTo("Ma description");
        assertThat(page.select("input[name=version]").val()).isEqualTo("1");
    }

    private static PlanItem.Details details(
            UUID lead, UUID responsible, TimeHorizon horizon, LocalDate end, String status) {
        return new PlanItem.Details(
                "Élément",
                "Item",
                "",
                "",
                lead,
                responsible,
                lead == null ? List.of() : List.of(lead),
                horizon,
                null,
                end,
                status,
                null,
                null,
                null,
                null,
                "",
                "",
                List.of());
    }
}
