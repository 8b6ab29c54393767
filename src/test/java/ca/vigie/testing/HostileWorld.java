package ca.vigie.testing;

import ca.vigie.complaints.files.ComplaintFiles;
import ca.vigie.complaints.files.FileWork;
import ca.vigie.complaints.files.InformalServices;
import ca.vigie.complaints.intake.ComplaintType;
import ca.vigie.complaints.intake.InformalKind;
import ca.vigie.complaints.intake.Intake;
import ca.vigie.complaints.intake.Relation;
import ca.vigie.complaints.intake.ReporterMode;
import ca.vigie.complaints.intake.ReporterRole;
import ca.vigie.complaints.offices.ComplaintOffices;
import ca.vigie.complaints.offices.Jurisdiction;
import ca.vigie.complaints.offices.StaffRole;
import ca.vigie.coresponse.calls.CallFacts;
import ca.vigie.coresponse.calls.CallRole;
import ca.vigie.coresponse.calls.CallSource;
import ca.vigie.coresponse.calls.CallTimes;
import ca.vigie.coresponse.calls.Calls;
import ca.vigie.coresponse.calls.Nature;
import ca.vigie.coresponse.calls.NewPerson;
import ca.vigie.coresponse.caseload.CarePlan;
import ca.vigie.coresponse.caseload.CommitteeDecision;
import ca.vigie.coresponse.caseload.ConsentBasis;
import ca.vigie.coresponse.caseload.Decision;
import ca.vigie.coresponse.caseload.Enrolments;
import ca.vigie.coresponse.caseload.FollowUp;
import ca.vigie.coresponse.dispatch.DispatchImports;
import ca.vigie.coresponse.dispatch.DispatchTokens;
import ca.vigie.coresponse.notes.Notes;
import ca.vigie.coresponse.teams.Roster;
import ca.vigie.indicators.Direction;
import ca.vigie.indicators.Frequency;
import ca.vigie.indicators.Unit;
import ca.vigie.indicators.registry.Indicator;
import ca.vigie.indicators.registry.IndicatorRegistry;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.directory.CommunityAreas;
import ca.vigie.organizations.directory.Sectors;
import ca.vigie.plans.PlanRole;
import ca.vigie.plans.RollupRule;
import ca.vigie.plans.cycles.CycleKind;
import ca.vigie.plans.cycles.ReportingCycles;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.Plans;
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
import ca.vigie.testing.TestCommunities.TestCommunity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small community where each person has something of their own to work on: a plan with an item
 * and an open cycle, an indicator, a table with a chair, a member and a situation, an office with
 * its staff, a complaint and an informal service, a mixed team with a call and a shift. A crawl signed in as each of them finds the forms
 * of every module.
 */
@TestComponent
public class HostileWorld {

    public record World(
            TestCommunity place,
            List<VigiePrincipal> people,
            UUID office,
            UUID templateId,
            UUID indicatorId,
            LocalDate today) {

        /** The community's administrator, first of its people. */
        public VigiePrincipal admin() {
            return people.get(0);
        }

        /** The plan coordinator, who holds the plan, the indicator and the template. */
        public VigiePrincipal coordinator() {
            return people.get(2);
        }
    }

    private final SituationDecisions decisions;
    private final TestCommunities communities;
    private final TestTables tables;
    private final IndicatorRegistry indicators;
    private final PlanTemplates templates;
    private final Plans plans;
    private final PlanItems items;
    private final ReportingCycles cycles;
    private final SituationReference reference;
    private final Situations situations;
    private final Meetings meetings;
    private final Interventions interventions;
    private final Disclosures disclosures;
    private final JdbcClient jdbc;
    private final ComplaintOffices offices;
    private final ComplaintFiles files;
    private final InformalServices services;
    private final FileWork work;
    private final Sectors sectors;
    private final CommunityAreas areas;
    private final TestTeams teams;
    private final Calls calls;
    private final Roster roster;
    private final DispatchTokens dispatchTokens;
    private final DispatchImports dispatchImports;
    private final Notes notes;
    private final Enrolments enrolments;
    private final FollowUp followUp;
    private final CarePlan carePlan;

