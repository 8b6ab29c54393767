package ca.vigie.home;

import static org.assertj.core.api.Assertions.assertThat;

import ca.vigie.audit.AuditEntry;
import ca.vigie.audit.AuditOutcome;
import ca.vigie.audit.AuditTrail;
import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.organizations.Waiting;
import ca.vigie.organizations.WaitingWork;
import ca.vigie.plans.cycles.CycleKind;
import ca.vigie.plans.cycles.PastCycles;
import ca.vigie.plans.cycles.ReportingCycles;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.situations.cases.AgeBand;
import ca.vigie.situations.cases.Gender;
import ca.vigie.situations.cases.Situation;
import ca.vigie.situations.cases.SituationType;
import ca.vigie.situations.cases.Situations;
import ca.vigie.situations.reference.ReferenceList;
import ca.vigie.situations.reference.SituationReference;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestPlans;
import ca.vigie.testing.TestTables;
import ca.vigie.testing.VigieTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What each module puts on a person's home page: their own work, counted, and nobody else's. */
@VigieTest
class WaitingWorkTest {

    @Autowired
    List<WaitingWork> work;

    @Autowired
    TestCommunities communities;

    @Autowired
    TestTables tables;

    @Autowired
    TestPlans testPlans;

    @Autowired
    PlanItems items;

    @Autowired
    ReportingCycles cycles;

    @Autowired
    PastCycles pastCycles;

    @Autowired
    Situations situations;

    @Autowired
    SituationReference reference;

    @Autowired
    AuditTrail audit;

    @Test
    void a_person_without_a_role_has_nothing_waiting() {
        VigiePrincipal nobody = communities.person(communities.community());

        assertThat(waitingFor(nobody)).isEmpty();
    }

    @Test
    void an_update_owed_shows_as_due_then_as_late_and_an_item_at_risk_shows_under_its_plan() {
        TestCommunity community = communities.community();
        VigiePrincipal coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        VigiePrincipal owner = communities.person(community, Role.PLAN_OWNER);
        VigiePrincipal other = communities.person(community, Role.PLAN_OWNER);
        UUID plan = testPlans.pillars(coordinator, "Programme du quai", "Wharf programme");
        UUID pillar = items.add(
                coordinator, plan, null, "PILLAR", TestPlans.item("Prévention", null, "ON_TRACK"), UUID.randomUUID());
        items.add(
                coordinator,
                plan,
                pillar,
                "INITIATIVE",
                TestPlans.item("Formation", owner.userId(), "NOT_STARTED"),
                UUID.randomUUID());
        items.add(
                coordinator,
                plan,
                pillar,
                "INITIATIVE",
                TestPlans.item("Accueil", owner.userId(), "AT_RISK"),
                UUID.randomUUID());
        UUID cycle = cycles.open(
                coordinator,
                plan,
                CycleKind.MONTHLY,
                null,
                null,
                communities.today().plusDays(5));

        assertThat(waitingFor(owner))
                .extracting(Waiting::messageKey, Waiting::count, Waiting::subjectEn, Waiting::urgent)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("home.plans.updatesDue", 2L, "Wharf programme", false),
                        org.assertj.core.groups.Tuple.tuple("home.plans.atRisk", 1L, "Wharf programme", false));
        assertThat(waitingFor(other)).as("someone else's items").isEmpty();

        pastCycles.wasDue(cycle, communities.today().minusDays(1));
        assertThat(waitingFor(owner))
                .filteredOn(w -> w.messageKey().equals("home.plans.updatesLate"))
                .singleElement()
                .satisfies(late -> {
                    assertThat(late.count()).isEqualTo(2);
                    assertThat(late.urgent()).isTrue();
                    assertThat(late.on()).isEqualTo(communities.today().minusDays(1));
                    assertThat(late.link()).isEqualTo("/my-updates");
                });
    }

    @Test
    void a_situation_to_table_waits_for_its_own_organisation_only_and_an_expiring_agreement_for_the_administrator() {
        TestCommunity community = communities.community();
        TestCommunity health = communities.partner(community);
        UUID table = tables.table(community, "Table du port", "Harbour table", community, health);
        VigiePrincipal worker = communities.person(community, Role.TABLE_MEMBER);
        VigiePrincipal nurse = communities.person(health, Role.TABLE_MEMBER);
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        tables.seat(community, table, worker, nurse);
        UUID factor = reference
                .choices(community.community().id(), ReferenceList.RISK_FACTOR)
                .get(0)
                .id();
        situations.open(
                worker,
                table,
                new Situation.Facts(
                        SituationType.PERSON,
                        AgeBand.AGE_60_PLUS,
                        Gender.MAN_BOY,
                        "Résumé",
                        List.of(factor),
                        List.of()),
                Situation.Identity.NONE,
                UUID.randomUUID());

        assertThat(waitingFor(worker))
                .filteredOn(w -> w.messageKey().equals("home.situations.toTable"))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.count()).isEqualTo(1);
                    assertThat(item.subjectFr()).isEqualTo("Table du port");
                    assertThat(item.link()).isEqualTo("/situation-tables/" + table);
                    assertThat(item.area()).isEqualTo(Role.Area.SITUATIONS);
                });
        assertThat(waitingFor(nurse)).extracting(Waiting::messageKey).doesNotContain("home.situations.toTable");
        VigiePrincipal notSeated = communities.person(community, Role.TABLE_MEMBER);
        assertThat(waitingFor(notSeated)).isEmpty();

        tables.lapsedMember(community, table, health);
        assertThat(waitingFor(admin))
                .extracting(Waiting::messageKey, Waiting::urgent)
                .contains(org.assertj.core.groups.Tuple.tuple("home.admin.agreementsLapsed", true));
        assertThat(waitingFor(worker)).extracting(Waiting::area).doesNotContain(Role.Area.ADMINISTRATION);
    }

    @Test
    void the_auditor_is_asked_to_check_a_chain_never_checked_then_told_when_it_was_and_how_it_stood() {
        TestCommunity community = communities.community();
        VigiePrincipal auditor = communities.person(community, Role.AUDITOR);

        assertThat(waitingFor(auditor)).singleElement().satisfies(item -> {
            assertThat(item.messageKey()).isEqualTo("home.audit.neverChecked");
            assertThat(item.urgent()).isTrue();
        });

        audit.record(AuditEntry.by(auditor, "AUDIT_CHAIN_VERIFIED", "audit-trail", auditor.communityId())
                .withOutcome(AuditOutcome.SUCCESS));
        assertThat(waitingFor(auditor)).singleElement().satisfies(item -> {
            assertThat(item.messageKey()).isEqualTo("home.audit.intact");
            assertThat(item.on()).isEqualTo(communities.today(community));
            assertThat(item.urgent()).isFalse();
        });
        VigiePrincipal elsewhere = communities.person(communities.community(), Role.AUDITOR);
        assertThat(waitingFor(elsewhere)).extracting(Waiting::messageKey).containsExactly("home.audit.neverChecked");
    }

    private List<Waiting> waitingFor(VigiePrincipal who) {
        return work.stream().flatMap(module -> module.waitingFor(who).stream()).toList();
    }
}
