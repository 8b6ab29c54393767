package ca.vigie.coresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.coresponse.calls.CallFacts;
import ca.vigie.coresponse.calls.CallSource;
import ca.vigie.coresponse.calls.CallTimes;
import ca.vigie.coresponse.calls.Calls;
import ca.vigie.coresponse.calls.IdentityPurpose;
import ca.vigie.coresponse.calls.KnownPeople;
import ca.vigie.coresponse.calls.NewPerson;
import ca.vigie.coresponse.calls.PeopleRetention;
import ca.vigie.coresponse.notes.Notes;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestTeams;
import ca.vigie.testing.TestTeams.TestTeam;
import ca.vigie.testing.VigieTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Two years after their last call, a person's identity and the notes about them go; their calls stay. */
@VigieTest
class PeopleRetentionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTeams testTeams;

    @Autowired
    Calls calls;

    @Autowired
    KnownPeople people;

    @Autowired
    Notes notes;

    @Autowired
    PeopleRetention retention;

    @Autowired
    CommunityCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    TestTeam team;
    Seat officer;

    @BeforeEach
    void setUp() {
        team = testTeams.team(communities.community());
        officer = testTeams.seat(team, team.officer());
    }

    /** A person met on a call, the call then dated a number of days back. */
    private UUID personLastCalled(int daysAgo, String name) {
        UUID call = calls.record(
                officer,
                new CallFacts(
                        team.dyadId(),
                        null,
                        CallSource.WALK_IN,
                        null,
                        new CallTimes(Instant.now().minusSeconds(600), null, null, null, null, null),
                        null,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        null,
                        null),
                new NewPerson(name.substring(0, 4) + ".", name, LocalDate.of(1980, 1, 2), "819-555-0111"),
                UUID.randomUUID());
        UUID person = calls.get(officer, call).facts().personId();
        notes.write(officer, person, "Note sur " + name, false, UUID.randomUUID());
        jdbc.sql("update coresponse_call set received_at = received_at - make_interval(days => ?) where id = ?")
                .params(daysAgo, call)
                .update();
        jdbc.sql("update coresponse_person set created_at = created_at - make_interval(days => ?) where id = ?")
                .params(daysAgo, person)
                .update();
        return person;
    }

    @Test
    void identity_and_notes_go_after_two_years_unless_held_and_the_calls_stay() {
        LocalDate today = calendar.today(team.police().community().id());
        UUID old = personLastCalled(2 * 366, "Octave Ancien");
        UUID held = personLastCalled(2 * 366, "Hortense Gardée");
        UUID recent = personLastCalled(300, "Rémi Récent");
        retention.hold(testTeams.seat(team, team.lead()), held, true);

        var destroyed = retention.destroyDue(team.police().community().id(), today);

        assertThat(destroyed).containsExactly(old);
        assertThatThrownBy(() -> people.identity(officer, old, IdentityPurpose.CONFIRM_WHO_IT_IS))
                .isInstanceOf(ca.vigie.system.NotFoundException.class);
        assertThat(notes.readable(officer, old)).isEmpty();
        assertThat(people.identity(officer, held, IdentityPurpose.CONFIRM_WHO_IT_IS)
                        .fullName())
                .isEqualTo("Hortense Gardée");
        assertThat(notes.readable(officer, recent)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from coresponse_call where person_id = ?")
                        .param(old)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'CORESPONSE_PERSON_DESTROYED' and object_id = ?
                        """).param(old.toString()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(retention.destroyDue(team.police().community().id(), today)).isEmpty();
        assertThatThrownBy(() -> retention.hold(officer, recent, true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_page_of_a_person_whose_details_were_destroyed_says_so() throws Exception {
        UUID old = personLastCalled(2 * 366, "Octave Ancien");
        retention.destroyDue(
                team.police().community().id(),
                calendar.today(team.police().community().id()));

        String page = mvc.perform(get("/coresponse/teams/" + team.id() + "/people/" + old)
                        .with(authentication(TestCommunities.signedIn(team.officer()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Personne (renseignements détruits)").doesNotContain("Octave");
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/coresponse/teams/" + team.id() + "/people/" + old + "/identity")
                                .param("purpose", "CONFIRM_WHO_IT_IS")
                                .with(authentication(TestCommunities.signedIn(team.officer())))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isNotFound());
    }
}
