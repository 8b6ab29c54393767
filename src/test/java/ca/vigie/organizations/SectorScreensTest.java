package ca.vigie.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.organizations.directory.Sectors;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.VigieTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The sector screens keep what was typed: next to the field when it is refused, beside the saved wording when stale. */
@VigieTest
class SectorScreensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Sectors sectors;

    @Autowired
    TestCommunities communities;

    @Test
    void a_refused_or_stale_wording_comes_back_with_what_was_typed() throws Exception {
        VigiePrincipal admin = communities.person(communities.community(), Role.COMMUNITY_ADMIN);
        sectors.add(admin, "Aînés", "Elders", UUID.randomUUID());
        Sectors.Sector elders = sectors.all(admin.communityId()).stream()
                .filter(sector -> sector.labelEn().equals("Elders"))
                .findFirst()
                .orElseThrow();

        String refused = mvc.perform(post("/admin/sectors")
                        .with(authentication(TestCommunities.signedIn(admin)))
                        .with(csrf())
                        .param("labelFr", "Jeunesse")
                        .param("labelEn", "")
                        .param("formToken", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"labelEn-error\"").contains("value=\"Jeunesse\"");

        sectors.reword(admin, elders.code(), "Aînés et proches", "Elders and kin", elders.version());
        String stale = mvc.perform(post("/admin/sectors/" + elders.code())
                        .with(authentication(TestCommunities.signedIn(admin)))
                        .with(csrf())
                        .param("labelFr", "Personnes aînées")
                        .param("labelEn", "Older people")
                        .param("version", Integer.toString(elders.version())))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stale)
                .contains("role=\"alert\"")
                .contains("Elders and kin")
                .contains("value=\"Older people\"")
                .contains("value=\"" + (elders.version() + 1) + "\"");
    }
}
