package ca.vigie.coresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.vigie.coresponse.calls.CallFacts;
import ca.vigie.coresponse.calls.CallSource;
import ca.vigie.coresponse.calls.CallTimes;
import ca.vigie.coresponse.calls.Calls;
import ca.vigie.coresponse.calls.NewPerson;
import ca.vigie.coresponse.caseload.CommitteeDecision;
import ca.vigie.coresponse.caseload.ConsentBasis;
import ca.vigie.coresponse.caseload.Decision;
import ca.vigie.coresponse.caseload.Enrolments;
import ca.vigie.coresponse.dispatch.DispatchTokens;
import ca.vigie.coresponse.notes.Notes;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.GetRoutes;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestTeams;
import ca.vigie.testing.TestTeams.TestTeam;
import ca.vigie.testing.VigieTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A canary in a health note and a person's full name: every GET route asked by each role of the team,
 * by the administrator, the auditor and another community's officer. The health note reaches the
 * health side alone; the name reaches no page; neither is in the logs nor, in plain text, anywhere in
 * the database.
 */
@VigieTest
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoresponsePrivacyTest {

    static final String HEALTH_CANARY = "Canari-santé: traitement par clozapine depuis mars";
    static final String NAME_CANARY = "Philomène Crécerelle";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTeams testTeams;

    @Autowired
    Calls calls;

    @Autowired
    Notes notes;

    @Autowired
    Enrolments enrolments;

    @Autowired
    DispatchTokens tokens;

    private TestTeam team;
    private final Map<String, VigiePrincipal> askers = new LinkedHashMap<>();
    private final Map<String, List<String>> objects = new LinkedHashMap<>();

    @BeforeAll
    void createACanary() {
        team = testTeams.team(communities.community());
        var officer = testTeams.seat(team, team.officer());
        UUID call = calls.record(
                officer,
                new CallFacts(
                        team.dyadId(),
                        "CAN-1",
                        CallSource.DISPATCH_911,
                        null,
                        new CallTimes(Instant.now().minusSeconds(5400), null, null, null, null, null),
                        null,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        null,
                        null),
                new NewPerson("Philo C.", NAME_CANARY, LocalDate.of(1971, 8, 9), "819-555-0123"),
                UUID.randomUUID());
        UUID person = calls.get(officer, call).facts().personId();
        notes.write(testTeams.seat(team, team.worker()), person, HEALTH_CANARY, false, UUID.randomUUID());
        tokens.create(testTeams.seat(team, team.lead()), "Répartition", 90);
        // The committee enrols the person in a meeting, whose minutes every role then asks for.
        UUID meeting = testTeams.meeting(team);
        UUID proposal = enrolments.propose(officer, person, "Appels répétés.", UUID.randomUUID());
        enrolments.decide(
                testTeams.seat(team, team.lead()),
                proposal,
                new CommitteeDecision(
                        Decision.ENROL,
                        ConsentBasis.EXPRESS_CONSENT,
                        communities.today().minusDays(2),
                        "Suivi par l'équipe",
                        team.worker().userId(),
                        communities.today().plusMonths(3),
                        null),
                0);
        TestTeam elsewhere = testTeams.team(communities.community());

        askers.put("officer", team.officer());
        askers.put(
                "lead on the police side",
                testTeams.member(team.admin(), team.id(), team.police(), ca.vigie.coresponse.teams.TeamRole.LEAD));
        askers.put("steering", team.steering());
        askers.put("administrator", team.admin());
        askers.put("auditor", communities.person(team.police(), Role.AUDITOR));
        askers.put("officer of another community", elsewhere.officer());

        objects.put("teams", List.of(team.id().toString()));
        objects.put("coresponse-teams", List.of(team.id().toString()));
        objects.put("calls", List.of(call.toString()));
        objects.put("people", List.of(person.toString()));
        objects.put("users", List.of(team.worker().userId().toString()));
        objects.put("meetings", List.of(meeting.toString()));
        objects.put("organizations", List.of(team.health().organization().id().toString()));
        for (String other : List.of(
                "situations",
                "situation-tables",
                "complaint-files",
                "complaints",
                "notices",
                "complaint-services",
                "complaint-offices",
                "complaint-statistics",
                "report",
                "attachments",
                "plans",
                "items",
                "cycles",
                "indicators",
                "reference",
                "sectors",
                "areas",
                "tokens")) {
            objects.put(other, List.of(UUID.randomUUID().toString()));
        }
    }

    @Test
    void the_health_note_reaches_the_health_side_alone_and_the_name_no_page(CapturedOutput output) throws Exception {
        List<String> leaks = new ArrayList<>();
        int shown = 0;
        for (String route : GetRoutes.of(handlers)) {
            for (String address : GetRoutes.addresses(route, objects)) {
                for (Map.Entry<String, VigiePrincipal> asker : askers.entrySet()) {
                    String body = mvc.perform(get(address)
                                    .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
                                    .with(authentication(TestCommunities.signedIn(asker.getValue()))))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(StandardCharsets.UTF_8);
                    if (body.contains(HEALTH_CANARY) || body.contains("clozapine")) {
                        leaks.add(asker.getKey() + " GET " + address + ": the health note");
                    }
                    if (body.contains(NAME_CANARY) || body.contains("Crécerelle")) {
                        leaks.add(asker.getKey() + " GET " + address + ": the full name");
                    }
                }
                String asWorker = mvc.perform(
                                get(address).with(authentication(TestCommunities.signedIn(team.worker()))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                shown += asWorker.contains(HEALTH_CANARY) ? 1 : 0;
            }
        }

        assertThat(leaks).isEmpty();
        assertThat(shown)
                .as("the health side does read its note, so the search means something")
                .isPositive();
        assertThat(output.getAll()).doesNotContain("clozapine").doesNotContain("Crécerelle");
    }

    @Test
    void neither_canary_is_stored_in_plain_text_in_any_table() {
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = 'public' and table_type = 'BASE TABLE'
                        """).query(String.class).list();
        List<String> holding = new ArrayList<>();
        for (String table : tables) {
            long rows = jdbc.sql("select count(*) from \"" + table + "\" t"
                            + " where t::text like '%clozapine%' or t::text like '%Crécerelle%'")
                    .query(Long.class)
                    .single();
            if (rows > 0) {
                holding.add(table);
            }
        }
        assertThat(holding).isEmpty();
    }
}
