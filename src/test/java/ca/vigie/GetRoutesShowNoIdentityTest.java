package ca.vigie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.FileNotices;
import ca.vigie.complaints.files.FileWork;
import ca.vigie.complaints.files.InformalServices;
import ca.vigie.complaints.files.NoticeKind;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.InformalKind;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.ConsentStatus;
import ca.vigie.situations.cases.Disclosures;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.Interventions;
import ca.vigie.situations.cases.LegalBasis;
import ca.vigie.situations.cases.Meetings;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationDecisions;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.testing.GetRoutes;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestTables;
import ca.vigie.testing.VigieTest;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No GET shows identifying details: every GET route the application maps is called by the people
 * who may see identities (the situation's originating organisation and its team, the office lead
 * and staff of complaint files, the reporter), on objects that hold identities, and none of them
 * writes an identity-read row to the audit trail. Those details come only on a deliberate POST,
 * since a GET may be a crawler or a browser's prefetch.
 *
 * <p>The rows counted are those written when identifying details are shown on request: a
 * situation's identifying details ({@code situation_identity}) and a confidential reporter's
 * identity, which the office lead reads ({@code complaint_reporter}). Other personal-information
 * reads are not counted: a complaint file's page is a read of personal information by the product
 * rule (each display is audited with the purpose chosen for the opening), as are a situation's
 * summary, its team's notes and a file's notices, and those GETs rightly write such rows.
 */
@VigieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GetRoutesShowNoIdentityTest {

    /** Where {@code Situations} and {@code FileWork} record that identifying details were shown. */
    static final Set<String> IDENTITY_READS = Set.of("situation_identity", "complaint_reporter", "coresponse_person");

    /** The full name of someone a mixed team met, which no GET may show. */
    static final String MET_BY_THE_TEAM = "Isidore Quenouillard";

    static final String SUMMARY = "Jeune adulte sans domicile";
    static final String NARRATIVE = "Remarques répétées en réunion.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTables testTables;

    @Autowired
    Situations situations;

    @Autowired
    SituationDecisions decisions;

    @Autowired
    Meetings meetings;

    @Autowired
    Disclosures disclosures;

    @Autowired
    Interventions interventions;

    @Autowired
    SituationReference reference;

    @Autowired
    ComplaintOffices offices;

    @Autowired
    ComplaintFiles files;

    @Autowired
    FileWork work;

    @Autowired
    FileNotices notices;

    @Autowired
    InformalServices informalServices;

    @Autowired
    ca.vigie.testing.TestTeams testTeams;

    @Autowired
    ca.vigie.coresponse.calls.Calls calls;

    private TestCommunity community;
    private UUID filterOne;
    private UUID team;
    private UUID confidential;
    private UUID named;
    private UUID coresponseTeam;
    private UUID coresponseCall;
    private UUID metByTheTeam;

    /** Who asks, each in a session of their own that keeps the purpose a file was opened for. */
    private final Map<String, Visit> askers = new LinkedHashMap<>();

    /** The objects a path variable can name, by the segment of the address before it. */
    private final Map<String, List<String>> objects = new LinkedHashMap<>();

    @BeforeAll
    void createObjectsThatHoldIdentities() throws Exception {
        community = communities.community();
        TestCommunity partner = communities.partner(community);
        UUID tableId = testTables.table(community, community, partner);
        VigiePrincipal worker = communities.person(community, Role.TABLE_MEMBER);
        VigiePrincipal chair = communities.person(partner, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        testTables.seat(community, tableId, worker);
        testTables.chair(community, tableId, chair);
        UUID meeting = meetings.schedule(chair, tableId, communities.today(), UUID.randomUUID());
        filterOne = situation(worker, tableId, "Anatole Canarivoix");
        // At filter 4, led by the worker's organisation with the chair's assisting: both may show it.
        team = situation(worker, tableId, "Zéphyrine Canarivoix");
        decisions.table(worker, team, meeting);
        meetings.recordAttendance(chair, meeting, List.of(worker.userId(), chair.userId()));
        decisions.decide(chair, team, new Situation.Criteria(true, true, true, true));
        disclosures.reveal(worker, team, LegalBasis.CONSENT, "", ConsentStatus.GIVEN);
        interventions.formTeam(
                chair,
                team,
                community.organization().id(),
                List.of(partner.organization().id()));
        interventions.addNote(worker, team, "Rencontrée au refuge.", UUID.randomUUID());

        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        VigiePrincipal lead = communities.person(community, Role.OFFICE_INTAKE);
        VigiePrincipal intake = communities.person(community, Role.OFFICE_INTAKE);
        VigiePrincipal practitioner = communities.person(community, Role.OFFICE_INTAKE);
        VigiePrincipal reporter = communities.person(community, Role.EMPLOYEE);
        VigiePrincipal respondent = communities.person(community, Role.EMPLOYEE);
        UUID office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.serve(admin, office, community.organization().id(), Jurisdiction.FEDERAL);
        offices.assign(admin, office, lead.userId(), StaffRole.OFFICE_LEAD);
        offices.assign(admin, office, intake.userId(), StaffRole.INTAKE_OFFICER);
        offices.assign(admin, office, practitioner.userId(), StaffRole.RECOVERY_PRACTITIONER);
        confidential = files.file(reporter, complaint(respondent, ReporterMode.CONFIDENTIAL), UUID.randomUUID());
        named = files.file(reporter, complaint(respondent, ReporterMode.NAMED), UUID.randomUUID());
        UUID service = informalServices.record(
                practitioner,
                new InformalServices.NewService(
                        community.organization().id(),
                        InformalKind.COACHING,
                        communities.today(),
                        "Personne aidée",
                        ""),
                UUID.randomUUID());

        askers.put("table member", new Visit(worker));
        askers.put("chair", new Visit(chair));
        askers.put("office lead", new Visit(lead));
        askers.put("intake officer", new Visit(intake));
        askers.put("recovery practitioner", new Visit(practitioner));
        askers.put("reporter", new Visit(reporter));
        List<String> noticeIds = new ArrayList<>();
        for (UUID file : List.of(confidential, named)) {
            for (VigiePrincipal staff : List.of(lead, intake)) {
                work.declare(staff, file, false);
            }
            askers.get("office lead").perform(post("/complaint-files/" + file + "/opening?purpose=SUPERVISION"));
            askers.get("intake officer").perform(post("/complaint-files/" + file + "/opening?purpose=TRIAGE"));
            noticeIds.add(notices.generate(intake, file, NoticeKind.ACKNOWLEDGEMENT, "fr")
                    .toString());
        }

        ca.vigie.testing.TestTeams.TestTeam mixed = testTeams.team(community);
        var officerSeat = testTeams.seat(mixed, mixed.officer());
        coresponseTeam = mixed.id();
        coresponseCall = calls.record(
                officerSeat,
                new ca.vigie.coresponse.calls.CallFacts(
                        mixed.dyadId(),
                        null,
                        ca.vigie.coresponse.calls.CallSource.PATROL_REQUEST,
                        null,
                        new ca.vigie.coresponse.calls.CallTimes(
                                java.time.Instant.now().minusSeconds(3600), null, null, null, null, null),
                        null,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        null,
                        null),
                new ca.vigie.coresponse.calls.NewPerson(
                        "Isidore Q.", MET_BY_THE_TEAM, java.time.LocalDate.of(1980, 5, 6), "819-555-0177"),
                UUID.randomUUID());
        metByTheTeam = calls.get(officerSeat, coresponseCall).facts().personId();
        askers.put("co-response officer", new Visit(mixed.officer()));
        askers.put("co-response worker", new Visit(mixed.worker()));
        objects.put("teams", List.of(coresponseTeam.toString()));
        objects.put("coresponse-teams", List.of(coresponseTeam.toString()));
        objects.put("calls", List.of(coresponseCall.toString()));
        objects.put("people", List.of(metByTheTeam.toString()));
        objects.put("tokens", List.of(UUID.randomUUID().toString()));
        objects.put("situations", List.of(filterOne.toString(), team.toString()));
        objects.put("situation-tables", List.of(tableId.toString()));
        objects.put("meetings", List.of(meeting.toString()));
        objects.put("complaint-files", List.of(confidential.toString(), named.toString()));
        objects.put("complaints", List.of(confidential.toString(), named.toString()));
        objects.put("notices", noticeIds);
        objects.put("complaint-services", List.of(service.toString()));
        for (String officeRoute : List.of("complaint-offices", "complaint-statistics", "report")) {
            objects.put(officeRoute, List.of(office.toString()));
        }
        objects.put("organizations", List.of(community.organization().id().toString()));
        objects.put("users", List.of(worker.userId().toString()));
        // These hold no one's identity (documents are read, audited, as attachments): any id will do.
        for (String other :
                List.of("attachments", "plans", "items", "cycles", "indicators", "reference", "sectors", "areas")) {
            objects.put(other, List.of(UUID.randomUUID().toString()));
        }
    }

    @Test
    void no_get_route_writes_an_identity_read_to_the_audit_trail() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> offenders = new ArrayList<>();
        int reads = identityReads();
        for (String route : getRoutes()) {
            for (String address : addresses(route)) {
                for (Map.Entry<String, Visit> asker : askers.entrySet()) {
                    MockHttpServletResponse response = asker.getValue()
                            .perform(get(address).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
                    answers.put(asker.getKey() + " GET " + address, answer(response));
                    if (response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                            .contains(MET_BY_THE_TEAM)) {
                        offenders.add(asker.getKey() + " GET " + address + " showed a full name");
                    }
                    int now = identityReads();
                    if (now != reads) {
                        offenders.add(asker.getKey() + " GET " + address + " (route " + route + ")");
                        reads = now;
                    }
                }
            }
        }

        assertThat(offenders).as("GET requests that wrote an identity read").isEmpty();
        // The pages that show these people's situations and files did answer, so the check above means something.
        assertThat(answers)
                .containsEntry("table member GET /situations/" + filterOne, "200 shown")
                .containsEntry("table member GET /situations/" + filterOne + "/edit", "200 shown")
                .containsEntry("table member GET /situations/" + team, "200 shown")
                .containsEntry("chair GET /situations/" + team, "200 shown")
                .containsEntry("office lead GET /complaint-files/" + confidential, "200 shown")
                .containsEntry("intake officer GET /complaint-files/" + named, "200 shown")
                .containsEntry("reporter GET /complaints/" + confidential, "200")
                .containsEntry(
                        "co-response officer GET /coresponse/teams/" + coresponseTeam + "/calls/" + coresponseCall,
                        "200");
    }

    @Test
    void the_deliberate_posts_do_write_the_identity_reads_this_test_counts() throws Exception {
        int before = identityReads();

        assertThat(answer(askers.get("table member").perform(post("/situations/" + filterOne + "/edit/identity"))))
                .isEqualTo("200 shown");
        assertThat(answer(askers.get("chair").perform(post("/situations/" + team + "/identity"))))
                .isEqualTo("200 shown");
        assertThat(answer(askers.get("office lead")
                        .perform(post("/complaint-files/" + confidential
                                + "/reporter?identityReason=NEEDED_TO_INVESTIGATE"))))
                .isEqualTo("200 shown");

        var identity = askers.get("co-response worker")
                .perform(post("/coresponse/teams/" + coresponseTeam + "/people/" + metByTheTeam
                        + "/identity?purpose=CONFIRM_WHO_IT_IS"));
        assertThat(identity.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains(MET_BY_THE_TEAM);

        assertThat(identityReads()).isEqualTo(before + 4);
    }

    /** The status, and whether the page showed the situation's facts or the file's narrative. */
    private static String answer(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        boolean shown = body.contains(SUMMARY) || body.contains(NARRATIVE);
        return response.getStatus() + (shown ? " shown" : "");
    }

    /** Every address the application answers GET on, as mapped. */
    private Set<String> getRoutes() {
        Set<String> routes = GetRoutes.of(handlers);
        assertThat(routes).contains("/situations/{id}/edit", "/complaint-files/{id}");
        return routes;
    }

    private List<String> addresses(String route) {
        return GetRoutes.addresses(route, objects);
    }

    private int identityReads() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where community_id = ? and action = 'PERSONAL_INFORMATION_READ'"
                        + " and object_type = any(?)",
                Integer.class,
                community.community().id(),
                IDENTITY_READS.toArray(String[]::new));
    }

    private UUID situation(VigiePrincipal worker, UUID tableId, String name) {
        return situations.open(
                worker,
                tableId,
                new Situation.Facts(
                        SituationType.PERSON,
                        AgeBand.AGE_25_29,
                        Gender.WOMAN_GIRL,
                        SUMMARY + ", contacts répétés avec les urgences.",
                        List.of(reference
                                .choices(community.community().id(), ReferenceList.RISK_FACTOR)
                                .get(0)
                                .id()),
                        List.of()),
                new Situation.Identity(name, "2001-02-03", "12 rue des Pins", "613-555-0142"),
                UUID.randomUUID());
    }

    private Intake complaint(VigiePrincipal respondent, ReporterMode mode) {
        return new Intake(
                Set.of(ComplaintType.HARASSMENT),
                mode,
                ReporterRole.PRINCIPAL_PARTY,
                communities.today().minusDays(10),
                null,
                "",
                NARRATIVE,
                List.of(new Intake.Party(respondent.userId(), "", Relation.SUPERVISOR)),
                "",
                "");
    }

    /** One person's visits, keeping the session cookie the application gives them. */
    private final class Visit {

        private final VigiePrincipal who;
        private @Nullable Cookie session;

        Visit(VigiePrincipal who) {
            this.who = who;
        }

        MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
            request =
                    request.with(authentication(TestCommunities.signedIn(who))).with(csrf());
            if (session != null) {
                request = request.cookie(session);
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            Cookie issued = response.getCookie("VIGIE_SESSION");
            if (issued != null) {
                session = issued;
            }
            return response;
        }
    }
}
