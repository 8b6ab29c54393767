package ca.vigie.situations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestTables;
import ca.vigie.testing.VigieTest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One situation at filter 4, led by the police with the chair's organisation assisting, its details
 * revealed at filter 3 to health too. For each kind of reader, what the page, the identity fragment,
 * the API, the statistics and the CSV give: the canary name only to the team, on purpose.
 */
@VigieTest
class SituationPrivacyTest {

    static final String CANARY = "Zéphyrine Canarivoix";
    static final String SUMMARY = "Jeune adulte sans domicile, contacts répétés avec les urgences.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

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
    TestTables testTables;

    @Autowired
    TestCommunities communities;

    UUID tableId;
    UUID situationId;
    UUID meeting;
    Map<String, VigiePrincipal> readers = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        TestCommunity police = communities.community();
        TestCommunity health = communities.partner(police);
        TestCommunity services = communities.partner(police);
        tableId = testTables.table(police, police, health, services);
        VigiePrincipal officer = communities.person(police, Role.TABLE_MEMBER);
        VigiePrincipal nurse = communities.person(health, Role.TABLE_MEMBER);
        VigiePrincipal chair = communities.person(services, Role.TABLE_CHAIR, Role.TABLE_MEMBER);
        testTables.seat(police, tableId, officer, nurse);
        testTables.chair(police, tableId, chair);
        meeting = meetings.schedule(chair, tableId, communities.today(), UUID.randomUUID());
        situationId = situations.open(
                officer,
                tableId,
                new Situation.Facts(
                        SituationType.PERSON,
                        AgeBand.AGE_18_24,
                        Gender.WOMAN_GIRL,
                        SUMMARY,
                        List.of(reference
                                .choices(police.community().id(), ReferenceList.RISK_FACTOR)
                                .get(0)
                                .id()),
                        List.of()),
                new Situation.Identity(CANARY, "2004-02-29", "12 rue des Mésanges", "613-555-0142"),
                UUID.randomUUID());
        assertThat(decisions.table(officer, situationId, meeting)).isEmpty();
        meetings.recordAttendance(chair, meeting, List.of(officer.userId(), nurse.userId(), chair.userId()));
        decisions.decide(chair, situationId, new Situation.Criteria(true, true, true, true));
        disclosures.reveal(officer, situationId, LegalBasis.CONSENT, "", ConsentStatus.GIVEN);
        interventions.formTeam(
                chair,
                situationId,
                police.organization().id(),
                List.of(services.organization().id()));
        interventions.addNote(
                officer, situationId, "Note d’équipe : " + CANARY + " rencontrée au refuge.", UUID.randomUUID());

