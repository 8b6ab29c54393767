package ca.vigie.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestTables;
import ca.vigie.testing.VigieTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An organisation's page shows and records its information-sharing agreement in the community's
 * register, which its situation tables read.
 */
@VigieTest
class AgreementScreensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTables tables;

    @Autowired
    OrganizationDirectory directory;

    @Test
    void an_agreement_recorded_on_the_organisation_reaches_its_table_and_a_refused_one_keeps_what_was_typed()
            throws Exception {
        TestCommunity community = communities.community();
        TestCommunity partner = communities.partner(community);
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        UUID organization = partner.organization().id();
        tables.table(community, community);
        String page = "/admin/organizations/" + organization;

        assertThat(mvc.perform(get(page).with(authentication(TestCommunities.signedIn(admin))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Aucune entente consignée");

        String refused = mvc.perform(post(page + "/agreement")
                        .with(authentication(TestCommunities.signedIn(admin)))
                        .with(csrf())
                        .param("agreementReference", "ESI-2027")
                        .param("agreementSigned", "2026-12-01")
                        .param("agreementExpires", "2026-11-01"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"agreementExpires-error\"").contains("value=\"ESI-2027\"");
        assertThat(directory.agreement(admin.communityId(), organization)).isEmpty();

        mvc.perform(post(page + "/agreement")
                        .with(authentication(TestCommunities.signedIn(admin)))
                        .with(csrf())
                        .param("agreementReference", "ESI-2027")
                        .param(
                                "agreementSigned",
                                communities.today().minusDays(1).toString())
                        .param(
                                "agreementExpires",
                                communities.today().plusYears(2).toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(directory.agreement(admin.communityId(), organization))
                .hasValueSatisfying(agreement ->
                        assertThat(agreement.status(communities.today())).isEqualTo(AgreementStatus.IN_FORCE));
        assertThat(mvc.perform(get(page).with(authentication(TestCommunities.signedIn(admin))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("ESI-2027")
                .contains("Oui : entente en vigueur");
    }
}
