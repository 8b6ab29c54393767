package ca.vigie.testing;

import ca.vigie.coresponse.calls.CallFacts;
import ca.vigie.coresponse.calls.CallSource;
import ca.vigie.coresponse.calls.CallTimes;
import ca.vigie.coresponse.calls.Calls;
import ca.vigie.coresponse.calls.NewPerson;
import ca.vigie.coresponse.caseload.Committee;
import ca.vigie.coresponse.teams.Law;
import ca.vigie.coresponse.teams.Seat;
import ca.vigie.coresponse.teams.TeamRole;
import ca.vigie.coresponse.teams.Teams;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.testing.TestCommunities.TestCommunity;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;

/**
 * A co-response team set up as an administrator would: the community's own organisation as its police
 * service, a health partner, one dyad, and a member in each role.
 */
@TestComponent
public class TestTeams {

    private final TestCommunities communities;
    private final Teams teams;
    private final Calls calls;
    private final Committee committee;

    TestTeams(TestCommunities communities, Teams teams, Calls calls, Committee committee) {
        this.communities = communities;
        this.teams = teams;
        this.calls = calls;
        this.committee = committee;
    }

    public record TestTeam(
            TestCommunity police,
            TestCommunity health,
            UUID id,
            UUID dyadId,
            VigiePrincipal admin,
            VigiePrincipal officer,
            VigiePrincipal worker,
            VigiePrincipal lead,
            VigiePrincipal steering) {}

    public TestTeam team(TestCommunity place) {
        return team(place, Law.QUEBEC);
    }

    public TestTeam team(TestCommunity place, Law law) {
        VigiePrincipal admin = communities.person(place, Role.COMMUNITY_ADMIN);
        TestCommunity health = communities.partner(place);
        UUID id = teams.create(admin, "Équipe mixte", "Mixed team", UUID.randomUUID());
        teams.configure(admin, id, law, place.organization().id(), 0);
        teams.addPartner(admin, id, health.organization().id());
        UUID dyad = teams.addDyad(admin, id, "Alpha");
        VigiePrincipal officer = member(admin, id, place, TeamRole.OFFICER);
        VigiePrincipal worker = member(admin, id, health, TeamRole.WORKER);
        VigiePrincipal lead = member(admin, id, health, TeamRole.LEAD);
        VigiePrincipal steering = member(admin, id, place, TeamRole.STEERING);
        return new TestTeam(place, health, id, dyad, admin, officer, worker, lead, steering);
    }

    /** Someone of the organisation added to the team in a role they hold. */
    public VigiePrincipal member(VigiePrincipal admin, UUID teamId, TestCommunity organization, TeamRole role) {
        VigiePrincipal person = communities.person(organization, role.accountRole());
        teams.addMember(admin, teamId, person.userId(), role);
        return person;
    }

    public Seat seat(TestTeam team, VigiePrincipal person) {
        return teams.seat(person, team.id());
    }

    /** Another team of the community the same lead leads, whose committee has not met yet. */
    public UUID anotherLedBy(TestTeam team) {
        UUID id = teams.create(team.admin(), "Deuxième équipe", "Second team", UUID.randomUUID());
        teams.configure(
                team.admin(), id, Law.QUEBEC, team.police().organization().id(), 0);
        teams.addPartner(team.admin(), id, team.health().organization().id());
        teams.addMember(team.admin(), id, team.lead().userId(), TeamRole.LEAD);
        return id;
    }

    /** The clinical committee's meeting of today, opened by the lead with the lead and the worker present. */
    public UUID meeting(TestTeam team) {
        return committee.open(
                seat(team, team.lead()),
                communities.today(),
                Set.of(team.lead().userId(), team.worker().userId()),
                UUID.randomUUID());
    }

    /** Someone the team's officer meets on a walk-in call an hour ago, under a label: their id. */
    public UUID personMet(TestTeam team, String label) {
        Seat officer = seat(team, team.officer());
        UUID call = calls.record(
                officer,
                new CallFacts(
                        team.dyadId(),
                        null,
                        CallSource.WALK_IN,
                        null,
                        new CallTimes(Instant.now().minusSeconds(3600), null, null, null, null, null),
                        null,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        null,
                        null),
                new NewPerson(label, "", null, ""),
                UUID.randomUUID());
        return calls.get(officer, call).facts().personId();
    }
}
