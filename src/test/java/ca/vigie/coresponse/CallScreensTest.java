package ca.vigie.coresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.system.CommunityCalendar;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestTeams;
import ca.vigie.testing.TestTeams.TestTeam;
import ca.vigie.testing.VigieTest;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@VigieTest
class CallScreensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTeams testTeams;

    @Autowired
    CommunityCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    TestTeam team;
    RequestPostProcessor officer;
    LocalDateTime received;

    @BeforeEach
    void setUp() {
        team = testTeams.team(communities.community());
        officer = authentication(TestCommunities.signedIn(team.officer()));
        received = calendar.now(team.police().community().id())
                .toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES)
                .minusHours(1);
    }

    private MockHttpServletRequestBuilder newCall() {
        return post("/coresponse/teams/" + team.id() + "/calls")
                .with(officer)
                .with(csrf())
                .param("dyadId", team.dyadId().toString())
                .param("incidentNumber", "QC-2026-1")
                .param("source", "DISPATCH_911")
                .param("role", "PRIMARY")
                .param("receivedAt", received.toString())
                .param("natures", "PSYCHOSIS", "HOMELESSNESS")
                .param("formToken", UUID.randomUUID().toString());
    }

    private long calls() {
        return jdbc.sql("select count(*) from coresponse_call where team_id = ?")
                .param(team.id())
                .query(Long.class)
                .single();
    }

    @Test
    void the_new_call_form_chooses_the_team_s_only_dyad_and_receives_the_call_now() throws Exception {
        String page = mvc.perform(
                        get("/coresponse/teams/" + team.id() + "/calls/new").with(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("<option value=\"" + team.dyadId() + "\" selected=\"selected\">Alpha</option>")
                .contains("name=\"now\" value=\"onSceneAt\"")
                .contains("type=\"datetime-local\"")
                .contains("Maintenant : Sur les lieux");
    }

    @Test
    void a_now_button_sets_its_time_and_saves_nothing() throws Exception {
        String page = mvc.perform(newCall().param("now", "onSceneAt"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        String today = calendar.today(team.police().community().id()).toString();
        assertThat(page).containsPattern("id=\"onSceneAt\" name=\"onSceneAt\" value=\"" + today + "T\\d\\d:\\d\\d\"");
        assertThat(page).contains("value=\"QC-2026-1\"");
        assertThat(calls()).isZero();
    }

    @Test
    void a_call_cleared_before_it_was_on_scene_comes_back_with_the_message_by_the_field_and_the_input_kept()
            throws Exception {
        String page = mvc.perform(newCall()
                        .param("onSceneAt", received.plusMinutes(20).toString())
                        .param("clearedAt", received.plusMinutes(10).toString())
                        .param("personLabel", "Marc D.")
                        .param("personName", "Marc Dupuis"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("id=\"clearedAt-error\"")
                .contains("Ce moment précède l’arrivée du duo sur les lieux.")
                .contains("value=\"Marc Dupuis\"")
                .containsPattern("value=\"PSYCHOSIS\"[^>]*checked=\"checked\"");
        assertThat(calls()).isZero();
    }

    @Test
    void an_impossible_time_or_a_forged_choice_is_a_problem_by_its_field_not_an_error_page() throws Exception {
        mvc.perform(newCall().param("receivedAt", "2026-02-30T10:00").param("disposition", "FREED"))
                .andExpect(status().isUnprocessableContent());
        assertThat(calls()).isZero();
    }

    @Test
    void a_recorded_call_shows_the_person_by_label_and_the_identity_only_in_answer_to_a_purpose() throws Exception {
        String location = mvc.perform(newCall()
                        .param("personLabel", "Marc D.")
                        .param("personName", "Marc Dupuis")
                        .param("personPhone", "819-555-0199"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String page = mvc.perform(get(location).with(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Marc D.").doesNotContain("Dupuis").doesNotContain("555-0199");

        UUID person = jdbc.sql("select person_id from coresponse_call where team_id = ?")
                .param(team.id())
                .query(UUID.class)
                .single();
        String identity = mvc.perform(post("/coresponse/teams/" + team.id() + "/people/" + person + "/identity")
                        .with(authentication(TestCommunities.signedIn(team.worker())))
                        .with(csrf())
                        .param("purpose", "CONTACT_THE_PERSON"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(identity).contains("Marc Dupuis").contains("819-555-0199");

        mvc.perform(post("/coresponse/teams/" + team.id() + "/people/" + person + "/identity")
                        .with(officer)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void the_administrator_and_the_steering_cannot_open_the_calls() throws Exception {
        mvc.perform(get("/coresponse/teams/" + team.id() + "/calls")
                        .with(authentication(TestCommunities.signedIn(team.admin()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/coresponse/teams/" + team.id() + "/calls")
                        .with(authentication(TestCommunities.signedIn(team.steering()))))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_administrator_sets_a_team_up_and_its_page_names_sides_and_agreements() throws Exception {
        String page = mvc.perform(get("/admin/coresponse-teams/" + team.id())
                        .with(authentication(TestCommunities.signedIn(team.admin()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Santé et services sociaux")
                .contains("Aucune entente consignée")
                .contains("Alpha")
                .contains(team.worker().displayName());
    }

    @Test
    void the_home_page_tells_the_dyad_of_calls_to_complete_and_the_steering_of_none() throws Exception {
        mvc.perform(newCall()).andExpect(status().is3xxRedirection());

        String home = mvc.perform(get("/").with(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String steering = mvc.perform(get("/").with(authentication(TestCommunities.signedIn(team.steering()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(home)
                .contains("Un appel de Équipe mixte à compléter")
                .contains("/coresponse/teams/" + team.id() + "/calls?open=true");
        assertThat(steering).doesNotContain("à compléter");
    }
}
