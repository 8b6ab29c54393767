package ca.vigie.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestDocuments;
import ca.vigie.testing.VigieTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The intake form keeps what was typed when it comes back with a problem, and a file opens on its
 * pages only after the declaration and with a purpose; a late step asks for its reason.
 */
@VigieTest
class ComplaintScreensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplaintOffices offices;

    @Autowired
    TestCommunities communities;

    @Autowired
    JdbcTemplate jdbc;

    VigiePrincipal employee;
    VigiePrincipal intake;
    VigiePrincipal colleague;

    @BeforeEach
    void setUp() {
        TestCommunity community = communities.community();
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        employee = communities.person(community, Role.EMPLOYEE);
        colleague = communities.person(community, Role.EMPLOYEE);
        intake = communities.person(community, Role.OFFICE_INTAKE);
        UUID office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.serve(admin, office, community.organization().id(), Jurisdiction.FEDERAL);
        offices.assign(admin, office, intake.userId(), StaffRole.INTAKE_OFFICER);
    }

    @Test
    void a_refused_complaint_keeps_every_answer_typed() throws Exception {
        String page = mvc.perform(post("/complaints")
                        .with(authentication(TestCommunities.signedIn(employee)))
                        .with(csrf())
                        .param("types", "HARASSMENT")
                        .param("mode", "CONFIDENTIAL")
                        .param("reporterRole", "WITNESS")
                        .param("occurredFrom", communities.today().toString())
                        .param("location", "Quai de chargement nord")
                        .param("narrative", "")
                        .param("people[0].userId", colleague.userId().toString())
                        .param("people[0].relation", "SUPERVISOR")
                        .param("people[1].name", "Livreur inconnu")
                        .param("people[1].relation", "MEMBER_OF_PUBLIC")
                        .param("witnesses", "Deux agents du quart de nuit")
                        .param("formToken", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("id=\"narrative-error\"")
                .contains("value=\"Quai de chargement nord\"")
                .contains("value=\"Livreur inconnu\"")
                .contains("Deux agents du quart de nuit")
                .containsPattern("value=\"" + colleague.userId() + "\"\\s+selected")
                .containsPattern("value=\"CONFIDENTIAL\"[^>]*checked");
    }

    @Test
    void a_file_opens_after_the_declaration_and_for_a_purpose_and_a_late_step_wants_its_reason() throws Exception {
        String location = mvc.perform(post("/complaints")
                        .with(authentication(TestCommunities.signedIn(employee)))
                        .with(csrf())
                        .param("types", "VIOLENCE")
                        .param("mode", "NAMED")
                        .param("reporterRole", "PRINCIPAL_PARTY")
                        .param("occurredFrom", communities.today().minusDays(30).toString())
                        .param("narrative", "Une porte claquée au visage.")
                        .param("people[0].userId", colleague.userId().toString())
                        .param("people[0].relation", "CO_WORKER")
                        .param("formToken", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/complaints"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).isEqualTo("/complaints");
        UUID id = jdbc.queryForObject(
                "select f.id from complaint_file f join complaint_office o on o.id = f.office_id"
                        + " join complaint_office_staff s on s.office_id = o.id where s.user_id = ?",
                UUID.class,
                intake.userId());
        // The file was received today; pretend it was a month ago so its first contact is late.
        jdbc.update("update complaint_file set received_on = current_date - 20 where id = ?", id);
        jdbc.update("update complaint_file_stage set entered_on = current_date - 20 where file_id = ?", id);

        Visit session = new Visit(intake);
        String declaration = page(get("/complaint-files/" + id), session);
        assertThat(declaration).contains("name=\"conflict\"").doesNotContain("Une porte claquée");
        session.perform(post("/complaint-files/" + id + "/declaration").param("conflict", "false"))
                .andExpect(redirectedUrl("/complaint-files/" + id));
        assertThat(page(get("/complaint-files/" + id), session))
                .contains("name=\"purpose\"")
                .doesNotContain("Une porte claquée");
        session.perform(post("/complaint-files/" + id + "/opening").param("purpose", "TRIAGE"))
                .andExpect(redirectedUrl("/complaint-files/" + id));
        assertThat(page(get("/complaint-files/" + id), session))
                .contains("Une porte claquée")
                .contains(employee.displayName())
                .contains(colleague.displayName());

        String late = session.perform(post("/complaint-files/" + id + "/steps")
                        .param("kind", "FIRST_CONTACT")
                        .param("formToken", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(late).contains("id=\"stepLateReason-error\"");
        session.perform(post("/complaint-files/" + id + "/steps")
                        .param("kind", "FIRST_CONTACT")
                        .param("lateReason", "Personne injoignable en congé")
                        .param("formToken", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/complaint-files/" + id));

        String outOfOrder = session.perform(post("/complaint-files/" + id + "/stage")
                        .param("to", "INVESTIGATION")
                        .param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(outOfOrder).contains("id=\"to-error\"");
        session.perform(post("/complaint-files/" + id + "/stage")
                        .param("to", "INITIAL_REVIEW")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/complaint-files/" + id));
        session.perform(post("/complaint-files/" + id + "/stage")
                        .param("to", "NEGOTIATED_RESOLUTION")
                        .param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where object_id = ? and purpose = 'complaint file opened: TRIAGE'",
                        Integer.class,
                        id.toString()))
                .isGreaterThanOrEqualTo(4);

        session.perform(post("/complaint-files/" + id + "/notices")
                        .param("noticeKind", "ACKNOWLEDGEMENT")
                        .param("noticeLanguage", "fr"))
                .andExpect(redirectedUrl("/complaint-files/" + id));
        String withNotice = page(get("/complaint-files/" + id).header("Accept-Language", "en"), session);
        assertThat(withNotice).contains("Acknowledgement of receipt (French)");

        String mine = page(get("/complaints"), null, employee);
        assertThat(mine).contains("Examen initial").doesNotContain(intake.displayName());
    }

    @Test
    void documents_come_back_with_a_refused_form_and_download_only_as_saved_files() throws Exception {
        byte[] pdf = TestDocuments.pdf("courriels imprimés");
        byte[] png = TestDocuments.PNG;
        String refused = mvc.perform(multipart("/complaints")
                        .file(new MockMultipartFile("documents", "Courriels \"reçus\".pdf", "application/pdf", pdf))
                        .file(new MockMultipartFile("documents", "capture.pdf", "application/pdf", png))
                        .with(authentication(TestCommunities.signedIn(employee)))
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .param("types", "HARASSMENT")
                        .param("mode", "NAMED")
                        .param("reporterRole", "PRINCIPAL_PARTY")
                        .param("occurredFrom", communities.today().minusDays(3).toString())
                        .param("narrative", "")
                        .param("location", "Quai de la porte 3")
                        .param("people[0].userId", colleague.userId().toString())
                        .param("people[0].relation", "CO_WORKER")
                        .param("formToken", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused)
                .contains("id=\"documents-error\"")
                .contains("capture.pdf : son nom annonce un type de fichier")
                .contains("Garder Courriels &quot;reçus&quot;.pdf (1 Ko)")
                .contains("value=\"Quai de la porte 3\"")
                .as("every problem at once, not one round at a time")
                .contains("id=\"narrative-error\"");
        Matcher held =
                Pattern.compile("name=\"held\" value=\"([0-9a-f-]{36})\"").matcher(refused);
        assertThat(held.find()).isTrue();
        assertThat(held.find()).as("the disguised one is not held").isFalse();
        held.reset().find();

        mvc.perform(multipart("/complaints")
                        .with(authentication(TestCommunities.signedIn(employee)))
                        .with(csrf())
                        .param("types", "HARASSMENT")
                        .param("mode", "NAMED")
                        .param("reporterRole", "PRINCIPAL_PARTY")
                        .param("occurredFrom", communities.today().minusDays(3).toString())
                        .param("narrative", "Des courriels insistants, imprimés ci-joints.")
                        .param("people[0].userId", colleague.userId().toString())
                        .param("people[0].relation", "CO_WORKER")
                        .param("held", held.group(1))
                        .param("formToken", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/complaints"));
        UUID id = jdbc.queryForObject(
                "select f.id from complaint_file f join complaint_office_staff s on s.office_id = f.office_id"
                        + " where s.user_id = ?",
                UUID.class,
                intake.userId());

        assertThat(page(get("/complaints/" + id), null, employee))
                .as("the reporter sees what they sent")
                .contains("Courriels &quot;reçus&quot;.pdf");
        mvc.perform(get("/complaints/" + id).with(authentication(TestCommunities.signedIn(colleague))))
                .andExpect(status().isNotFound());

        Visit session = new Visit(intake);
        session.perform(post("/complaint-files/" + id + "/declaration").param("conflict", "false"));
        String unopened = "/complaint-files/" + id + "/attachments/"
                + jdbc.queryForObject("select id from complaint_attachment where file_id = ?", UUID.class, id);
        session.perform(get(unopened)).andExpect(status().isNotFound());
        session.perform(post("/complaint-files/" + id + "/opening").param("purpose", "TRIAGE"));
        String file = page(get("/complaint-files/" + id), session);
        assertThat(file).contains("href=\"" + unopened + "\"").contains("Courriels &quot;reçus&quot;.pdf");

        MockHttpServletResponse download = session.perform(get(unopened))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''Courriels%20_re%C3%A7us.pdf");
        assertThat(download.getHeader("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeader("Cache-Control")).contains("no-store");
        mvc.perform(get(unopened).with(authentication(TestCommunities.signedIn(colleague))))
                .andExpect(status().isForbidden());
    }

    private String page(MockHttpServletRequestBuilder request, Visit session) throws Exception {
        return session.perform(request.header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String page(MockHttpServletRequestBuilder request, Visit session, VigiePrincipal who) throws Exception {
        return mvc.perform(request.with(authentication(TestCommunities.signedIn(who)))
                        .header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** One person's visit: their session cookie goes with every request, as a browser's would. */
    private final class Visit {

        private final VigiePrincipal who;
        private Cookie session;

        Visit(VigiePrincipal who) {
            this.who = who;
        }

        ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
            request =
                    request.with(authentication(TestCommunities.signedIn(who))).with(csrf());
            if (session != null) {
                request = request.cookie(session);
            }
            ResultActions result = mvc.perform(request);
            Cookie issued = result.andReturn().getResponse().getCookie("VIGIE_SESSION");
            if (issued != null) {
                session = issued;
            }
            return result;
        }
    }
}