    HostileWorld(
            CarePlan carePlan,
            Notes notes,
            Enrolments enrolments,
            FollowUp followUp,
            TestTeams teams,
            Calls calls,
            Roster roster,
            DispatchTokens dispatchTokens,
            DispatchImports dispatchImports,
            TestCommunities communities,
            TestTables tables,
            IndicatorRegistry indicators,
            PlanTemplates templates,
            Plans plans,
            PlanItems items,
            ReportingCycles cycles,
            SituationReference reference,
            Situations situations,
            Meetings meetings,
            Interventions interventions,
            Disclosures disclosures,
            JdbcClient jdbc,
            ComplaintOffices offices,
            ComplaintFiles files,
            InformalServices services,
            FileWork work,
            Sectors sectors,
            CommunityAreas areas,
            SituationDecisions decisions) {
        this.teams = teams;
        this.calls = calls;
        this.roster = roster;
        this.dispatchTokens = dispatchTokens;
        this.dispatchImports = dispatchImports;
        this.notes = notes;
        this.enrolments = enrolments;
        this.followUp = followUp;
        this.carePlan = carePlan;
        this.areas = areas;
        this.decisions = decisions;
        this.communities = communities;
        this.tables = tables;
        this.indicators = indicators;
        this.templates = templates;
        this.plans = plans;
        this.items = items;
        this.cycles = cycles;
        this.reference = reference;
        this.situations = situations;
        this.meetings = meetings;
        this.interventions = interventions;
        this.disclosures = disclosures;
        this.jdbc = jdbc;
        this.offices = offices;
        this.files = files;
        this.services = services;
        this.work = work;
        this.sectors = sectors;
    }

    public World build() {
        TestCommunity place = communities.community();
        VigiePrincipal admin = communities.person(place, Role.COMMUNITY_ADMIN);
        VigiePrincipal auditor = communities.person(place, Role.AUDITOR);
        VigiePrincipal coordinator = communities.person(place, Role.PLAN_COORDINATOR);
        VigiePrincipal owner = communities.person(place, Role.PLAN_OWNER);
        VigiePrincipal chair = communities.person(place, Role.TABLE_CHAIR);
        VigiePrincipal member = communities.person(place, Role.TABLE_MEMBER);
        VigiePrincipal intake = communities.person(place, Role.OFFICE_INTAKE);
        VigiePrincipal investigator = communities.person(place, Role.INVESTIGATOR);
        VigiePrincipal practitioner = communities.person(place, Role.OFFICE_INTAKE);
        VigiePrincipal lead = communities.person(place, Role.OFFICE_INTAKE, Role.INVESTIGATOR);
        VigiePrincipal employee = communities.person(place, Role.EMPLOYEE);

        UUID indicator = plan(place, coordinator, owner);
        TestCommunity partner = communities.partner(place);
        VigiePrincipal partnerMember = communities.person(partner, Role.TABLE_MEMBER);
        table(place, admin, chair, member, partnerMember, partner);
        UUID office = office(place, admin, intake, investigator, lead, practitioner, employee);
        TestTeams.TestTeam team = coresponse(place);
        sectors.add(admin, "Secteur propre", "Own sector", UUID.randomUUID());
        areas.create(admin, "Quartier du port", "Harbour neighbourhood", UUID.randomUUID());
        templates.add(
                admin,
                "PROPRE",
                "Modèle propre",
                "Own template",
                "",
                "",
                List.of(new PlanTemplates.NewLevel("GOAL", "", "But", "Goal", Set.of())));
        List<VigiePrincipal> people = List.of(
                admin,
                auditor,
                coordinator,
                owner,
                chair,
                member,
                partnerMember,
                intake,
                investigator,
                lead,
                practitioner,
                employee,
                team.officer(),
                team.worker(),
                team.lead(),
                team.steering());
        return new World(place, people, office, template(place), indicator, communities.today());
    }

