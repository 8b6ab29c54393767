package ca.vigie.coresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.coresponse.calls.CallFacts;
import ca.vigie.coresponse.calls.CallSource;
import ca.vigie.coresponse.calls.CallTimes;
import ca.vigie.coresponse.calls.Calls;
import ca.vigie.coresponse.calls.NewPerson;
import ca.vigie.coresponse.calls.PeopleRetention;
import ca.vigie.coresponse.caseload.CaseloadRejection;
import ca.vigie.coresponse.caseload.CommitteeDecision;
import ca.vigie.coresponse.caseload.ConsentBasis;
import ca.vigie.coresponse.caseload.Decision;
import ca.vigie.coresponse.caseload.DischargeReason;
import ca.vigie.coresponse.caseload.EnrolmentState;
import ca.vigie.coresponse.caseload.Enrolments;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestTeams;
import ca.vigie.testing.TestTeams.TestTeam;
import ca.vigie.testing.VigieTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Only the clinical committee enrols: proposals, decisions, the queue, discharge and proposing again. */
@VigieTest
class CaseloadTest {

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTeams testTeams;

    @Autowired
    Calls calls;

    @Autowired
    Enrolments enrolments;

    @Autowired
    PeopleRetention retention;

    @Autowired
    CommunityCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    TestTeam team;
    Seat officer;
    Seat lead;
    LocalDate today;

    @BeforeEach
    void setUp() {
        team = testTeams.team(communities.community());
        officer = testTeams.seat(team, team.officer());
        lead = testTeams.seat(team, team.lead());
        today = calendar.today(team.police().community().id());
        testTeams.meeting(team);
    }

    private UUID call(@Nullable UUID person, String label) {
        UUID id = calls.record(
                officer,
                new CallFacts(
                        team.dyadId(),
                        null,
                        CallSource.DISPATCH_911,
                        null,
                        new CallTimes(Instant.now().minusSeconds(900), null, null, null, null, null),
                        null,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        null,
                        person),
                person == null ? new NewPerson(label, "", null, "") : new NewPerson("", "", null, ""),
                UUID.randomUUID());
        return calls.get(officer, id).facts().personId();
    }

    private CommitteeDecision enrol() {
        return new CommitteeDecision(
                Decision.ENROL,
                ConsentBasis.EXPRESS_CONSENT,
                today,
                "Suivi par l'équipe et échanges avec son médecin",
                team.worker().userId(),
                today.plusMonths(3),
                null);
    }

    @Test
    void a_proposal_waits_for_the_committee_which_alone_enrols_on_a_consent_basis() {
        UUID person = call(null, "Yves T.");
        UUID proposal =
                enrolments.propose(officer, person, "Trois crises ce mois-ci; accepte de l'aide.", UUID.randomUUID());

        assertThat(enrolments.queue(officer).proposals())
                .extracting(e -> e.id())
                .containsExactly(proposal);
        assertThatThrownBy(() -> enrolments.decide(officer, proposal, enrol(), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.decide(
                        lead,
                        proposal,
                        new CommitteeDecision(
                                Decision.ENROL, null, null, "", team.worker().userId(), today.plusDays(9), null),
                        0))
                .isInstanceOfSatisfying(
                        CaseloadRejection.class, r -> assertThat(r.field()).isEqualTo("consentBasis"));
        assertThatThrownBy(() -> enrolments.propose(officer, person, "Encore", UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        CaseloadRejection.class,
                        r -> assertThat(r.messageKey()).isEqualTo("coresponse.caseload.error.alreadyOpen"));

        assertThatThrownBy(() -> enrolments.decide(lead, proposal, enrol(), 7)).isInstanceOf(StaleEditException.class);
        enrolments.decide(lead, proposal, enrol(), 0);

        assertThat(enrolments.latest(officer, person)).get().satisfies(e -> {
            assertThat(e.state()).isEqualTo(EnrolmentState.ENROLLED);
            assertThat(e.leadWorkerId()).isEqualTo(team.worker().userId());
        });
        assertThat(enrolments.queue(officer).enrolled())
                .extracting(e -> e.personId())
                .containsExactly(person);
        assertThatThrownBy(() -> enrolments.decide(lead, proposal, enrol(), 1))
                .isInstanceOfSatisfying(
                        CaseloadRejection.class,
                        r -> assertThat(r.messageKey()).isEqualTo("coresponse.caseload.error.notAwaiting"));
        assertThatThrownBy(() -> enrolments.queue(testTeams.seat(team, team.steering())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_discharged_person_may_be_proposed_again_and_a_followed_one_is_kept_by_retention() {
        UUID person = call(null, "Zoé K.");
        UUID proposal = enrolments.propose(officer, person, "Isolement, appels répétés.", UUID.randomUUID());
        enrolments.decide(lead, proposal, enrol(), 0);

        jdbc.sql("update coresponse_call set received_at = received_at - interval '800 days' where person_id = ?")
                .param(person)
                .update();
        jdbc.sql("update coresponse_person set created_at = created_at - interval '800 days' where id = ?")
                .param(person)
                .update();
        assertThat(retention.destroyDue(team.police().community().id(), today)).doesNotContain(person);

        enrolments.proposeDischarge(officer, proposal);
        assertThat(enrolments.queue(officer).dischargesProposed())
                .extracting(e -> e.id())
                .containsExactly(proposal);
        enrolments.discharge(lead, proposal, DischargeReason.GOALS_MET, 1);
        assertThat(enrolments.latest(officer, person))
                .get()
                .satisfies(e -> assertThat(e.state()).isEqualTo(EnrolmentState.DISCHARGED));
        assertThat(retention.destroyDue(team.police().community().id(), today))
                .as("ten years after discharge, not two after the last call")
                .doesNotContain(person);

        UUID again = enrolments.propose(officer, person, "Nouvelle crise.", UUID.randomUUID());
        assertThat(enrolments.queue(officer).proposals())
                .extracting(e -> e.id())
                .containsExactly(again);
    }

    @Test
    void three_calls_in_thirty_days_bring_someone_not_followed_to_the_committee() {
        UUID person = call(null, "Marc D.");
        call(person, "");
        call(person, "");
        UUID twice = call(null, "Léa B.");
        call(twice, "");

        assertThat(enrolments.queue(officer).frequentCallers()).singleElement().satisfies(f -> {
            assertThat(f.personId()).isEqualTo(person);
            assertThat(f.calls()).isEqualTo(3);
        });

        enrolments.propose(officer, person, "Appels répétés.", UUID.randomUUID());
        assertThat(enrolments.queue(officer).frequentCallers()).isEmpty();
    }
}
