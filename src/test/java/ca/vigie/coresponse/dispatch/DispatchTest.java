package ca.vigie.coresponse.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.coresponse.teams.Seat;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestTeams;
import ca.vigie.testing.TestTeams.TestTeam;
import ca.vigie.testing.VigieTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Calls that come from dispatch: pushed with the team's token, or imported from its export. */
@VigieTest
class DispatchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTeams testTeams;

    @Autowired
    DispatchTokens tokens;

    @Autowired
    DispatchImports imports;

    @Autowired
    CommunityCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    TestTeam team;
    Seat lead;

    @BeforeEach
    void setUp() {
        team = testTeams.team(communities.community());
        lead = testTeams.seat(team, team.lead());
    }

    private long calls() {
        return jdbc.sql("select count(*) from coresponse_call where team_id = ?")
                .param(team.id())
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder push(String token, String body) {
        return post("/api/v1/coresponse/calls")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static String call(String incident, OffsetDateTime received) {
        return "{\"incidentNumber\":\"" + incident + "\",\"source\":\"DISPATCH_911\",\"receivedAt\":\"" + received
                + "\",\"unit\":\"alpha\"}";
    }

    @Test
    void dispatch_pushes_a_call_once_with_the_team_s_token_and_a_revoked_token_is_refused() throws Exception {
        String token = tokens.create(lead, "Centre de répartition", 365);
        OffsetDateTime received =
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30).withNano(0);

        mvc.perform(push(token, call("BH-900", received)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.created").value(true));
        mvc.perform(push(token, call("BH-900", received)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(false));
        mvc.perform(push(token, call("BH-901", received.plusHours(3))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("receivedAt"))
                .andExpect(jsonPath("$.code").value("coresponse.call.error.future"));

        mvc.perform(push(token, call("BH-903", OffsetDateTime.parse("-5000-01-01T00:00:00Z"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("coresponse.call.error.tooEarly"));

        assertThat(calls()).isEqualTo(1);
        assertThat(jdbc.sql("select dyad_id from coresponse_call where team_id = ?")
                        .param(team.id())
                        .query(java.util.UUID.class)
                        .single())
                .isEqualTo(team.dyadId());

        tokens.revoke(lead, tokens.of(lead).get(0).id());
        mvc.perform(push(token, call("BH-902", received))).andExpect(status().isUnauthorized());
    }

    @Test
    void a_dispatch_token_reads_nothing_and_a_person_cannot_push() throws Exception {
        String token = tokens.create(lead, "Centre", 90);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/coresponse/calls")
                        .with(authentication(TestCommunities.signedIn(team.officer())))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(call("BH-1", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5))))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> tokens.create(testTeams.seat(team, team.officer()), "Centre", 90))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_export_imports_the_team_s_calls_keeps_every_incident_and_the_same_file_twice_changes_nothing() {
        imports.map(lead, "Incident", "Reçu", null, "Unité", null);
        LocalDate yesterday = calendar.today(lead.communityId()).minusDays(1);
        byte[] file = ("Incident;Reçu;Unité\n"
                        + "BH-10;" + yesterday + " 10:00;Alpha\n"
                        + "BH-11;" + yesterday + " 11:00;P-31\n"
                        + "BH-12;" + yesterday + " 12:00;ALPHA\n")
                .getBytes(StandardCharsets.UTF_8);

        DispatchImports.Report first = imports.importFile(lead, file);
        DispatchImports.Report again = imports.importFile(lead, file);

        assertThat(first).isEqualTo(new DispatchImports.Report(2, 0, 1, 3));
        assertThat(again).isEqualTo(new DispatchImports.Report(0, 2, 1, 3));
        assertThat(calls()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from coresponse_dispatch_incident where team_id = ?")
                        .param(team.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select distinct origin from coresponse_call where team_id = ?")
                        .param(team.id())
                        .query(String.class)
                        .list())
                .containsExactly("IMPORT");
    }

    @Test
    void a_broken_export_is_refused_with_its_problems_and_saves_nothing() throws Exception {
        imports.map(lead, "Incident", "Reçu", null, "Unité", null);
        LocalDate yesterday = calendar.today(lead.communityId()).minusDays(1);
        byte[] file = ("Incident,Reçu,Unité\nBH-20," + yesterday + " 10:00,Alpha\nBH-21,hier,Alpha\n")
                .getBytes(StandardCharsets.UTF_8);

        String page = mvc.perform(multipart("/coresponse/teams/" + team.id() + "/dispatch/import")
                        .file(new MockMultipartFile("file", "export.csv", "text/csv", file))
                        .with(authentication(TestCommunities.signedIn(team.lead())))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Un problème empêche l’import")
                .contains("<td>3</td>")
                .contains("Reçu");
        assertThat(calls()).isZero();
        assertThat(jdbc.sql("select count(*) from coresponse_dispatch_incident where team_id = ?")
                        .param(team.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void the_lead_s_page_shows_a_new_token_once_and_a_worker_may_not_open_it() throws Exception {
        String page = mvc.perform(post("/coresponse/teams/" + team.id() + "/dispatch/tokens")
                        .with(authentication(TestCommunities.signedIn(team.lead())))
                        .with(csrf())
                        .param("name", "Centre")
                        .param("days", "90"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String later = mvc.perform(get("/coresponse/teams/" + team.id() + "/dispatch")
                        .with(authentication(TestCommunities.signedIn(team.lead()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).containsPattern("vgd_[a-z0-9]{32}");
        assertThat(later).doesNotContainPattern("vgd_[a-z0-9]{32}").contains("Centre");
        mvc.perform(get("/coresponse/teams/" + team.id() + "/dispatch")
                        .with(authentication(TestCommunities.signedIn(team.worker()))))
                .andExpect(status().isForbidden());
    }
}