        readers.put("chair", chair);
        readers.put("police", officer);
        readers.put("health", nurse);
        readers.put(
                "other community",
                communities.person(communities.community(), Role.TABLE_CHAIR, Role.TABLE_MEMBER, Role.COMMUNITY_ADMIN));
        readers.put("administrator", communities.person(police, Role.COMMUNITY_ADMIN));
        readers.put("auditor", communities.person(police, Role.AUDITOR));
    }

    @Test
    void the_canary_reaches_the_team_alone_and_only_when_asked_for() throws Exception {
        Map<String, List<Object>> seen = new LinkedHashMap<>();
        for (var reader : readers.entrySet()) {
            VigiePrincipal who = reader.getValue();
            seen.put(
                    reader.getKey(),
                    List.of(
                            answer(get("/situations/" + situationId), who),
                            answer(
                                    post("/situations/" + situationId + "/identity")
                                            .with(csrf()),
                                    who),
                            answer(get("/api/v1/situations/" + situationId), who),
                            answer(get("/api/v1/situation-tables/" + tableId + "/situations"), who),
                            answer(get("/api/v1/situation-tables/" + tableId + "/statistics"), who),
                            answer(get("/situation-tables/" + tableId + "/statistics"), who),
                            answer(get("/situation-tables/" + tableId + "/export.csv"), who),
                            answer(get("/api/v1/situation-tables/" + tableId + "/export.csv"), who),
                            answer(get("/situation-tables/" + tableId + "/meetings/" + meeting), who),
                            answer(get("/situations/" + situationId + "/edit"), who)));
        }

        assertThat(mvc.perform(get("/api/v1/situation-tables")
                                .with(authentication(TestCommunities.signedIn(readers.get("health")))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(tableId.toString());
        assertThat(mvc.perform(get("/api/v1/situation-tables")
                                .with(authentication(TestCommunities.signedIn(readers.get("administrator")))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo("[]");
        // page, identity, API situation, API list, API statistics, statistics page, CSV, API CSV, meeting
        // page, correction form; the team's page shows its notes, which name the person, and nobody
        // corrects a situation once tabled.
        assertThat(seen.get("police"))
                .containsExactly(
                        "200 CANARY", "200 CANARY", "200 facts", "200", "200", "200", "200", "200", "200 facts", "404");
        assertThat(seen.get("chair"))
                .containsExactly(
                        "200 CANARY", "200 CANARY", "200 facts", "200", "200", "200", "200", "200", "200 facts", "404");
        assertThat(seen.get("health"))
                .containsExactly(
                        "200 facts", "404", "200 facts", "200", "200", "200", "200", "200", "200 facts", "404");
        // Pages for people seated at tables refuse anyone without a table role, whatever the id.
        assertThat(seen.get("administrator"))
                .containsExactly("403", "403", "404", "404", "404", "404", "404", "404", "403", "403");
        assertThat(seen.get("auditor"))
                .containsExactly("403", "403", "404", "404", "404", "404", "404", "404", "403", "403");
        assertThat(seen.get("other community"))
                .containsExactly("404", "404", "404", "404", "404", "404", "404", "404", "404", "404");
    }

    @Test
    void at_filter_three_the_organisations_present_see_the_details_on_purpose_and_no_one_else() throws Exception {
        VigiePrincipal officer = readers.get("police");
        UUID accepted = situations.open(
                officer,
                tableId,
                new Situation.Facts(
                        SituationType.PERSON,
                        AgeBand.AGE_60_PLUS,
                        Gender.MAN_BOY,
                        "Aîné isolé, chutes répétées.",
                        List.of(reference
                                .choices(officer.communityId(), ReferenceList.RISK_FACTOR)
                                .get(0)
                                .id()),
                        List.of()),
                new Situation.Identity("Anatole Canarivoix", "", "", ""),
                UUID.randomUUID());
        assertThat(decisions.table(officer, accepted, meeting)).isEmpty();
        decisions.decide(readers.get("chair"), accepted, new Situation.Criteria(true, true, true, true));
        disclosures.reveal(officer, accepted, LegalBasis.CONSENT, "", ConsentStatus.GIVEN);

        for (String reader : List.of("police", "health", "chair")) {
            MockHttpServletResponse shown = mvc.perform(post("/situations/" + accepted + "/identity")
                            .with(csrf())
                            .with(authentication(TestCommunities.signedIn(readers.get(reader)))))
                    .andReturn()
                    .getResponse();
            assertThat(shown.getContentAsString(StandardCharsets.UTF_8))
                    .as(reader)
                    .contains("Anatole Canarivoix");
            String page = mvc.perform(get("/situations/" + accepted)
                            .with(authentication(TestCommunities.signedIn(readers.get(reader)))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(reader).doesNotContain("Anatole Canarivoix");
        }
        for (String reader : List.of("administrator", "auditor", "other community")) {
            int status = mvc.perform(post("/situations/" + accepted + "/identity")
                            .with(csrf())
                            .with(authentication(TestCommunities.signedIn(readers.get(reader)))))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(reader).isIn(403, 404);
        }
    }

    @Test
    void neither_the_database_nor_the_audit_trail_holds_the_canary_in_clear() {
        String hex = HexFormat.of().formatHex(CANARY.getBytes(StandardCharsets.UTF_8));
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
                String.class);
        assertThat(tables).contains("situation_identity", "situation_team_note", "audit_event");
        for (String table : tables) {
            String dump = jdbc.queryForObject(
                    "select coalesce(string_agg(t::text, ' '), '') from \"" + table + "\" t", String.class);
            assertThat(dump).as(table).doesNotContain(CANARY).doesNotContainIgnoringCase(hex);
            assertThat(dump).as(table).doesNotContain("Mésanges").doesNotContain("613-555-0142");
        }
    }

    /** What a reader gets: the status, and whether the canary or the de-identified facts are in it. */
    private String answer(MockHttpServletRequestBuilder request, VigiePrincipal who) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(authentication(TestCommunities.signedIn(who))))
                .andReturn()
                .getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        String status = Integer.toString(response.getStatus());
        if (body.contains(CANARY)) {
            return status + " CANARY";
        }
        if (body.contains(SUMMARY.substring(0, 20))) {
            return status + " facts";
        }
        return status;
    }
}
