package ca.vigie.coresponse;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.coresponse.caseload.ConsentBasis;
import ca.vigie.coresponse.caseload.DischargeReason;
import ca.vigie.coresponse.caseload.MilestoneKind;
import ca.vigie.coresponse.caseload.PastCaseload;
import ca.vigie.coresponse.steering.CaseloadMeasures;
import ca.vigie.coresponse.steering.CaseloadMeasures.Event;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestTeams;
import ca.vigie.testing.TestTeams.TestTeam;
import ca.vigie.testing.VigieTest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The caseload's measures: its size month by month, and the events of the six months before and after
 * enrolment by cohort, counted once a day, small quarters pooled and small counts hidden.
 */
@VigieTest
class CaseloadMeasuresTest {

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTeams testTeams;

    @Autowired
    PastCaseload past;

    @Autowired
    CaseloadMeasures measures;

    @Autowired
    CommunityCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    TestCommunity place;
    TestTeam team;
    LocalDate today;
    ZoneId zone;
    UUID meeting;

    @BeforeEach
    void setUp() {
        place = communities.community();
        team = testTeams.team(place);
        today = calendar.today(place.community().id());
        zone = calendar.zone(place.community().id());
        meeting = past.meeting(
                team.id(),
                place.community().id(),
                team.lead().userId(),
                today.minusYears(2),
                today.minusYears(2).atTime(13, 0).atZone(zone).toInstant(),
                Set.of(team.lead().userId()));
    }

    /** Someone met, then enrolled on a day, with emergency visits on the days given. */
    private UUID enrolled(String label, LocalDate on, LocalDate... visits) {
        UUID person = testTeams.personMet(team, label);
        UUID enrolment = past.enrolled(
                meeting,
                new PastCaseload.Enrolled(
                        team.id(),
                        place.community().id(),
                        person,
                        team.officer().userId(),
                        on.minusDays(7).atStartOfDay(zone).toInstant(),
                        "Appels répétés.",
                        ConsentBasis.EXPRESS_CONSENT,
                        on.minusDays(1),
                        "Suivi par l'équipe",
                        team.worker().userId(),
                        on.plusWeeks(12)),
                team.lead().userId(),
                on.atTime(14, 0).atZone(zone).toInstant());
        List<PastCaseload.Milestone> milestones = new ArrayList<>();
        for (LocalDate visit : visits) {
            milestones.add(new PastCaseload.Milestone(
                    team.id(),
                    place.community().id(),
                    person,
                    MilestoneKind.EMERGENCY_VISIT,
                    visit,
                    team.worker().userId()));
        }
        past.milestones(milestones);
        return enrolment;
    }

    @Test
    void six_months_before_and_after_by_cohort_small_quarters_pooled_and_an_event_counted_once_a_day() {
        LocalDate later = today.minusMonths(8).withDayOfMonth(10);
        LocalDate earlier = later.minusMonths(4);
        enrolled("Ana B.", earlier, earlier.minusDays(20));
        enrolled("Ben C.", earlier, earlier.minusDays(21));
        UUID twice = null;
        for (int i = 0; i < 6; i++) {
            UUID enrolment = enrolled(
                    "Personne " + i, later, later.minusDays(30), later.minusDays(60), later.plusDays(i < 3 ? 30 : 300));
            twice = i == 0 ? enrolment : twice;
        }
        // The emergency visit a call also records, on the same day as a milestone, counts once.
        UUID person = jdbc.sql("select person_id from coresponse_enrolment where id = ?")
                .param(twice)
                .query(UUID.class)
                .single();
        jdbc.sql("update coresponse_call set received_at = ?, ed_arrival_at = ? where person_id = ?")
                .params(
                        Timestamp.from(
                                later.minusDays(30).atTime(10, 0).atZone(zone).toInstant()),
                        Timestamp.from(
                                later.minusDays(30).atTime(11, 0).atZone(zone).toInstant()),
                        person)
                .update();
        // Someone enrolled four months ago is not counted yet: their six months after are not over.
        enrolled("Récente D.", today.minusMonths(4), today.minusMonths(5));

        var caseload = measures.measure(
                team.id(),
                place.community().id(),
                YearMonth.from(earlier),
                YearMonth.from(today).minusMonths(1));

        assertThat(caseload.cohorts()).singleElement().satisfies(pool -> {
            assertThat(pool.first()).isEqualTo(CaseloadMeasures.Quarter.of(earlier));
            assertThat(pool.last()).isEqualTo(CaseloadMeasures.Quarter.of(later));
            assertThat(pool.people()).isEqualTo(8);
            assertThat(pool.before().get(Event.EMERGENCY_VISIT)).isEqualTo(14);
            assertThat(pool.after().get(Event.EMERGENCY_VISIT))
                    .as("three visits after: a small count")
                    .isNull();
            assertThat(pool.before().get(Event.TICKET)).isZero();
        });
        assertThat(caseload.allCohorts()).isNotNull();
        assertThat(caseload.allCohorts().after().get(Event.EMERGENCY_VISIT)).isNull();
        assertThat(caseload.followed())
                .as("nine followed at the end of last month")
                .isEqualTo(9);
        assertThat(caseload.enrolments())
                .as("nine enrolled beside eight in the cohorts would tell the one enrolled since")
                .isNull();
        assertThat(caseload.discharges()).isZero();
    }

    @Test
    void a_discharge_leaves_the_caseload_and_the_community_s_figure_waits_six_months() {
        LocalDate on = today.minusMonths(9).withDayOfMonth(5);
        List<UUID> enrolments = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            enrolments.add(enrolled("Personne " + i, on, on.minusDays(10), on.minusDays(11)));
        }
        LocalDate off = on.plusMonths(2);
        past.discharged(
                meeting,
                enrolments.get(0),
                DischargeReason.GOALS_MET,
                team.lead().userId(),
                off.atTime(15, 0).atZone(zone).toInstant());

        assertThat(measures.measure(team.id(), place.community().id(), YearMonth.from(on), YearMonth.from(on))
                        .followed())
                .isEqualTo(5);
        var caseload = measures.measure(team.id(), place.community().id(), YearMonth.from(on), YearMonth.from(off));
        assertThat(caseload.followed()).as("four followed: a small count").isNull();
        assertThat(caseload.enrolments())
                .as("the five enrolled are the cohort: nothing enrolled since to tell")
                .isEqualTo(5);
        assertThat(caseload.discharges()).as("one discharge: a small count").isNull();

        LocalDate quarter = on.withDayOfMonth(1).withMonth((on.getMonthValue() - 1) / 3 * 3 + 1);
        assertThat(measures.communityEvents(
                        place.community().id(),
                        quarter,
                        quarter.plusMonths(3).minusDays(1),
                        Event.EMERGENCY_VISIT,
                        false))
                .isEqualTo(10);
        assertThat(measures.communityEvents(
                        place.community().id(), today.minusMonths(3), today, Event.EMERGENCY_VISIT, false))
                .as("people enrolled in the last six months have not been followed six months")
                .isNull();
    }
}
