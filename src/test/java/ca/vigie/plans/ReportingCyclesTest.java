package ca.vigie.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.cycles.CycleKind;
import ca.vigie.plans.cycles.CycleReminders;
import ca.vigie.plans.cycles.ItemUpdate;
import ca.vigie.plans.cycles.ReportingCycles;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanItem;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.PlanRejection;
import ca.vigie.plans.tree.Plans;
import ca.vigie.system.StaleEditException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.TestMail;
import ca.vigie.testing.VigieTest;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Reporting cycles on the real database, with reminders delivered to a real SMTP server (GreenMail). */
@VigieTest
class ReportingCyclesTest {

    @Autowired
    GreenMail smtp;

    @Autowired
    Plans plans;

    @Autowired
    PlanItems items;

    @Autowired
    PlanTemplates templates;

    @Autowired
    ReportingCycles cycles;

    @Autowired
    CycleReminders reminders;

    @Autowired
    TestCommunities communities;

    VigiePrincipal coordinator;
    VigiePrincipal owner;
    UUID planId;
    UUID itemId;

    @BeforeEach
    void setUp() {
        TestCommunity community = communities.community();
        coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        owner = communities.person(community, Role.PLAN_OWNER);
        UUID template = templates.available(community.community().id()).stream()
                .filter(t -> t.code().equals("PILLARS"))
                .findFirst()
                .orElseThrow()
                .id();
        planId = plans.create(
                coordinator,
                template,
                new Plan.Settings("Programme", "Programme", "", "", RollupRule.WORST_CHILD, null, null),
                UUID.randomUUID());
        UUID pillar = items.add(coordinator, planId, null, "PILLAR", details("Prévention", null), UUID.randomUUID());
        itemId = items.add(
                coordinator, planId, pillar, "INITIATIVE", details("Formation", owner.userId()), UUID.randomUUID());
    }

    @Test
    void the_owner_owes_an_update_sends_it_and_the_item_takes_its_status() {
        UUID cycle = cycles.open(
                coordinator,
                planId,
                CycleKind.MONTHLY,
                null,
                null,
                communities.today().plusDays(10));

        assertThat(cycles.owedBy(owner))
                .singleElement()
                .satisfies(owed -> assertThat(owed.state(communities.today())).isEqualTo(ReportingCycles.State.DUE));
        cycles.submit(
                owner,
                planId,
                cycle,
                itemId,
                new ItemUpdate.Content(
                        "AT_RISK", 30, "Deux séances données", "Former les gestionnaires", "Salle indisponible"),
                null);

        assertThat(cycles.owedBy(owner))
                .singleElement()
                .satisfies(
                        owed -> assertThat(owed.state(communities.today())).isEqualTo(ReportingCycles.State.RECEIVED));
        PlanItem item = items.get(plans.access(coordinator, planId), itemId);
        assertThat(item.details().statusCode()).isEqualTo("AT_RISK");
        assertThat(item.details().progress()).isEqualTo(30);
        assertThat(cycles.latestUpdates(plans.access(coordinator, planId)))
                .singleElement()
                .satisfies(update -> assertThat(update.accomplishments()).isEqualTo("Deux séances données"));
    }

