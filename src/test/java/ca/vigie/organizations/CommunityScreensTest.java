package ca.vigie.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.system.CommunityCalendar;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The community administrator chooses the community's time zone; anything else typed is refused by the field. */
@VigieTest
class CommunityScreensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCommunities communities;

    @Autowired
    CommunityCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_administrator_moves_the_community_to_central_time() throws Exception {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        assertThat(calendar.zone(admin.communityId())).isEqualTo(calendar.defaultZone());

        String page = mvc.perform(get("/admin/community")
                        .locale(Locale.ENGLISH)
                        .with(authentication(TestCommunities.signedIn(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(community.community().nameEn())
                .contains("the default of this installation")
                .contains("<option value=\"America/Winnipeg\"");

        mvc.perform(post("/admin/community")
                        .with(authentication(TestCommunities.signedIn(admin)))
                        .with(csrf())
                        .param("timeZone", "America/Winnipeg"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/community"));
        assertThat(calendar.zone(admin.communityId())).isEqualTo(ZoneId.of("America/Winnipeg"));
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where community_id = ? and action = 'COMMUNITY_ZONE_CHANGED'")
                        .param(admin.communityId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        String french = mvc.perform(get("/admin/community")
                        .locale(Locale.FRENCH)
                        .with(authentication(TestCommunities.signedIn(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(french).contains("Heure du Centre (Winnipeg").doesNotContain("valeur par défaut");
    }

    @Test
    void a_zone_not_offered_or_hostile_input_is_refused_next_to_the_field() throws Exception {
        VigiePrincipal admin = communities.person(communities.community(), Role.COMMUNITY_ADMIN);
        for (String typed :
                new String[] {"Europe/Paris", "America/Toronto\u0000", "\uD800", "x".repeat(1_000_000), ""}) {
            String page = mvc.perform(post("/admin/community")
                            .locale(Locale.ENGLISH)
                            .with(authentication(TestCommunities.signedIn(admin)))
                            .with(csrf())
                            .param("timeZone", typed))
                    .andExpect(status().isUnprocessableContent())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("id=\"timeZone-error\"").contains("aria-invalid=\"true\"");
        }
        assertThat(calendar.zone(admin.communityId())).isEqualTo(calendar.defaultZone());
    }

    @Test
    void only_the_community_administrator_sets_the_community() throws Exception {
        VigiePrincipal coordinator = communities.person(communities.community(), Role.PLAN_COORDINATOR);
        mvc.perform(post("/admin/community")
                        .with(authentication(TestCommunities.signedIn(coordinator)))
                        .with(csrf())
                        .param("timeZone", "America/Winnipeg"))
                .andExpect(status().isForbidden());
        assertThat(calendar.zone(coordinator.communityId())).isEqualTo(calendar.defaultZone());
    }
}
