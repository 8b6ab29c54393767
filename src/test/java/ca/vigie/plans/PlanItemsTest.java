package ca.vigie.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.templates.PlanTemplate;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanAccess;
import ca.vigie.plans.tree.PlanItem;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.PlanRejection;
import ca.vigie.plans.tree.PlanTree;
import ca.vigie.plans.tree.Plans;
import ca.vigie.system.NotFoundException;
import ca.vigie.system.StaleEditException;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The item tree against the real database: template rules, moves, history, stale edits, access, roll-ups. */
@VigieTest
class PlanItemsTest {

    @Autowired
    Plans plans;

    @Autowired
    PlanItems items;

    @Autowired
    PlanTree trees;

    @Autowired
    PlanTemplates templates;

    @Autowired
    ca.vigie.plans.tree.PlanDashboard dashboard;

    @Autowired
    TestCommunities communities;

    TestCommunity community;
    VigiePrincipal coordinator;
    UUID planId;

    @BeforeEach
    void setUp() {
        community = communities.community();
        coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        planId = plans.create(
                coordinator, template("ONTARIO_CSWB").id(), settings(RollupRule.WORST_CHILD), UUID.randomUUID());
    }

    @Test
    void ships_four_templates_whose_levels_chain_from_their_roots() {
        List<PlanTemplate> available = templates.available(community.community().id());

        assertThat(available)
                .extracting(PlanTemplate::code)
                .contains("ONTARIO_CSWB", "RECOVERY", "PILLARS", "SCORECARD");
        for (PlanTemplate template : available) {
            assertThat(template.roots()).isNotEmpty();
            template.levels().stream()
                    .filter(level -> level.parentCode() != null)
                    .forEach(level ->
                            assertThat(template.level(level.parentCode())).isPresent());
        }
        PlanTemplate scorecard = template("SCORECARD");
        assertThat(scorecard.roots()).extracting(level -> level.code()).containsExactly("RESULT", "PROGRAMME");
        assertThat(scorecard.allows("PERFORMANCE_MEASURE", "PROGRAMME")).isTrue();
        assertThat(scorecard.allows("PERFORMANCE_MEASURE", "RESULT")).isFalse();
    }

    @Test
    void items_follow_the_template_levels() {
        UUID focus = add(null, "FOCUS_AREA", "Violence familiale");

        assertThatThrownBy(() -> add(null, "ACTION", "Une action au sommet"))
                .isInstanceOf(PlanRejection.class)
                .extracting(e -> ((PlanRejection) e).messageKey())
                .isEqualTo("plans.items.levelNotAllowed");
        assertThatThrownBy(() -> add(focus, "STRATEGY", "Une stratégie sans objectif"))
                .isInstanceOf(PlanRejection.class);
        UUID objective = add(focus, "OBJECTIVE", "Des voies vers la sécurité");
        assertThat(add(objective, "STRATEGY", "Cartographier les services")).isNotNull();
    }

    @Test
    void a_move_that_breaks_the_template_or_goes_under_itself_is_refused() {
        UUID focusA = add(null, "FOCUS_AREA", "A");
        UUID focusB = add(null, "FOCUS_AREA", "B");
        UUID objective = add(focusA, "OBJECTIVE", "Objectif");
        UUID strategy = add(objective, "STRATEGY", "Stratégie");

        items.move(coordinator, planId, objective, focusB);
        assertThatThrownBy(() -> items.move(coordinator, planId, strategy, focusA))
                .isInstanceOf(PlanRejection.class)
                .extracting(e -> ((PlanRejection) e).messageKey())
                .isEqualTo("plans.items.levelNotAllowed");
        assertThatThrownBy(() -> items.move(coordinator, planId, focusB, objective))
                .isInstanceOf(PlanRejection.class);

        PlanTree.Tree tree = trees.of(plans.access(coordinator, planId), false);
        assertThat(tree.node(focusB).orElseThrow().children())
                .extracting(node -> node.item().id())
                .containsExactly(objective);
        assertThat(tree.node(objective).orElseThrow().children())
                .extracting(node -> node.item().id())
                .containsExactly(strategy);
    }