    @Test
    void a_second_update_from_a_stale_form_is_refused() {
        UUID cycle = cycles.open(
                coordinator,
                planId,
                CycleKind.MONTHLY,
                null,
                null,
                communities.today().plusDays(10));
        cycles.submit(owner, planId, cycle, itemId, new ItemUpdate.Content("ON_TRACK", 10, "a", "", ""), null);

        assertThatThrownBy(() -> cycles.submit(
                        coordinator, planId, cycle, itemId, new ItemUpdate.Content("ON_TRACK", 20, "b", "", ""), null))
                .isInstanceOf(StaleEditException.class);
        cycles.submit(coordinator, planId, cycle, itemId, new ItemUpdate.Content("ON_TRACK", 20, "b", "", ""), 0);
        assertThatThrownBy(() -> cycles.submit(
                        owner, planId, cycle, itemId, new ItemUpdate.Content("ON_TRACK", 25, "c", "", ""), 0))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void an_update_with_a_status_outside_the_scheme_or_progress_past_100_saves_nothing() {
        UUID cycle = cycles.open(
                coordinator,
                planId,
                CycleKind.MONTHLY,
                null,
                null,
                communities.today().plusDays(10));

        assertThatThrownBy(() -> cycles.submit(
                        owner, planId, cycle, itemId, new ItemUpdate.Content("NOT_A_STATUS", 10, "a", "", ""), null))
                .isInstanceOfSatisfying(
                        PlanRejection.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("statusCode"));
        assertThatThrownBy(() -> cycles.submit(
                        owner, planId, cycle, itemId, new ItemUpdate.Content("ON_TRACK", 101, "a", "", ""), null))
                .isInstanceOfSatisfying(
                        PlanRejection.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("progress"));
        cycles.submit(owner, planId, cycle, itemId, new ItemUpdate.Content("ON_TRACK", 100, "a", "", ""), null);
    }

    @Test
    void only_one_open_cycle_per_plan_a_due_date_in_the_future_and_only_the_responsible_updates() {
        cycles.open(
                coordinator,
                planId,
                CycleKind.QUARTERLY,
                null,
                null,
                communities.today().plusDays(10));
        VigiePrincipal bystander = communities.person(communities.community(), Role.PLAN_OWNER);

        assertThatThrownBy(() -> cycles.open(
                        coordinator,
                        planId,
                        CycleKind.MONTHLY,
                        null,
                        null,
                        communities.today().plusDays(5)))
                .isInstanceOf(PlanRejection.class);
        assertThatThrownBy(() -> cycles.open(
                        owner,
                        planId,
                        CycleKind.MONTHLY,
                        null,
                        null,
                        communities.today().plusDays(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cycles.owedBy(bystander)).isEmpty();
    }

    @Test
    void reminders_go_out_before_the_due_date_once_and_when_late() throws Exception {
        UUID cycle = cycles.open(
                coordinator,
                planId,
                CycleKind.MONTHLY,
                null,
                null,
                communities.today().plusDays(2));

        assertThat(reminders.send(coordinator.communityId(), communities.today()))
                .isGreaterThanOrEqualTo(1);
        assertThat(reminders.send(coordinator.communityId(), communities.today()))
                .isZero();
        long toOwnerBefore = mailsTo(owner);
        reminders.send(coordinator.communityId(), communities.today().plusDays(1));
        assertThat(mailsTo(owner))
                .as("the reminder before the due date goes once per cycle")
                .isEqualTo(toOwnerBefore);
        assertThat(reminders.send(coordinator.communityId(), communities.today().plusDays(3)))
                .isGreaterThanOrEqualTo(1);

        List<MimeMessage> received = new ArrayList<>(TestMail.to(smtp, owner.username()));
        received.addAll(TestMail.to(smtp, coordinator.username()));
        assertThat(received).anySatisfy(mail -> {
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(owner.username() + "@test.vigie.invalid");
            assertThat(mail.getSubject()).contains("Programme");
        });
        assertThat(received).extracting(MimeMessage::getSubject).anyMatch(subject -> subject.contains("retard"));
        assertThat(reminders.nudge(coordinator, planId, cycle, owner.userId())).isTrue();
        assertThat(reminders.nudge(coordinator, planId, cycle, owner.userId())).isFalse();
    }

    private long mailsTo(VigiePrincipal person) {
        return TestMail.to(smtp, person.username()).size();
    }

    private static PlanItem.Details details(String title, UUID responsible) {
        return new PlanItem.Details(
                title,
                "",
                "",
                "",
                null,
                responsible,
                List.of(),
                null,
                null,
                null,
                "NOT_STARTED",
                null,
                null,
                null,
                null,
                "",
                "",
                List.of());
    }
}