    /** A mixed team with a call about someone it met, and a shift on its roster. */
    private TestTeams.TestTeam coresponse(TestCommunity place) {
        TestTeams.TestTeam team = teams.team(place);
        Instant received = Instant.now().minusSeconds(3600);
        UUID call = calls.record(
                teams.seat(team, team.officer()),
                new CallFacts(
                        team.dyadId(),
                        "HW-1",
                        CallSource.DISPATCH_911,
                        CallRole.PRIMARY,
                        new CallTimes(received, null, received.plusSeconds(600), null, null, null),
                        null,
                        Set.of(Nature.PSYCHOSIS),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        null,
                        null),
                new NewPerson("Léa B.", "Personne Fictive", null, ""),
                UUID.randomUUID());
        var officer = teams.seat(team, team.officer());
        UUID person = calls.get(officer, call).facts().personId();
        notes.write(officer, person, "Approcher à deux.", false, UUID.randomUUID());
        // One person proposed to the committee, another followed: the lead's decision and discharge forms.
        enrolments.propose(officer, person, "Appels répétés.", UUID.randomUUID());
        followUp.alert(officer, person, "Approcher calmement.", UUID.randomUUID());
        carePlan.add(officer, person, "Logement stable.", UUID.randomUUID());
        UUID second = calls.record(
                officer,
                new CallFacts(
                        team.dyadId(),
                        "HW-2",
                        CallSource.WALK_IN,
                        null,
                        new CallTimes(received, null, null, null, null, null),
                        null,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        null,
                        null),
                new NewPerson("Noé F.", "", null, ""),
                UUID.randomUUID());
        // A third person, not proposed: the form to propose them.
        calls.record(
                officer,
                new CallFacts(
                        team.dyadId(),
                        "HW-3",
                        CallSource.PARTNER_REFERRAL,
                        null,
                        new CallTimes(received, null, null, null, null, null),
                        null,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        null,
                        null,
                        null,
                        null),
                new NewPerson("Ana P.", "", null, ""),
                UUID.randomUUID());
        UUID followed = enrolments.propose(
                officer, calls.get(officer, second).facts().personId(), "Isolement.", UUID.randomUUID());
        LocalDate today = communities.today();
        // The committee meets today, for its decision forms; the lead's other team has not met, for the form that opens
        // a meeting.
        teams.meeting(team);
        teams.anotherLedBy(team);
        enrolments.decide(
                teams.seat(team, team.lead()),
                followed,
                new CommitteeDecision(
                        Decision.ENROL,
                        ConsentBasis.EXPRESS_CONSENT,
                        today,
                        "Suivi par l'équipe",
                        team.worker().userId(),
                        today.plusMonths(3),
                        null),
                0);
        LocalDateTime start = LocalDateTime.now().plusDays(1).withNano(0);
        roster.add(
                team.lead(),
                team.id(),
                team.dyadId(),
                team.officer().userId(),
                team.worker().userId(),
                start,
                start.plusHours(8));
        var lead = teams.seat(team, team.lead());
        dispatchTokens.create(lead, "Centre de répartition", 90);
        dispatchImports.map(lead, "Incident", "Reçu", "", "Unité", null);
        return team;
    }

