package ca.vigie.situations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestTables;
import ca.vigie.testing.VigieTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The correction form of a situation at filter 1 opens without its identifying details: a GET may be
 * a crawler or a prefetch. A deliberate POST fills them in and is audited; saving a correction made
 * without them keeps them.
 */
@VigieTest
class SituationCorrectionFormTest {

    static final String NAME = "Alex Tremblay";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Situations situations;

    @Autowired
    SituationReference reference;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTables testTables;

    VigiePrincipal worker;
    UUID riskFactor;
    UUID id;

    @BeforeEach
    void setUp() {
        TestCommunity community = communities.community();
        UUID tableId = testTables.table(community, community);
        worker = communities.person(community, Role.TABLE_MEMBER);
        testTables.seat(community, tableId, worker);
        riskFactor = reference
                .choices(community.community().id(), ReferenceList.RISK_FACTOR)
                .get(0)
                .id();
        id = situations.open(
                worker,
                tableId,
                new Situation.Facts(
                        SituationType.PERSON,
                        AgeBand.AGE_60_PLUS,
                        Gender.WOMAN_GIRL,
                        "Vit seule depuis l’hiver.",
                        List.of(riskFactor),
                        List.of()),
                new Situation.Identity(NAME, "1950-04-02", "12 rue des Pins", ""),
                UUID.randomUUID());
    }

    @Test
    void the_form_opens_without_the_identity_and_explains_how_to_show_it_in_both_languages() throws Exception {
        String french = page(get("/situations/" + id + "/edit").header("Accept-Language", "fr"));
        String english = page(get("/situations/" + id + "/edit").header("Accept-Language", "en"));

        for (String page : List.of(french, english)) {
            assertThat(page)
                    .doesNotContain(NAME)
                    .doesNotContain("12 rue des Pins")
                    .contains("Vit seule depuis l&rsquo;hiver.")
                    .containsPattern("name=\"fullName\"[^>]*value=\"\"")
                    .contains("name=\"identityShown\" value=\"false\"")
                    .containsPattern("id=\"identity-reveal\"\\s+method=\"post\"\\s+action=\"/situations/" + id
                            + "/edit/identity\"><input type=\"hidden\" name=\"_csrf\"")
                    .contains("form=\"identity-reveal\"");
        }
        assertThat(french)
                .contains("ne sont affichés que si vous le demandez")
                .contains("Afficher les renseignements identificatoires pour les corriger");
        assertThat(english)
                .contains("not shown until you ask for them")
                .contains("Show the identifying details to correct them");
        assertThat(identityReads()).isZero();
    }

    @Test
    void a_deliberate_post_fills_the_identity_in_and_is_audited() throws Exception {
        int withoutToken = mvc.perform(as(post("/situations/" + id + "/edit/identity")))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(withoutToken).as("refused without the CSRF token").isIn(302, 403);
        assertThat(identityReads()).isZero();

        String page = mvc.perform(
                        as(post("/situations/" + id + "/edit/identity").with(csrf())))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .containsPattern("name=\"fullName\"[^>]*value=\"" + NAME + "\"")
                .contains("value=\"12 rue des Pins\"")
                .contains("name=\"identityShown\" value=\"true\"")
                .doesNotContain("identity-reveal");
        assertThat(identityReads()).isEqualTo(1);
    }

    @Test
    void saving_a_correction_made_without_the_identity_keeps_it() throws Exception {
        mvc.perform(as(correction("Vit seule, refuse les visites.", "", "", "false")))
                .andExpect(redirectedUrl("/situations/" + id));

        assertThat(situations.get(worker, id).summary()).isEqualTo("Vit seule, refuse les visites.");
        assertThat(identityReads()).isZero();
        assertThat(situations.identity(worker, id))
                .isEqualTo(new Situation.Identity(NAME, "1950-04-02", "12 rue des Pins", ""));

        // A form that says nothing about what it showed is treated as one that showed nothing.
        mvc.perform(as(correction("Vit seule.", "", "5 rue Neuve", null)))
                .andExpect(redirectedUrl("/situations/" + id));
        assertThat(situations.identity(worker, id))
                .isEqualTo(new Situation.Identity(NAME, "1950-04-02", "5 rue Neuve", ""));
    }

    @Test
    void saving_a_correction_made_with_the_identity_shown_takes_the_fields_as_they_are() throws Exception {
        mvc.perform(as(correction("Vit seule.", NAME, "", "true"))).andExpect(redirectedUrl("/situations/" + id));

        assertThat(situations.identity(worker, id)).isEqualTo(new Situation.Identity(NAME, "", "", ""));
    }

    private MockHttpServletRequestBuilder correction(
            String summary, String fullName, String address, String identityShown) {
        MockHttpServletRequestBuilder request = post("/situations/" + id)
                .with(csrf())
                .param("type", "PERSON")
                .param("ageBand", "AGE_60_PLUS")
                .param("gender", "WOMAN_GIRL")
                .param("summary", summary)
                .param("riskFactorIds", riskFactor.toString())
                .param("fullName", fullName)
                .param("dateOfBirth", "")
                .param("address", address)
                .param("otherContact", "")
                .param("version", Integer.toString(situations.get(worker, id).version()));
        return identityShown == null ? request : request.param("identityShown", identityShown);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(request))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(authentication(TestCommunities.signedIn(worker)));
    }

    private int identityReads() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where object_id = ? and action = 'PERSONAL_INFORMATION_READ'"
                        + " and object_type = 'situation_identity'",
                Integer.class,
                id.toString());
    }
}