    @Test
    void reordering_swaps_siblings() {
        UUID first = add(null, "FOCUS_AREA", "Premier");
        UUID second = add(null, "FOCUS_AREA", "Deuxième");

        items.reorder(coordinator, planId, second, true);

        assertThat(trees.of(plans.access(coordinator, planId), false).roots())
                .extracting(node -> node.item().id())
                .containsExactly(second, first);
    }

    @Test
    void an_edit_records_each_changed_field_and_a_stale_edit_changes_nothing() {
        UUID focus = add(null, "FOCUS_AREA", "Santé mentale");
        PlanAccess access = plans.access(coordinator, planId);
        PlanItem opened = items.get(access, focus);

        items.edit(
                coordinator,
                planId,
                focus,
                with(opened.details(), "Santé mentale et dépendances", "AT_RISK"),
                opened.version());

        assertThatThrownBy(() -> items.edit(
                        coordinator, planId, focus, with(opened.details(), "Autre", "BLOCKED"), opened.version()))
                .isInstanceOf(StaleEditException.class);
        assertThat(items.get(access, focus).details().titleFr()).isEqualTo("Santé mentale et dépendances");
        assertThat(items.history(access, focus))
                .extracting(PlanItems.Change::field)
                .contains("titleFr", "status", "created");
    }

    @Test
    void dates_must_be_in_order_and_a_title_is_needed_in_one_language() {
        UUID focus = add(null, "FOCUS_AREA", "Discrimination systémique");
        UUID objective = add(focus, "OBJECTIVE", "Objectif");
        UUID strategy = add(objective, "STRATEGY", "Stratégie");
        PlanItem.Details backwards =
                details("Action", "NOT_STARTED", LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1));

