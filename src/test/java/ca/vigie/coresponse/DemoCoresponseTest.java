package ca.vigie.coresponse;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.coresponse.calls.Calls;
import ca.vigie.coresponse.caseload.Committee;
import ca.vigie.coresponse.caseload.CommitteeOutcome;
import ca.vigie.coresponse.caseload.Enrolments;
import ca.vigie.coresponse.caseload.FollowUp;
import ca.vigie.coresponse.teams.Roster;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.Side;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.VigieTest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo town's mixed team: its set-up, its roster and eighteen months of calls. */
@VigieTest
class DemoCoresponseTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Teams teams;

    @Autowired
    Calls calls;

    @Autowired
    Roster roster;

    @Autowired
    ca.vigie.coresponse.notes.Notes notes;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Committee committee;

    @Autowired
    FollowUp followUp;

    private VigiePrincipal demo(String username, Role... roles) {
        Map<String, Object> account = jdbc.queryForMap(
                "select id, display_name, community_id, organization_id from user_account where username = ?",
                username);
        return new VigiePrincipal(
                (UUID) account.get("id"),
                username,
                (String) account.get("display_name"),
                (UUID) account.get("community_id"),
                (UUID) account.get("organization_id"),
                Set.of(roles));
    }

    private UUID team() {
        return jdbc.queryForObject(
                "select id from coresponse_team where name_en = 'Bay Mixed Response Team'", UUID.class);
    }

    @Test
    void police_and_health_work_the_team_s_two_dyads_on_opposite_sides() {
        Seat police = teams.seat(demo("police", Role.CORESPONSE_OFFICER), team());
        Seat health = teams.seat(demo("health", Role.CORESPONSE_LEAD), team());
        Seat steering = teams.seat(demo("coordinator", Role.CORESPONSE_STEERING), team());

        assertThat(police.side()).isEqualTo(Side.POLICE);
        assertThat(health.side()).isEqualTo(Side.HEALTH);
        assertThat(steering.inTheField()).isFalse();
        assertThat(police.team().activeDyads()).extracting(d -> d.label()).containsExactly("M-10", "M-20");
        assertThat(roster.from(police.team(), java.time.Instant.now(), 100)).hasSizeGreaterThanOrEqualTo(13);
    }

    @Test
    void eighteen_months_of_calls_end_in_every_way_with_a_few_left_to_complete() {
        Map<String, Object> history = jdbc.queryForMap("""
                select count(*) as calls,
                       min(received_at) < now() - interval '17 months' as long_enough,
                       count(distinct disposition) as dispositions,
                       count(*) filter (where cleared_at is null) as open,
                       count(*) filter (where ed_handover_at is not null) as handovers,
                       count(distinct person_id) as people,
                       count(*) filter (where disposition = 'APPREHENSION' and apprehension_basis is null) as unfounded
                from coresponse_call where team_id = ?
                """, team());

        assertThat(((Number) history.get("calls")).intValue()).isBetween(1300, 1700);
        assertThat(history.get("long_enough")).isEqualTo(true);
        assertThat(((Number) history.get("dispositions")).intValue()).isEqualTo(9);
        assertThat(((Number) history.get("open")).intValue()).isBetween(1, 5);
        assertThat(((Number) history.get("handovers")).intValue()).isGreaterThan(100);
        assertThat(((Number) history.get("people")).intValue()).isBetween(20, 200);
        assertThat(((Number) history.get("unfounded")).intValue()).isZero();
        assertThat(calls.page(teams.seat(demo("police", Role.CORESPONSE_OFFICER), team()), true, 0))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.complete()).isFalse());
    }

    @Test
    void police_and_health_read_different_notes_about_the_person_the_team_meets_most() {
        UUID person = jdbc.queryForObject(
                "select person_id from coresponse_note where team_id = ? group by person_id limit 1",
                UUID.class,
                team());
        Seat police = teams.seat(demo("police", Role.CORESPONSE_OFFICER), team());
        Seat health = teams.seat(demo("health", Role.CORESPONSE_LEAD), team());

        var policeNotes =
                notes.readable(police, person).stream().map(n -> n.body()).toList();
        var healthNotes =
                notes.readable(health, person).stream().map(n -> n.body()).toList();

        assertThat(policeNotes).hasSize(3).anyMatch(body -> body.contains("Mandat"));
        assertThat(healthNotes).hasSize(2).anyMatch(body -> body.contains("psychiatrie"));
        assertThat(policeNotes).noneMatch(body -> body.contains("psychiatrie"));
        assertThat(healthNotes).noneMatch(body -> body.contains("Mandat"));
        assertThat(notes.disclosures(police, person)).hasSize(1);
    }

    @Test
    void the_committee_has_met_weekly_follows_twenty_five_people_and_is_meeting_today() {
        Seat health = teams.seat(demo("health", Role.CORESPONSE_LEAD), team());
        var queue = enrolments.queue(health);

        assertThat(queue.enrolled()).hasSize(25);
        assertThat(queue.proposals()).hasSize(2);
        assertThat(queue.enrolled())
                .allSatisfy(e -> assertThat(e.leadWorkerId()).isNotNull());
        var today = committee.openMeeting(health).orElseThrow();
        assertThat(committee.minutes(health, today.id()).decisions())
                .extracting(Committee.Minute::outcome)
                .containsExactly(CommitteeOutcome.DEFERRED);
        int year = today.heldOn().getYear();
        var held = new java.util.ArrayList<>(committee.meetings(health, year));
        held.addAll(committee.meetings(health, year - 1));
        held.addAll(committee.meetings(health, year - 2));
        assertThat(held).hasSize(65);
        assertThat(held.stream().filter(m -> !m.open()))
                .allSatisfy(
                        m -> assertThat(m.attendees()).contains(health.person().userId()));
        assertThat(held.stream().mapToInt(Committee.Meeting::decisions).sum())
                .as("28 enrolments, their reviews, 3 discharges and today's deferral")
                .isGreaterThan(28 + 3 + 1 + 40);
        assertThat(followUp.contacts(health, queue.enrolled().get(0).personId()))
                .hasSizeGreaterThan(10);
    }
}
