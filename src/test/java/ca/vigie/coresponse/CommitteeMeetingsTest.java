package ca.vigie.coresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.coresponse.caseload.CaseloadRejection;
import ca.vigie.coresponse.caseload.Committee;
import ca.vigie.coresponse.caseload.CommitteeDecision;
import ca.vigie.coresponse.caseload.CommitteeOutcome;
import ca.vigie.coresponse.caseload.ConsentBasis;
import ca.vigie.coresponse.caseload.Decision;
import ca.vigie.coresponse.caseload.DischargeReason;
import ca.vigie.coresponse.caseload.Enrolments;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
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
import org.springframework.security.access.AccessDeniedException;

/** The committee decides in a meeting: attendance, decisions in the minutes, reviews, and closing. */
@VigieTest
class CommitteeMeetingsTest {

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTeams testTeams;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Committee committee;

    @Autowired
    CommunityCalendar calendar;

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
    }

    private CommitteeDecision enrol() {
        return new CommitteeDecision(
                Decision.ENROL,
                ConsentBasis.EXPRESS_CONSENT,
                today,
                "Suivi par l'équipe",
                team.worker().userId(),
                today.plusMonths(3),
                null);
    }

    private static void refusedOn(Runnable step, String field, String messageKey) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(CaseloadRejection.class, r -> {
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.messageKey()).isEqualTo(messageKey);
        });
    }

    @Test
    void the_lead_opens_the_day_s_meeting_with_who_attends_and_only_then_records_decisions() {
        UUID proposal =
                enrolments.propose(officer, testTeams.personMet(team, "Rémi V."), "Appels répétés.", UUID.randomUUID());
        refusedOn(() -> enrolments.decide(lead, proposal, enrol(), 0), "decision", "coresponse.meeting.error.noneOpen");
        Set<UUID> present = Set.of(team.lead().userId(), team.officer().userId());

        refusedOn(
                () -> committee.open(lead, today.plusDays(1), present, UUID.randomUUID()),
                "heldOn",
                "coresponse.meeting.error.future");
        refusedOn(
                () -> committee.open(lead, today.minusDays(30), present, UUID.randomUUID()),
                "heldOn",
                "coresponse.meeting.error.tooOld");
        refusedOn(
                () -> committee.open(lead, today, Set.of(), UUID.randomUUID()),
                "attendees",
                "coresponse.meeting.error.noAttendee");
        refusedOn(
                () -> committee.open(lead, today, Set.of(team.admin().userId()), UUID.randomUUID()),
                "attendees",
                "validation.invalidChoice");
        assertThatThrownBy(() -> committee.open(officer, today, present, UUID.randomUUID()))
                .isInstanceOf(AccessDeniedException.class);

        UUID token = UUID.randomUUID();
        UUID meeting = committee.open(lead, today, present, token);
        assertThat(committee.open(lead, today, present, token))
                .as("a double submit")
                .isEqualTo(meeting);
        refusedOn(
                () -> committee.open(lead, today.minusDays(1), present, UUID.randomUUID()),
                "heldOn",
                "coresponse.meeting.error.alreadyOpen");
        assertThat(committee.openMeeting(officer)).get().satisfies(m -> {
            assertThat(m.heldOn()).isEqualTo(today);
            assertThat(m.attendees()).isEqualTo(present);
        });

        enrolments.decide(lead, proposal, enrol(), 0);
        committee.attendance(
                lead, meeting, Set.of(team.lead().userId(), team.worker().userId()), 0);
        assertThatThrownBy(() -> committee.attendance(lead, meeting, present, 0))
                .isInstanceOf(StaleEditException.class);

        Committee.Minutes minutes = committee.minutes(officer, meeting);
        assertThat(minutes.meeting().attendees())
                .containsExactlyInAnyOrder(team.lead().userId(), team.worker().userId());
        assertThat(minutes.decisions()).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(CommitteeOutcome.ENROLLED);
            assertThat(d.followOn()).isEqualTo(today.plusMonths(3));
            assertThat(d.decidedBy()).isEqualTo(team.lead().userId());
        });
    }

    @Test
    void a_review_sets_the_next_date_and_sets_a_proposed_discharge_aside_and_a_closed_meeting_is_final() {
        UUID meeting = testTeams.meeting(team);
        UUID followed =
                enrolments.propose(officer, testTeams.personMet(team, "Sara N."), "Isolement.", UUID.randomUUID());
        enrolments.decide(lead, followed, enrol(), 0);
        enrolments.proposeDischarge(officer, followed);

        refusedOn(
                () -> enrolments.review(lead, followed, today, 1),
                "nextReview",
                "coresponse.caseload.error.reviewInFuture");
        refusedOn(() -> enrolments.review(lead, followed, null, 1), "nextReview", "validation.required");
        assertThatThrownBy(() -> enrolments.review(officer, followed, today.plusMonths(2), 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enrolments.review(lead, followed, today.plusMonths(2), 0))
                .isInstanceOf(StaleEditException.class);
        enrolments.review(lead, followed, today.plusMonths(2), 1);
        assertThat(enrolments.get(officer, followed)).satisfies(e -> {
            assertThat(e.reviewOn()).isEqualTo(today.plusMonths(2));
            assertThat(e.dischargeProposed()).isFalse();
        });

        committee.close(lead, meeting, 0);
        assertThat(committee.openMeeting(officer)).isEmpty();
        refusedOn(
                () -> committee.attendance(lead, meeting, Set.of(team.lead().userId()), 1),
                "attendees",
                "coresponse.meeting.error.closed");
        refusedOn(
                () -> enrolments.discharge(lead, followed, DischargeReason.GOALS_MET, 2),
                "dischargeReason",
                "coresponse.meeting.error.noneOpen");
        refusedOn(
                () -> committee.open(lead, today, Set.of(team.lead().userId()), UUID.randomUUID()),
                "heldOn",
                "coresponse.meeting.error.sameDay");

        assertThat(committee.minutes(lead, meeting).decisions())
                .extracting(Committee.Minute::outcome)
                .containsExactly(CommitteeOutcome.ENROLLED, CommitteeOutcome.REVIEWED);
        assertThat(committee.meetings(officer, today.getYear())).singleElement().satisfies(m -> {
            assertThat(m.open()).isFalse();
            assertThat(m.decisions()).isEqualTo(2);
        });
        assertThat(committee.meetings(officer, today.getYear() - 1)).isEmpty();
    }

    @Test
    void a_meeting_written_up_later_dates_its_decisions_on_its_day_and_a_decline_sets_no_date() {
        LocalDate held = today.minusDays(3);
        UUID meeting = committee.open(lead, held, Set.of(team.lead().userId()), UUID.randomUUID());
        UUID enrolled =
                enrolments.propose(officer, testTeams.personMet(team, "Lou P."), "Appels répétés.", UUID.randomUUID());
        UUID declined =
                enrolments.propose(officer, testTeams.personMet(team, "Max R."), "Appels répétés.", UUID.randomUUID());
        enrolments.decide(lead, enrolled, enrol(), 0);
        enrolments.decide(
                lead,
                declined,
                new CommitteeDecision(Decision.DECLINE, null, null, null, null, null, today.plusDays(9)),
                0);

        assertThat(committee.minutes(lead, meeting).decisions())
                .allSatisfy(minute -> assertThat(LocalDate.ofInstant(
                                minute.decidedAt(),
                                calendar.zone(team.police().community().id())))
                        .isEqualTo(held));
        assertThat(committee.minutes(lead, meeting).decisions())
                .filteredOn(minute -> minute.outcome() == CommitteeOutcome.DECLINED)
                .singleElement()
                .satisfies(minute -> assertThat(minute.followOn()).isNull());
    }

    @Test
    void no_one_off_the_field_nor_another_team_reads_the_minutes() {
        UUID meeting = testTeams.meeting(team);
        TestTeam other = testTeams.team(communities.community());
        assertThatThrownBy(() -> committee.minutes(testTeams.seat(team, team.steering()), meeting))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> committee.minutes(testTeams.seat(other, other.lead()), meeting))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> committee.close(testTeams.seat(other, other.lead()), meeting, 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> committee.meetings(testTeams.seat(team, team.steering()), today.getYear()))
                .isInstanceOf(NotFoundException.class);
    }
}
