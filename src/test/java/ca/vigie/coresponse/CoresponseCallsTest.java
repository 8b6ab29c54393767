package ca.vigie.coresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.coresponse.calls.ApprehensionBasis;
import ca.vigie.coresponse.calls.Call;
import ca.vigie.coresponse.calls.CallFacts;
import ca.vigie.coresponse.calls.CallRejection;
import ca.vigie.coresponse.calls.CallRole;
import ca.vigie.coresponse.calls.CallSource;
import ca.vigie.coresponse.calls.CallTimes;
import ca.vigie.coresponse.calls.Calls;
import ca.vigie.coresponse.calls.Disposition;
import ca.vigie.coresponse.calls.IdentityPurpose;
import ca.vigie.coresponse.calls.KnownPeople;
import ca.vigie.coresponse.calls.Nature;
import ca.vigie.coresponse.calls.NewPerson;
import ca.vigie.coresponse.calls.WithoutTeam;
import ca.vigie.coresponse.teams.Law;
import ca.vigie.coresponse.teams.Roster;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.Side;
import ca.vigie.coresponse.teams.TeamRejection;
import ca.vigie.coresponse.teams.TeamRole;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.system.CommunityCalendar;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestTeams;
import ca.vigie.testing.TestTeams.TestTeam;
import ca.vigie.testing.VigieTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@VigieTest
class CoresponseCallsTest {

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTeams testTeams;

    @Autowired
    Teams teams;

    @Autowired
    Calls calls;

    @Autowired
    KnownPeople people;

    @Autowired
    Roster roster;

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

    private CallFacts facts(
            @Nullable String incident,
            CallTimes times,
            @Nullable Disposition disposition,
            @Nullable ApprehensionBasis basis) {
        return new CallFacts(
                team.dyadId(),
                incident,
                CallSource.DISPATCH_911,
                CallRole.PRIMARY,
                times,
                null,
                Set.of(Nature.PSYCHOSIS, Nature.INTOXICATION),
                Set.of(),
                Set.of(),
                disposition,
                basis,
                WithoutTeam.EMERGENCY_VISIT,
                null);
    }

    private CallTimes hourAgo() {
        Instant received = calendar.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        return new CallTimes(
                received, received.plusSeconds(60), received.plusSeconds(600), received.plusSeconds(2400), null, null);
    }

    private long callsOfTeam() {
        return jdbc.sql("select count(*) from coresponse_call where team_id = ?")
                .param(team.id())
                .query(Long.class)
                .single();
    }

    @Test
    void members_sit_on_the_side_of_their_organisation_and_the_steering_on_neither() {
        assertThat(testTeams.seat(team, team.officer()).side()).isEqualTo(Side.POLICE);
        assertThat(testTeams.seat(team, team.worker()).side()).isEqualTo(Side.HEALTH);
        assertThat(testTeams.seat(team, team.lead()).side()).isEqualTo(Side.HEALTH);
        Seat steering = testTeams.seat(team, team.steering());
        assertThat(steering.side()).isNull();
        assertThat(steering.inTheField()).isFalse();
    }

    @Test
    void an_officer_from_a_health_partner_or_a_role_not_held_is_refused_by_its_field() {
        VigiePrincipal nurse = communities.person(team.health(), Role.CORESPONSE_OFFICER);
        assertThatThrownBy(() -> teams.addMember(team.admin(), team.id(), nurse.userId(), TeamRole.OFFICER))
                .isInstanceOfSatisfying(
                        TeamRejection.class, r -> assertThat(r.field()).isEqualTo("role"));
        VigiePrincipal withoutRole = communities.person(team.police());
        assertThatThrownBy(() -> teams.addMember(team.admin(), team.id(), withoutRole.userId(), TeamRole.OFFICER))
                .isInstanceOfSatisfying(
                        TeamRejection.class,
                        r -> assertThat(r.messageKey()).isEqualTo("coresponse.team.error.roleNotHeld"));
        VigiePrincipal outsider = communities.person(communities.partner(team.police()), Role.CORESPONSE_WORKER);
        assertThatThrownBy(() -> teams.addMember(team.admin(), team.id(), outsider.userId(), TeamRole.WORKER))
                .isInstanceOfSatisfying(
                        TeamRejection.class,
                        r -> assertThat(r.messageKey()).isEqualTo("coresponse.team.error.organizationNotOnTeam"));
    }

