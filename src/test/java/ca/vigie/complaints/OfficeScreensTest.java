package ca.vigie.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.VigieTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A stale rename of an office shows the names saved meanwhile beside the ones typed. */
@VigieTest
class OfficeScreensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplaintOffices offices;

    @Autowired
    TestCommunities communities;

    @Test
    void a_stale_rename_keeps_the_typed_names_and_shows_the_saved_ones() throws Exception {
        VigiePrincipal admin = communities.person(communities.community(), Role.COMMUNITY_ADMIN);
        UUID office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.rename(admin, office, "Bureau du Nord", "North office", 0);

        String page = mvc.perform(post("/admin/complaint-offices/" + office)
                        .with(authentication(TestCommunities.signedIn(admin)))
                        .with(csrf())
                        .param("nameFr", "Bureau du Sud")
                        .param("nameEn", "South office")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("role=\"alert\"").contains("North office").contains("value=\"South office\"");
    }
}
