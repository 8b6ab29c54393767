package ca.vigie.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.vigie.organizations.Role;
import ca.vigie.organizations.VigiePrincipal;
import ca.vigie.plans.exchange.PlanExchange;
import ca.vigie.plans.exchange.PlanSpreadsheets;
import ca.vigie.plans.templates.PlanTemplate;
import ca.vigie.plans.templates.PlanTemplates;
import ca.vigie.plans.tree.Plan;
import ca.vigie.plans.tree.PlanItem;
import ca.vigie.plans.tree.PlanItems;
import ca.vigie.plans.tree.PlanTree;
import ca.vigie.plans.tree.Plans;
import ca.vigie.testing.TestCommunities;
import ca.vigie.testing.TestCommunities.TestCommunity;
import ca.vigie.testing.VigieTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Spreadsheet round trips, and imports that report every broken row and save nothing. */
@VigieTest
class PlanExchangeTest {

    @Autowired
    PlanExchange exchange;

    @Autowired
    Plans plans;

    @Autowired
    PlanItems items;

    @Autowired
    PlanTree trees;

    @Autowired
    PlanTemplates templates;

    @Autowired
    TestCommunities communities;

    @Autowired
    MockMvc mvc;

    TestCommunity community;
    VigiePrincipal coordinator;
    VigiePrincipal owner;
    UUID planId;

    @BeforeEach
    void setUp() {
        community = communities.community();
        coordinator = communities.person(community, Role.PLAN_COORDINATOR);
        owner = communities.person(community, Role.PLAN_OWNER);
        planId = plans.create(
                coordinator,
                template("RECOVERY").id(),
                new Plan.Settings(
                        "Plan de rétablissement", "Recovery plan", "", "", RollupRule.SHARE_COMPLETED, null, null),
                UUID.randomUUID());
        UUID general = add(
                null,
                "GENERAL_OBJECTIVE",
                details("Limiter les effets", null, null, List.of(), TimeHorizon.SHORT, null));
        UUID area = add(
                general, "ISSUE_AREA", details("Enjeux sociaux", null, null, List.of(), null, IssueCategory.SOCIAL));
        UUID objective = add(
                area, "OPERATIONAL_OBJECTIVE", details("Soutenir les organismes", null, null, List.of(), null, null));
        UUID action = add(
                objective,
                "ACTION",
                details(
                        "Portrait des besoins",
                        community.organization().id(),
                        owner.userId(),
                        List.of(community.organization().id()),
                        TimeHorizon.MEDIUM,
                        null));
        items.comment(coordinator, planId, action, "=HYPERLINK(\"http://example.org\") ne doit jamais s’exécuter");
        UUID second = add(
                general,
                "ISSUE_AREA",
                details("Sécurité urbaine", null, null, List.of(), null, IssueCategory.URBAN_SAFETY));
        add(second, "OPERATIONAL_OBJECTIVE", details("Rassurer la population", null, null, List.of(), null, null));
    }

    @Test
    void an_exported_xlsx_imports_back_into_the_same_plan() {
        byte[] xlsx = exchange.xlsx(plans.access(coordinator, planId), Locale.FRENCH);

        PlanExchange.Preview preview = exchange.preview(coordinator, xlsx, null, "", "");
        assertThat(preview.problems()).isEmpty();
        UUID copy = exchange.importPlan(coordinator, preview);

        assertThat(shape(copy)).isEqualTo(shape(planId));
        assertThat(plans.access(coordinator, copy).plan().titleEn()).isEqualTo("Recovery plan");
        assertThat(plans.access(coordinator, copy).plan().rollupRule()).isEqualTo(RollupRule.SHARE_COMPLETED);
    }

    @Test
    void an_exported_csv_imports_back_with_the_template_chosen() {
        String csv = exchange.csv(plans.access(coordinator, planId), Locale.ENGLISH);
        assertThat(csv).contains("'=HYPERLINK");

        PlanExchange.Preview preview = exchange.preview(
                coordinator,
                csv.getBytes(StandardCharsets.UTF_8),
                template("RECOVERY").id(),
                "Copie",
                "");
        assertThat(preview.problems()).isEmpty();

        assertThat(shape(exchange.importPlan(coordinator, preview))).isEqualTo(shape(planId));
    }

    @Test
    void rows_whose_parent_comes_later_in_the_file_are_placed_under_it() {
        String csv = String.join(
                "\n", "key,parent,level,titleFr", "child,top,ISSUE_AREA,Domaine", "top,,GENERAL_OBJECTIVE,Objectif");
        PlanExchange.Preview preview = exchange.preview(
                coordinator,
                csv.getBytes(StandardCharsets.UTF_8),
                template("RECOVERY").id(),
                "Ordre",
                "");
        assertThat(preview.problems()).isEmpty();

        UUID imported = exchange.importPlan(coordinator, preview);

        var nodes = trees.of(plans.access(coordinator, imported), false).all();
        assertThat(nodes).extracting(node -> node.level().code()).containsExactly("GENERAL_OBJECTIVE", "ISSUE_AREA");
        assertThat(nodes.get(1).item().parentId()).isEqualTo(nodes.get(0).item().id());
    }

