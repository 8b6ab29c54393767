package ca.vigie.organizations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The JSON API: the caller's own community only, problem details for every refusal. */
@VigieTest
class DirectoryApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCommunities communities;

    @Test
    void tells_who_the_caller_is() throws Exception {
        VigiePrincipal person = communities.person(communities.community(), Role.PLAN_OWNER);

        mvc.perform(get("/api/v1/me").with(authentication(TestCommunities.signedIn(person))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(person.username()))
                .andExpect(jsonPath("$.roles[0]").value("PLAN_OWNER"));
    }

    @Test
    void lists_the_organisations_of_the_callers_community_only() throws Exception {
        TestCommunity mine = communities.community();
        TestCommunity theirs = communities.community();
        VigiePrincipal person = communities.person(mine, Role.PLAN_OWNER);

        mvc.perform(get("/api/v1/organizations").with(authentication(TestCommunities.signedIn(person))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id")
                        .value(Matchers.contains(mine.organization().id().toString())));
        mvc.perform(get("/api/v1/organizations/" + theirs.organization().id())
                        .with(authentication(TestCommunities.signedIn(person))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.correlationId").isNotEmpty())
                .andExpect(jsonPath("$.detail").doesNotExist());
    }

    @Test
    void an_anonymous_caller_gets_a_401_problem_not_a_sign_in_page() throws Exception {
        mvc.perform(get("/api/v1/me").with(anonymous()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.correlationId").isNotEmpty());
    }

    @Test
    void a_malformed_id_is_a_404_problem() throws Exception {
        VigiePrincipal person = communities.person(communities.community(), Role.PLAN_OWNER);

        mvc.perform(get("/api/v1/organizations/not-an-id").with(authentication(TestCommunities.signedIn(person))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void the_api_is_described_by_openapi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Vigie API"))
                .andExpect(jsonPath("$.paths['/api/v1/organizations/{id}']").exists());
    }
}