    private UUID template(TestCommunity place) {
        return templates.available(place.community().id()).stream()
                .filter(t -> t.code().equals("ONTARIO_CSWB"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private UUID plan(TestCommunity place, VigiePrincipal coordinator, VigiePrincipal owner) {
        UUID indicator = indicators.define(
                coordinator,
                new Indicator.Definition(
                        "Indicateur",
                        "Indicator",
                        "",
                        "",
                        Unit.COUNT,
                        Direction.HIGHER_IS_BETTER,
                        BigDecimal.TEN,
                        null,
                        null,
                        null,
                        null,
                        "",
                        Frequency.MONTHLY,
                        "",
                        place.organization().id(),
                        null,
                        List.of()),
                UUID.randomUUID());
        UUID template = template(place);
        UUID plan = plans.create(
                coordinator,
                template,
                new Plan.Settings("Plan", "Plan", "", "", RollupRule.WORST_CHILD, null, null),
                UUID.randomUUID());
        plans.setMember(coordinator, plan, owner.userId(), PlanRole.UPDATER);
        UUID focus = items.add(
                coordinator, plan, null, "FOCUS_AREA", ItemDetails.titled("Domaine", "Focus area"), UUID.randomUUID());
        items.add(
                coordinator,
                plan,
                null,
                "FOCUS_AREA",
                ItemDetails.titled("Autre", "Other", owner.userId()),
                UUID.randomUUID());
        items.add(
                coordinator, plan, focus, "OBJECTIVE", ItemDetails.titled("Objectif", "Objective"), UUID.randomUUID());
        cycles.open(
                coordinator,
                plan,
                CycleKind.MONTHLY,
                null,
                null,
                communities.today().plusDays(10));
        indicators.setTarget(coordinator, indicator, communities.today().plusYears(1), BigDecimal.TEN);
        plans.create(
                coordinator,
                template,
                new Plan.Settings("Sans cycle", "Without a cycle", "", "", RollupRule.WORST_CHILD, null, null),
                UUID.randomUUID());
        return indicator;
    }

    /**
     * A table with a situation at each filter: one its organisation still screens, one on today's
     * agenda, one accepted, and one whose team intervenes, with a follow-up meeting ahead.
     */
    private void table(
            TestCommunity place,
            VigiePrincipal admin,
            VigiePrincipal chair,
            VigiePrincipal member,
            VigiePrincipal partnerMember,
            TestCommunity partner) {
        UUID table = tables.table(place, place, partner);
        tables.chair(place, table, chair);
        tables.seat(place, table, member, partnerMember);
        reference.add(admin, ReferenceList.SERVICE, "Service", "Service", null, null, UUID.randomUUID());
        UUID today = meetings.schedule(chair, table, communities.today(), UUID.randomUUID());
        meetings.schedule(chair, table, communities.today().plusDays(7), UUID.randomUUID());
        situation(place, member, table);
        decisions.table(member, situation(place, member, table), today);
        UUID accepted = situation(place, member, table);
        UUID intervening = situation(place, member, table);
        for (UUID decided : List.of(accepted, intervening)) {
            decisions.table(member, decided, today);
            decisions.decide(chair, decided, new Situation.Criteria(true, true, true, true));
        }
        meetings.recordAttendance(chair, today, List.of(chair.userId(), member.userId(), partnerMember.userId()));
        disclosures.reveal(member, accepted, LegalBasis.CONSENT, "", ConsentStatus.GIVEN);
        interventions.formTeam(chair, intervening, place.organization().id(), List.of());
        // The decision was a fortnight ago; today's meeting follows the intervention up.
        jdbc.sql("update situation_meeting set held_on = held_on - 14 where id = ?")
                .param(today)
                .update();
        meetings.schedule(chair, table, communities.today(), UUID.randomUUID());
    }

    private UUID situation(TestCommunity place, VigiePrincipal member, UUID table) {
        return situations.open(
                member,
                table,
                new Situation.Facts(
                        SituationType.PERSON,
                        AgeBand.AGE_18_24,
                        Gender.UNKNOWN,
                        "Résumé",
                        List.of(reference
                                .choices(place.community().id(), ReferenceList.RISK_FACTOR)
                                .get(0)
                                .id()),
                        List.of()),
                new Situation.Identity("Personne Fictive", "", "", ""),
                UUID.randomUUID());
    }

    private UUID office(
            TestCommunity place,
            VigiePrincipal admin,
            VigiePrincipal intake,
            VigiePrincipal investigator,
            VigiePrincipal lead,
            VigiePrincipal practitioner,
            VigiePrincipal employee) {
        UUID office = offices.create(admin, "Bureau", "Office", UUID.randomUUID());
        offices.serve(admin, office, place.organization().id(), Jurisdiction.FEDERAL);
        offices.assign(admin, office, intake.userId(), StaffRole.INTAKE_OFFICER);
        offices.assign(admin, office, investigator.userId(), StaffRole.CASE_MANAGER);
        offices.assign(admin, office, practitioner.userId(), StaffRole.RECOVERY_PRACTITIONER);
        offices.assign(admin, office, lead.userId(), StaffRole.OFFICE_LEAD);
        UUID harassment = files.file(
                employee,
                new Intake(
                        Set.of(ComplaintType.HARASSMENT),
                        ReporterMode.NAMED,
                        ReporterRole.PRINCIPAL_PARTY,
                        communities.today().minusDays(1),
                        null,
                        "",
                        "Récit",
                        List.of(new Intake.Party(null, "Quelqu’un", Relation.CO_WORKER)),
                        "",
                        ""),
                UUID.randomUUID());
        UUID reprisal = files.file(
                employee,
                new Intake(
                        Set.of(ComplaintType.REPRISAL),
                        ReporterMode.CONFIDENTIAL,
                        ReporterRole.PRINCIPAL_PARTY,
                        communities.today().minusDays(1),
                        null,
                        "",
                        "Représailles",
                        List.of(new Intake.Party(null, "Quelqu’un", Relation.CO_WORKER)),
                        "",
                        ""),
                UUID.randomUUID());
        // Declared free of conflict on both, so that the reprisal can name the file it answers.
        for (UUID file : List.of(harassment, reprisal)) {
            work.declare(intake, file, false);
        }
        services.record(
                practitioner,
                new InformalServices.NewService(
                        place.organization().id(), InformalKind.COACHING, communities.today(), "", ""),
                UUID.randomUUID());
        return office;
    }
}