    @Test
    void every_broken_row_is_reported_with_its_place_and_nothing_is_saved() {
        String csv = String.join(
                "\n",
                "key,parent,level,titleFr",
                "1,,GENERAL_OBJECTIVE,Objectif",
                "1.1,1,ISSUE_AREA,,,,,,,Organisme inconnu",
                "1.2,1,ACTION,Action mal placée",
                "1.3,9,ISSUE_AREA,Parent absent",
                "1.4,1,ISSUE_AREA,Dates,,,,,,,,,,,2026-13-01");
        int before = plans.visibleTo(coordinator).size();

        PlanExchange.Preview preview = exchange.preview(
                coordinator,
                csv.getBytes(StandardCharsets.UTF_8),
                template("RECOVERY").id(),
                "Plan",
                "");

        assertThat(preview.clean()).isFalse();
        assertThat(preview.problems())
                .extracting(PlanExchange.Problem::line, PlanExchange.Problem::column, PlanExchange.Problem::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(3, "titleFr", "import.row.title"),
                        org.assertj.core.groups.Tuple.tuple(3, "leadOrganization", "import.row.organization"),
                        org.assertj.core.groups.Tuple.tuple(4, "level", "import.row.levelPlacement"),
                        org.assertj.core.groups.Tuple.tuple(5, "parent", "import.row.parent"),
                        org.assertj.core.groups.Tuple.tuple(6, "endDate", "import.row.date"));
        assertThatThrownBy(() -> exchange.importPlan(coordinator, preview)).isInstanceOf(IllegalStateException.class);
        assertThat(plans.visibleTo(coordinator)).hasSize(before);
    }

    @Test
    void a_file_that_is_not_a_spreadsheet_is_refused_as_a_whole() {
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
        byte[] brokenZip = {0x50, 0x4b, 0x03, 0x04, 1, 2, 3};

        assertThatThrownBy(() -> PlanSpreadsheets.read(image)).isInstanceOf(PlanSpreadsheets.UnreadableFile.class);
        assertThatThrownBy(() -> PlanSpreadsheets.read(brokenZip)).isInstanceOf(PlanSpreadsheets.UnreadableFile.class);
    }

    @Test
    void the_import_page_lists_the_problems_of_an_uploaded_file() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "plan.csv",
                "text/csv",
                "key,parent,level,titleFr\n1,,NOPE,Titre\n".getBytes(StandardCharsets.UTF_8));

        String page = mvc.perform(multipart("/plans/import")
                        .file(file)
                        .param("templateId", template("RECOVERY").id().toString())
                        .param("titleFr", "Plan")
                        .with(csrf())
                        .with(authentication(TestCommunities.signedIn(coordinator))))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Ce niveau n’existe pas dans le gabarit.").contains("Rien n’a été enregistré.");
    }

    /** The plan as level, titles, status, owner, lead, collaborators, horizon and category per item, in tree order. */
    private List<String> shape(UUID plan) {
        return trees.of(plans.access(coordinator, plan), false).all().stream()
                .map(node -> {
                    PlanItem.Details d = node.item().details();
                    return String.join(
                            "|",
                            node.level().code(),
                            d.titleFr(),
                            d.titleEn(),
                            String.valueOf(d.statusCode()),
                            String.valueOf(d.responsibleUserId()),
                            String.valueOf(d.leadOrganizationId()),
                            d.collaboratorIds().toString(),
                            String.valueOf(d.timeHorizon()),
                            String.valueOf(d.issueCategory()),
                            String.valueOf(d.startDate()),
                            String.valueOf(d.endDate()),
                            String.valueOf(d.progress()));
                })
                .toList();
    }

    private UUID add(UUID parent, String level, PlanItem.Details details) {
        return items.add(coordinator, planId, parent, level, details, UUID.randomUUID());
    }

    private static PlanItem.Details details(
            String title,
            UUID lead,
            UUID responsible,
            List<UUID> collaborators,
            TimeHorizon horizon,
            IssueCategory category) {
        return new PlanItem.Details(
                title,
                title + " (en)",
                "",
                "",
                lead,
                responsible,
                collaborators,
                horizon,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30),
                "ON_TRACK",
                40,
                null,
                category,
                null,
                "cible",
                "target",
                List.of());
    }

    private PlanTemplate template(String code) {
        return templates.available(community.community().id()).stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