    @Test
    void a_team_is_not_found_by_a_non_member_another_community_or_a_member_without_the_account_role() {
        VigiePrincipal colleague = communities.person(team.police(), Role.CORESPONSE_OFFICER);
        assertThatThrownBy(() -> teams.seat(colleague, team.id())).isInstanceOf(NotFoundException.class);
        TestTeam elsewhere = testTeams.team(communities.community());
        assertThatThrownBy(() -> teams.seat(elsewhere.officer(), team.id())).isInstanceOf(NotFoundException.class);
        VigiePrincipal stripped = new VigiePrincipal(
                team.officer().userId(),
                team.officer().username(),
                team.officer().displayName(),
                team.officer().communityId(),
                team.officer().organizationId(),
                Set.of());
        assertThatThrownBy(() -> teams.seat(stripped, team.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_call_is_recorded_once_however_often_its_form_is_sent_and_reads_back_as_saved() {
        UUID token = UUID.randomUUID();
        CallFacts facts = facts("24-000123", hourAgo(), Disposition.RESOLVED_ON_SCENE, null);

        UUID first = calls.record(officer, facts, new NewPerson("", "", null, ""), token);
        UUID second = calls.record(officer, facts, new NewPerson("", "", null, ""), token);

        assertThat(second).isEqualTo(first);
        assertThat(callsOfTeam()).isEqualTo(1);
        Call call = calls.get(officer, first);
        assertThat(call.complete()).isTrue();
        assertThat(call.diverted()).isTrue();
        assertThat(call.facts().natures()).containsExactlyInAnyOrder(Nature.PSYCHOSIS, Nature.INTOXICATION);
        assertThat(call.facts().times().receivedAt()).isEqualTo(facts.times().receivedAt());
        assertThat(calls.byIncident(officer, " 24-000123 ")).contains(first);
    }

    @Test
    void times_out_of_order_are_refused_by_their_field_and_nothing_is_saved() {
        Instant received = calendar.now().minus(1, ChronoUnit.HOURS);
        CallTimes backwards =
                new CallTimes(received, null, received.plusSeconds(600), received.plusSeconds(300), null, null);
        assertThatThrownBy(() -> calls.record(
                        officer,
                        facts(null, backwards, null, null),
                        new NewPerson("Marc D.", "Marc Dupuis", null, ""),
                        UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        CallRejection.class, r -> assertThat(r.field()).isEqualTo("clearedAt"));
        assertThat(callsOfTeam()).isZero();
        assertThat(people.labels(officer)).isEmpty();
    }

    @Test
    void an_apprehension_needs_a_basis_of_the_team_s_law_and_a_basis_needs_an_apprehension() {
        assertThatThrownBy(() -> calls.record(
                        officer,
                        facts(null, hourAgo(), Disposition.APPREHENSION, null),
                        new NewPerson("", "", null, ""),
                        UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        CallRejection.class,
                        r -> assertThat(r.messageKey()).isEqualTo("coresponse.call.error.basisRequired"));
        assertThatThrownBy(() -> calls.record(
                        officer,
                        facts(null, hourAgo(), Disposition.APPREHENSION, ApprehensionBasis.ON_S17_OFFICER),
                        new NewPerson("", "", null, ""),
                        UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        CallRejection.class, r -> assertThat(r.field()).isEqualTo("apprehensionBasis"));
        assertThatThrownBy(() -> calls.record(
                        officer,
                        facts(null, hourAgo(), Disposition.REFERRAL, ApprehensionBasis.QC_S8_CRISIS_WORKER),
                        new NewPerson("", "", null, ""),
                        UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        CallRejection.class,
                        r -> assertThat(r.messageKey()).isEqualTo("coresponse.call.error.basisWithoutApprehension"));
        UUID apprehension = calls.record(
                officer,
                facts(null, hourAgo(), Disposition.APPREHENSION, ApprehensionBasis.QC_S8_CRISIS_WORKER),
                new NewPerson("", "", null, ""),
                UUID.randomUUID());
        assertThat(calls.get(officer, apprehension).diverted()).isFalse();
    }

    @Test
    void an_incident_number_the_team_already_has_is_refused_but_another_team_may_hold_it() {
        calls.record(officer, facts("E-77", hourAgo(), null, null), new NewPerson("", "", null, ""), UUID.randomUUID());
        assertThatThrownBy(() -> calls.record(
                        officer,
                        facts("E-77", hourAgo(), null, null),
                        new NewPerson("", "", null, ""),
                        UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        CallRejection.class,
                        r -> assertThat(r.messageKey()).isEqualTo("coresponse.call.error.incidentTaken"));
        TestTeam other = testTeams.team(communities.community());
        Seat otherOfficer = testTeams.seat(other, other.officer());
        UUID elsewhere = calls.record(
                otherOfficer,
                new CallFacts(
                        other.dyadId(),
                        "E-77",
                        CallSource.WALK_IN,
                        null,
                        hourAgo(),
                        null,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        null,
                        null),
                new NewPerson("", "", null, ""),
                UUID.randomUUID());
        assertThatThrownBy(() -> calls.get(officer, elsewhere)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_edit_from_a_stale_version_is_refused_and_the_newer_one_kept() {
        UUID id = calls.record(
                officer, facts(null, hourAgo(), null, null), new NewPerson("", "", null, ""), UUID.randomUUID());
        Call seen = calls.get(officer, id);
        Seat worker = testTeams.seat(team, team.worker());
        calls.update(
                worker,
                id,
                facts("W-1", hourAgo(), Disposition.REFERRAL, null),
                new NewPerson("", "", null, ""),
                seen.version());

        assertThatThrownBy(() -> calls.update(
                        officer,
                        id,
                        facts("O-1", hourAgo(), null, null),
                        new NewPerson("", "", null, ""),
                        seen.version()))
                .isInstanceOf(StaleEditException.class);
        assertThat(calls.get(officer, id).facts().incidentNumber()).isEqualTo("W-1");
    }

    @Test
    void the_steering_finds_no_call_and_no_person() {
        UUID id = calls.record(
                officer,
                facts(null, hourAgo(), null, null),
                new NewPerson("Léa B.", "Léa Bouchard", LocalDate.of(1990, 4, 2), "819-555-0100"),
                UUID.randomUUID());
        UUID person = calls.get(officer, id).facts().personId();
        Seat steering = testTeams.seat(team, team.steering());

        assertThatThrownBy(() -> calls.get(steering, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> calls.page(steering, false, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> people.identity(steering, person, IdentityPurpose.CONFIRM_WHO_IT_IS))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_person_met_on_a_call_is_listed_by_label_kept_encrypted_and_read_in_full_only_with_a_purpose() {
        UUID id = calls.record(
                officer,
                facts(null, hourAgo(), null, null),
                new NewPerson("Léa B.", "Léa Bouchard", LocalDate.of(1990, 4, 2), "819-555-0100"),
                UUID.randomUUID());
        UUID person = calls.get(officer, id).facts().personId();

        assertThat(calls.page(officer, false, 0))
                .singleElement()
                .satisfies(line -> assertThat(line.personLabel()).isEqualTo("Léa B."));
        String stored = jdbc.sql("select encode(label, 'escape') || encode(full_name, 'escape') from coresponse_person"
                        + " where id = ?")
                .param(person)
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain("Léa").doesNotContain("Bouchard");

        Seat worker = testTeams.seat(team, team.worker());
        KnownPeople.Identity identity = people.identity(worker, person, IdentityPurpose.CONTACT_THE_PERSON);
        assertThat(identity.fullName()).isEqualTo("Léa Bouchard");
        assertThat(identity.dateOfBirth()).isEqualTo("1990-04-02");
        assertThat(jdbc.sql("""
                        select purpose from audit_event where object_type = 'coresponse_person' and object_id = ?
                        """).param(person.toString()).query(String.class).list())
                .containsExactly("CONTACT_THE_PERSON");
    }

    @Test
    void a_known_person_and_a_new_one_together_are_refused() {
        UUID id = calls.record(
                officer, facts(null, hourAgo(), null, null), new NewPerson("Léa B.", "", null, ""), UUID.randomUUID());
        UUID person = calls.get(officer, id).facts().personId();
        CallFacts withPerson = new CallFacts(
                team.dyadId(),
                null,
                CallSource.WALK_IN,
                null,
                hourAgo(),
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                person);
        assertThatThrownBy(() ->
                        calls.record(officer, withPerson, new NewPerson("Paul T.", "", null, ""), UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        CallRejection.class, r -> assertThat(r.messageKey()).isEqualTo("coresponse.person.error.both"));
    }

    @Test
    void the_roster_gives_the_dyad_on_shift_and_refuses_overlaps_and_keepers_other_than_the_lead() {
        LocalDateTime start = calendar.now(team.police().community().id())
                .toLocalDateTime()
                .truncatedTo(ChronoUnit.HOURS)
                .minusHours(2);
        roster.add(
                team.lead(),
                team.id(),
                team.dyadId(),
                team.officer().userId(),
                team.worker().userId(),
                start,
                start.plusHours(10));

        assertThat(roster.dyadOf(officer, calendar.now())).contains(team.dyadId());
        assertThat(roster.dyadOf(testTeams.seat(team, team.lead()), calendar.now()))
                .isEmpty();
        assertThatThrownBy(() -> roster.add(
                        team.admin(),
                        team.id(),
                        team.dyadId(),
                        team.officer().userId(),
                        team.worker().userId(),
                        start.plusHours(4),
                        start.plusHours(12)))
                .isInstanceOfSatisfying(
                        TeamRejection.class, r -> assertThat(r.field()).isEqualTo("dyadId"));
        assertThatThrownBy(() -> roster.add(
                        team.officer(),
                        team.id(),
                        team.dyadId(),
                        team.officer().userId(),
                        team.worker().userId(),
                        start.plusDays(2),
                        start.plusDays(2).plusHours(8)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.add(
                        team.lead(),
                        team.id(),
                        team.dyadId(),
                        team.worker().userId(),
                        team.officer().userId(),
                        start.plusDays(2),
                        start.plusDays(2).plusHours(8)))
                .isInstanceOfSatisfying(
                        TeamRejection.class, r -> assertThat(r.field()).isEqualTo("officerId"));
    }

    @Test
    void a_shift_sent_twice_from_one_form_is_added_once() {
        LocalDateTime start = LocalDateTime.of(2031, 3, 4, 8, 0);
        UUID token = UUID.randomUUID();
        UUID first = roster.add(
                team.lead(),
                team.id(),
                team.dyadId(),
                team.officer().userId(),
                team.worker().userId(),
                start,
                start.plusHours(8),
                token);
        UUID again = roster.add(
                team.lead(),
                team.id(),
                team.dyadId(),
                team.officer().userId(),
                team.worker().userId(),
                start,
                start.plusHours(8),
                token);

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from coresponse_shift where team_id = ?")
                        .param(team.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_retired_dyad_takes_no_new_call_but_keeps_its_past_ones() {
        UUID id = calls.record(
                officer, facts(null, hourAgo(), null, null), new NewPerson("", "", null, ""), UUID.randomUUID());
        teams.retireDyad(team.admin(), team.id(), team.dyadId(), true);
        Seat current = testTeams.seat(team, team.officer());

        assertThatThrownBy(() -> calls.record(
                        current,
                        facts(null, hourAgo(), null, null),
                        new NewPerson("", "", null, ""),
                        UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        CallRejection.class, r -> assertThat(r.field()).isEqualTo("dyadId"));
        Call past = calls.get(current, id);
        calls.update(
                current,
                id,
                facts(null, hourAgo(), Disposition.REFERRAL, null),
                new NewPerson("", "", null, ""),
                past.version());
        assertThat(calls.get(current, id).complete()).isTrue();
    }

    @Test
    void a_team_under_ontario_law_offers_ontario_bases_only() {
        assertThat(ApprehensionBasis.under(Law.ONTARIO))
                .allMatch(basis -> basis.law() == Law.ONTARIO)
                .contains(ApprehensionBasis.ON_S17_OFFICER);
    }
}