        assertThatThrownBy(() -> items.add(coordinator, planId, strategy, "ACTION", backwards, UUID.randomUUID()))
                .isInstanceOf(PlanRejection.class)
                .extracting(e -> ((PlanRejection) e).field())
                .isEqualTo("endDate");
        assertThatThrownBy(() -> items.add(
                        coordinator,
                        planId,
                        null,
                        "FOCUS_AREA",
                        details("", "NOT_STARTED", null, null),
                        UUID.randomUUID()))
                .isInstanceOf(PlanRejection.class);
    }

    @Test
    void an_administrator_adds_a_template_plans_follow_it_and_retiring_it_keeps_its_code_taken() {
        VigiePrincipal admin = communities.person(community, Role.COMMUNITY_ADMIN);
        List<PlanTemplates.NewLevel> levels = List.of(
                new PlanTemplates.NewLevel("GOAL", "", "But", "Goal", java.util.Set.of(ItemField.STATUS)),
                new PlanTemplates.NewLevel(
                        "TASK", "GOAL", "Tâche", "Task", java.util.Set.of(ItemField.STATUS, ItemField.PROGRESS)));

        UUID added = templates.add(admin, "neighbourhood", "Quartier", "Neighbourhood", "", "", levels);

        PlanTemplate made = template("NEIGHBOURHOOD");
        assertThat(made.id()).isEqualTo(added);
        assertThat(made.allows("TASK", "GOAL")).isTrue();
        UUID plan = plans.create(coordinator, added, settings(RollupRule.WORST_CHILD), UUID.randomUUID());
        UUID goal =
                items.add(coordinator, plan, null, "GOAL", details("But 1", "ON_TRACK", null, null), UUID.randomUUID());
        items.add(coordinator, plan, goal, "TASK", details("Tâche 1", "ON_TRACK", null, null), UUID.randomUUID());
        assertThatThrownBy(() -> items.add(
                        coordinator,
                        plan,
                        null,
                        "TASK",
                        details("Orpheline", "ON_TRACK", null, null),
                        UUID.randomUUID()))
                .isInstanceOf(PlanRejection.class);

        assertThatThrownBy(() -> templates.add(admin, "NEIGHBOURHOOD", "A", "B", "", "", levels))
                .isInstanceOfSatisfying(
                        PlanTemplates.TemplateRejection.class,
                        r -> assertThat(r.field()).isEqualTo("code"));
        assertThatThrownBy(() -> templates.add(
                        admin,
                        "OTHER",
                        "A",
                        "B",
                        "",
                        "",
                        List.of(new PlanTemplates.NewLevel("TASK", "GOAL", "T", "T", java.util.Set.of()))))
                .isInstanceOf(PlanTemplates.TemplateRejection.class);
        assertThatThrownBy(
                        () -> templates.retire(admin, template("ONTARIO_CSWB").id()))
                .isInstanceOf(NotFoundException.class);

        templates.retire(admin, added);

        assertThat(templates.available(community.community().id()))
                .extracting(PlanTemplate::code)
                .doesNotContain("NEIGHBOURHOOD");
        assertThat(plans.access(coordinator, plan).plan().templateId()).isEqualTo(added);
        assertThatThrownBy(() -> templates.add(admin, "NEIGHBOURHOOD", "A", "B", "", "", levels))
                .isInstanceOf(PlanTemplates.TemplateRejection.class);
    }

    @Test
    void worst_child_and_share_completed_roll_up_from_the_leaves() {
        UUID focus = add(null, "FOCUS_AREA", "Domaine");
        UUID objective = add(focus, "OBJECTIVE", "Objectif");
        UUID strategy = add(objective, "STRATEGY", "Stratégie");
        items.add(
                coordinator,
                planId,
                strategy,
                "ACTION",
                details("Action 1", "COMPLETED", null, null),
                UUID.randomUUID());
        items.add(
                coordinator, planId, strategy, "ACTION", details("Action 2", "AT_RISK", null, null), UUID.randomUUID());
        items.add(
                coordinator,
                planId,
                strategy,
                "ACTION",
                details("Action 3", "CANCELLED", null, null),
                UUID.randomUUID());

        PlanTree.Node top =
                trees.of(plans.access(coordinator, planId), false).node(focus).orElseThrow();

        assertThat(top.rollup().worst().code()).isEqualTo("AT_RISK");
        assertThat(top.rollup().leaves()).isEqualTo(2);
        assertThat(top.rollup().completedLeaves()).isEqualTo(1);
        assertThat(top.rollup().percentCompleted()).isEqualTo(50);
    }

    @Test
    void the_responsible_person_sees_the_plan_others_do_not_and_other_communities_never() {
        VigiePrincipal owner = communities.person(community, Role.PLAN_OWNER);
        VigiePrincipal bystander = communities.person(community, Role.PLAN_OWNER);
        VigiePrincipal stranger = communities.person(communities.community(), Role.PLAN_COORDINATOR);
        UUID focus = add(null, "FOCUS_AREA", "Domaine");
        UUID objective = add(focus, "OBJECTIVE", "Objectif");
        UUID strategy = add(objective, "STRATEGY", "Stratégie");
        PlanItem.Details owned = new PlanItem.Details(
                "Action confiée",
                "",
                "",
                "",
                null,
                owner.userId(),
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
        items.add(coordinator, planId, strategy, "ACTION", owned, UUID.randomUUID());

        assertThat(plans.access(owner, planId).role()).isEqualTo(PlanRole.UPDATER);
        assertThat(plans.visibleTo(owner)).extracting(Plans.Summary::id).contains(planId);
        assertThatThrownBy(() -> plans.access(bystander, planId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.access(stranger, planId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> items.add(
                        owner, planId, null, "FOCUS_AREA", details("X", "NOT_STARTED", null, null), UUID.randomUUID()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_dashboard_filters_by_partner_and_planning_area_and_counts_by_level_and_status() {
        UUID focus = add(null, "FOCUS_AREA", "Domaine");
        UUID objective = add(focus, "OBJECTIVE", "Objectif");
        UUID strategy = add(objective, "STRATEGY", "Stratégie");
        UUID partner = communities.community().organization().id();
        PlanItem.Details led = new PlanItem.Details(
                "Action menée",
                "",
                "",
                "",
                community.organization().id(),
                null,
                List.of(),
                null,
                null,
                null,
                "COMPLETED",
                null,
                PlanningArea.INCIDENT_RESPONSE,
                null,
                null,
                "",
                "",
                List.of());
        items.add(coordinator, planId, strategy, "ACTION", led, UUID.randomUUID());
        items.add(
                coordinator,
                planId,
                strategy,
                "ACTION",
                details("Autre action", "AT_RISK", null, null),
                UUID.randomUUID());
        PlanTree.Tree tree = trees.of(plans.access(coordinator, planId), false);

        var whole = dashboard.of(tree, new ca.vigie.plans.tree.PlanDashboard.Filter(null, null, null, null));
        var byPartner = dashboard.of(
                tree,
                new ca.vigie.plans.tree.PlanDashboard.Filter(
                        community.organization().id(), null, null, null));
        var byArea = dashboard.of(
                tree, new ca.vigie.plans.tree.PlanDashboard.Filter(null, PlanningArea.INCIDENT_RESPONSE, null, null));
        var otherPartner = dashboard.of(tree, new ca.vigie.plans.tree.PlanDashboard.Filter(partner, null, null, null));

        assertThat(whole.kept()).hasSize(5);
        assertThat(whole.levels())
                .filteredOn(level -> level.level().code().equals("ACTION"))
                .singleElement()
                .satisfies(level -> {
                    assertThat(level.count("COMPLETED")).isEqualTo(1);
                    assertThat(level.count("AT_RISK")).isEqualTo(1);
                });
        assertThat(whole.percentCompleted()).isEqualTo(50);
        assertThat(byPartner.kept())
                .singleElement()
                .satisfies(node -> assertThat(node.item().details().titleFr()).isEqualTo("Action menée"));
        assertThat(byArea.kept()).hasSize(1);
        assertThat(otherPartner.kept()).isEmpty();
    }

    @Test
    void fields_the_level_does_not_use_are_not_kept() {
        PlanItem.Details typed = new PlanItem.Details(
                "Domaine",
                "",
                "",
                "",
                null,
                null,
                List.of(),
                TimeHorizon.LONG,
                null,
                null,
                "NOT_STARTED",
                40,
                PlanningArea.PREVENTION,
                IssueCategory.SOCIAL,
                MeasureType.HOW_MUCH,
                "cible",
                "",
                List.of());

        UUID focus = items.add(coordinator, planId, null, "FOCUS_AREA", typed, UUID.randomUUID());

        PlanItem.Details kept =
                items.get(plans.access(coordinator, planId), focus).details();
        assertThat(kept.planningArea()).isEqualTo(PlanningArea.PREVENTION);
        assertThat(kept.timeHorizon()).isNull();
        assertThat(kept.progress()).isNull();
        assertThat(kept.issueCategory()).isNull();
        assertThat(kept.targetFr()).isEmpty();
    }

    private UUID add(UUID parent, String level, String title) {
        return items.add(
                coordinator, planId, parent, level, details(title, "NOT_STARTED", null, null), UUID.randomUUID());
    }

    private static PlanItem.Details details(String title, String status, LocalDate start, LocalDate end) {
        return new PlanItem.Details(
                title,
                "",
                "",
                "",
                null,
                null,
                List.of(),
                null,
                start,
                end,
                status,
                null,
                PlanningArea.PREVENTION,
                null,
                null,
                "",
                "",
                List.of());
    }

    private static PlanItem.Details with(PlanItem.Details d, String title, String status) {
        return new PlanItem.Details(
                title,
                d.titleEn(),
                d.descriptionFr(),
                d.descriptionEn(),
                d.leadOrganizationId(),
                d.responsibleUserId(),
                d.collaboratorIds(),
                d.timeHorizon(),
                d.startDate(),
                d.endDate(),
                status,
                d.progress(),
                d.planningArea(),
                d.issueCategory(),
                d.measureType(),
                d.targetFr(),
                d.targetEn(),
                d.indicatorIds());
    }

    private PlanTemplate template(String code) {
        return templates.available(community.community().id()).stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static Plan.Settings settings(RollupRule rule) {
        return new Plan.Settings("Plan de la communauté", "Community plan", "", "", rule, null, null);
    }
}
