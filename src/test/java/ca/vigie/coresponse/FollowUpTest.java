package ca.vigie.coresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.coresponse.calls.Calls;
import ca.vigie.coresponse.caseload.CaseloadRejection;
import ca.vigie.coresponse.caseload.ContactMode;
import ca.vigie.coresponse.caseload.FollowUp;
import ca.vigie.coresponse.caseload.MilestoneKind;
import ca.vigie.coresponse.caseload.Need;
import ca.vigie.coresponse.caseload.Referral;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestTeams;
import ca.vigie.testing.TestTeams.TestTeam;
import ca.vigie.testing.VigieTest;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Alerts the whole team reads, contacts with their referrals, and dated milestones. */
@VigieTest
class FollowUpTest {

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTeams testTeams;

    @Autowired
    Calls calls;

    @Autowired
    FollowUp followUp;

    @Autowired
    ca.vigie.coresponse.caseload.CarePlan carePlan;

    @Autowired
    CommunityCalendar calendar;

    TestTeam team;
    Seat officer;
    Seat worker;
    UUID person;
    LocalDate today;

    @BeforeEach
    void setUp() {
        team = testTeams.team(communities.community());
        officer = testTeams.seat(team, team.officer());
        worker = testTeams.seat(team, team.worker());
        person = testTeams.personMet(team, "Sami L.");
        today = calendar.today(team.police().community().id());
    }

    @Test
    void an_alert_one_side_writes_is_read_by_both_and_the_steering_reads_none() {
        followUp.alert(worker, person, "Approcher calmement, chien à la maison.", UUID.randomUUID());

        assertThat(followUp.alerts(officer, person))
                .singleElement()
                .satisfies(alert -> assertThat(alert.body()).isEqualTo("Approcher calmement, chien à la maison."));
        assertThatThrownBy(() -> followUp.alerts(testTeams.seat(team, team.steering()), person))
                .isInstanceOf(NotFoundException.class);

        followUp.endAlert(
                officer, person, followUp.alerts(officer, person).get(0).id());
        assertThat(followUp.alerts(worker, person)).isEmpty();
    }

    @Test
    void a_contact_keeps_its_needs_and_referrals_and_whether_they_were_completed() {
        UUID token = UUID.randomUUID();
        followUp.contact(
                worker,
                person,
                today,
                ContactMode.ACCOMPANIMENT,
                Set.of(Need.HOUSING, Need.INCOME),
                Set.of(Referral.HOUSING_SERVICE),
                true,
                token);
        followUp.contact(
                worker,
                person,
                today,
                ContactMode.ACCOMPANIMENT,
                Set.of(Need.HOUSING, Need.INCOME),
                Set.of(Referral.HOUSING_SERVICE),
                true,
                token);

        assertThat(followUp.contacts(officer, person)).singleElement().satisfies(contact -> {
            assertThat(contact.needs()).containsExactlyInAnyOrder(Need.HOUSING, Need.INCOME);
            assertThat(contact.referrals()).containsExactly(Referral.HOUSING_SERVICE);
            assertThat(contact.referralsCompleted()).isTrue();
            assertThat(contact.byUser()).isEqualTo(team.worker().userId());
        });
        assertThatThrownBy(() -> followUp.contact(
                        worker, person, today, ContactMode.PHONE, Set.of(), Set.of(), false, UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        CaseloadRejection.class, r -> assertThat(r.field()).isEqualTo("referralsCompleted"));
        assertThatThrownBy(() -> followUp.contact(
                        worker,
                        person,
                        today.plusDays(1),
                        ContactMode.PHONE,
                        Set.of(),
                        Set.of(),
                        null,
                        UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        CaseloadRejection.class, r -> assertThat(r.field()).isEqualTo("contactOn"));
    }

    @Test
    void only_a_court_date_may_be_ahead() {
        followUp.milestone(worker, person, MilestoneKind.HOUSED, today.minusDays(3), UUID.randomUUID());
        followUp.milestone(officer, person, MilestoneKind.COURT_DATE, today.plusMonths(2), UUID.randomUUID());

        assertThatThrownBy(() ->
                        followUp.milestone(officer, person, MilestoneKind.ARREST, today.plusDays(1), UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        CaseloadRejection.class,
                        r -> assertThat(r.messageKey()).isEqualTo("coresponse.followUp.error.milestoneFuture"));
        assertThat(followUp.milestones(worker, person))
                .extracting(m -> m.kind())
                .containsExactly(MilestoneKind.COURT_DATE, MilestoneKind.HOUSED);
    }

    @Test
    void a_care_plan_goal_moves_through_its_statuses_from_the_version_seen() {
        UUID goal = carePlan.add(worker, person, "Trouver un logement stable d'ici l'été", UUID.randomUUID());
        carePlan.setStatus(officer, person, goal, ca.vigie.coresponse.caseload.GoalStatus.IN_PROGRESS, 0);

        assertThat(carePlan.goals(worker, person)).singleElement().satisfies(g -> {
            assertThat(g.status()).isEqualTo(ca.vigie.coresponse.caseload.GoalStatus.IN_PROGRESS);
            assertThat(g.version()).isEqualTo(1);
        });
        assertThatThrownBy(
                        () -> carePlan.setStatus(worker, person, goal, ca.vigie.coresponse.caseload.GoalStatus.MET, 0))
                .isInstanceOf(ca.vigie.system.StaleEditException.class);
        assertThatThrownBy(() -> carePlan.setStatus(
                        worker, person, UUID.randomUUID(), ca.vigie.coresponse.caseload.GoalStatus.MET, 0))
                .isInstanceOf(NotFoundException.class);
    }
}
