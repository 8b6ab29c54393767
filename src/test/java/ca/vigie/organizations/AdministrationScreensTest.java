package ca.vigie.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import ca.vigie.testing.WebSession;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrator's forms: bad input comes back with the person's input and a message by the field. */
@VigieTest
class AdministrationScreensTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcClient jdbc;

    TestCommunity community;
    RequestPostProcessor admin;

    @BeforeEach
    void setUp() {
        community = communities.community();
        admin = authentication(TestCommunities.signedIn(communities.person(community, Role.COMMUNITY_ADMIN)));
    }

    @Test
    void a_person_s_page_offers_every_role_and_home_names_those_the_person_holds() throws Exception {
        var person = communities.person(community, Role.TABLE_MEMBER, Role.CORESPONSE_OFFICER);

        String page = mvc.perform(get("/admin/users/" + person.userId()).with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String home = mvc.perform(get("/").with(authentication(TestCommunities.signedIn(person))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("value=\"TABLE_MEMBER\"", "value=\"CORESPONSE_OFFICER\"", "value=\"CORESPONSE_LEAD\"");
        assertThat(home)
                .contains("Membre de table de situation")
                .contains("Policier ou policière d’intervention mixte")
                .doesNotContain("Intervenant ou intervenante d’intervention mixte");
    }

    @Test
    void a_missing_name_is_reported_next_to_the_field_and_the_rest_is_kept() throws Exception {
        String page = mvc.perform(post("/admin/organizations")
                        .with(admin)
                        .with(csrf())
                        .param("nameFr", "")
                        .param("nameEn", "Kept English name")
                        .param("sector", "HOUSING")
                        .param("formToken", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("id=\"nameFr-error\"")
                .contains("Ce champ est obligatoire.")
                .contains("value=\"Kept English name\"")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void an_over_long_name_is_refused_with_its_limit_and_nothing_is_saved() throws Exception {
        String longName = "x".repeat(201);
        String page = mvc.perform(post("/admin/organizations")
                        .with(admin)
                        .with(csrf())
                        .param("nameFr", longName)
                        .param("nameEn", "Fine")
                        .param("sector", "HOUSING")
                        .param("formToken", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Entrez au plus 200 caractères.").contains(longName);
        assertThat(jdbc.sql("select count(*) from organization where name_en = 'Fine' and community_id = ?")
                        .param(community.community().id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void a_duplicate_username_is_reported_on_the_username_field() throws Exception {
        String taken = communities.person(community).username();
        String page = mvc.perform(post("/admin/users")
                        .with(admin)
                        .with(csrf())
                        .param("username", taken.toUpperCase())
                        .param("displayName", "Kept Name")
                        .param("email", "")
                        .param("organizationId", community.organization().id().toString())
                        .param("temporaryPassword", "a long temporary secret")
                        .param("formToken", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("id=\"username-error\"")
                .contains("Cette valeur est déjà utilisée.")
                .contains("value=\"Kept Name\"")
                .doesNotContain("a long temporary secret");
    }

    @Test
    void a_malformed_id_in_the_address_is_a_friendly_not_found_page() {
        WebSession browser = new WebSession(port);
        browser.signIn(communities.person(community, Role.COMMUNITY_ADMIN).username(), TestCommunities.PASSWORD);

        HttpResponse<String> response = browser.get("/admin/organizations/not-an-id");

        assertThat(response.statusCode()).isEqualTo(404);
        String page = response.body();
        assertThat(page).contains("Page introuvable").contains("id=\"correlation-id\"");
        assertThat(page).doesNotContainIgnoringCase("exception").doesNotContain("at ca.vigie");
    }

    @Test
    void the_list_answers_htmx_with_its_results_fragment_only() throws Exception {
        String fragment = mvc.perform(get("/admin/organizations").with(admin).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String page = mvc.perform(get("/admin/organizations").with(admin))
                .andReturn()
                .getResponse()
                .getContentAsString();

        String restored = mvc.perform(get("/admin/organizations")
                        .with(admin)
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(fragment).contains("id=\"results\"").doesNotContain("<html").doesNotContain("<header");
        assertThat(page).contains("<html").contains("id=\"results\"");
        assertThat(restored)
                .as("going back restores the whole page")
                .contains("<html")
                .contains("<header");
    }

    @Test
    void a_stale_edit_shows_the_other_change_and_keeps_mine() throws Exception {
        UUID id = community.organization().id();
        mvc.perform(post("/admin/organizations/" + id)
                        .with(admin)
                        .with(csrf())
                        .param("nameFr", "Nom enregistré par l’autre")
                        .param("nameEn", "Saved by the other person")
                        .param("sector", "COMMUNITY")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(post("/admin/organizations/" + id)
                        .with(admin)
                        .with(csrf())
                        .param("nameFr", "Mon nom")
                        .param("nameEn", "My name")
                        .param("sector", "COMMUNITY")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Saved by the other person").contains("value=\"My name\"");
    }
}
